"""Build distillery/data/common_words.txt: the common Italian and English words that are too
unspecific to be spread to their other occurrences (`distillery.pii.occurrences`).

Source: wordfreq (https://github.com/rspeer/wordfreq, data CC-BY-SA 4.0), not a dependency of
distillery (its wheel is ~57 MB): a word is common when its Zipf frequency is >= ZIPF in English or
Italian. First names and surnames of the Faker locales that distillery fakes with are left out, so
that a lowercase "mario" written as a username is still spread.

Run: pip install wordfreq && python tools/build_common_words.py
"""

from __future__ import annotations

import re
from pathlib import Path

ZIPF = 3.5
LANGS = ("en", "it")
LOCALES = ("it_IT", "en_US", "en_GB")
OUT = Path(__file__).resolve().parents[1] / "distillery" / "data" / "common_words.txt"


def names() -> set[str]:
    from faker import Faker

    out: set[str] = set()
    for locale in LOCALES:
        person = Faker(locale).provider("faker.providers.person")
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            out.update(w.lower() for w in getattr(person, attr, ()))
    return out


def main() -> None:
    from wordfreq import top_n_list, zipf_frequency

    skip = names()
    words: set[str] = set()
    for lang in LANGS:
        for word in top_n_list(lang, 50_000):
            if zipf_frequency(word, lang) < ZIPF:
                break
            if len(word) >= 3 and re.fullmatch(r"[^\W\d_]+", word) and word not in skip:
                words.add(word)
    header = [
        f"# Common words (Zipf frequency >= {ZIPF} in {', '.join(LANGS)}), first names and surnames left out.",
        "# Built by tools/build_common_words.py from wordfreq (data: CC-BY-SA 4.0, Robyn Speer et al.).",
    ]
    OUT.write_text("\n".join(header + sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
