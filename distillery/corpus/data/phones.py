"""Phone numbers as each locale writes them: personal ones (PII) and organisation lines (keep)."""

from __future__ import annotations

import random

from . import values as V

_IT_MOBILE = (
    "320",
    "324",
    "327",
    "328",
    "329",
    "330",
    "331",
    "333",
    "334",
    "335",
    "336",
    "338",
    "339",
    "340",
    "342",
    "344",
    "345",
    "346",
    "347",
    "348",
    "349",
    "350",
    "351",
    "360",
    "366",
    "368",
    "370",
    "371",
    "375",
    "377",
    "380",
    "388",
    "389",
    "391",
    "392",
    "393",
)
_IT_LAND = ("02", "06", "011", "010", "051", "055", "081", "091", "041", "045", "049", "030", "035", "071", "080")


# Personal numbers: landline or mobile, in the document's format `fmt`.
def phone_it(rng: random.Random, fmt: int) -> str:
    if rng.random() < 0.2:  # landline
        pre = rng.choice(_IT_LAND)
        rest = V.digits(rng, 10 - len(pre))
        return [f"{pre} {rest[:4]} {rest[4:]}", f"{pre}-{rest}", f"+39 {pre} {rest}", f"{pre}/{rest}", f"{pre} {rest}"][
            fmt % 5
        ]
    p, r = rng.choice(_IT_MOBILE), V.digits(rng, 7)
    forms = [
        f"+39 {p} {r[:3]} {r[3:]}",
        f"{p}-{r}",
        f"{p} {r}",
        f"{p}{r}",
        f"+39 {p}{r}",
        f"{p}.{r[:3]}.{r[3:]}",
        f"0039 {p} {r}",
        f"{p} {r[:3]} {r[3:]}",
        f"+39{p}{r}",
        f"{p} {r[:2]} {r[2:4]} {r[4:]}",
    ]
    return forms[fmt % len(forms)]


def phone_gb(rng: random.Random, fmt: int) -> str:
    if rng.random() < 0.3:  # landline
        code, rest = rng.choice(
            (
                ("20", 8),
                ("161", 7),
                ("113", 7),
                ("117", 7),
                ("121", 7),
                ("131", 7),
                ("141", 7),
                ("1865", 6),
                ("1223", 6),
                ("151", 7),
                ("114", 7),
                ("29", 8),
            )
        )
        num = V.digits(rng, rest)
        split = 4 if rest == 8 else 3
        return [
            f"0{code} {num[:split]} {num[split:]}",
            f"+44 {code} {num[:split]} {num[split:]}",
            f"+44 (0){code} {num[:split]} {num[split:]}",
            f"0{code}{num}",
        ][fmt % 4]
    num = "7" + rng.choice("3456789") + V.digits(rng, 8)
    forms = [
        f"0{num[:4]} {num[4:]}",
        f"+44 {num[:4]} {num[4:]}",
        f"0{num}",
        f"+44 (0){num[:4]} {num[4:]}",
        f"0{num[:4]} {num[4:7]} {num[7:]}",
        f"+44{num}",
        f"0{num[:3]} {num[3:6]} {num[6:]}",
    ]
    return forms[fmt % len(forms)]


def phone_us(rng: random.Random, fmt: int, area: str | None = None) -> str:
    area = area or rng.choice(("212", "415", "312", "617", "305", "206", "512", "303", "404", "702", "614", "919"))
    ex = rng.choice("23456789") + V.digits(rng, 2)
    ln = V.digits(rng, 4)
    forms = [
        f"({area}) {ex}-{ln}",
        f"{area}-{ex}-{ln}",
        f"{area}.{ex}.{ln}",
        f"+1 {area} {ex} {ln}",
        f"+1 ({area}) {ex}-{ln}",
        f"{area}{ex}{ln}",
        f"1-{area}-{ex}-{ln}",
        f"{area} {ex} {ln}",
    ]
    return forms[fmt % len(forms)]


# Bare mobile numbers: in one of the spacings people type, with or without the country code.
def bare_mobile_it(rng: random.Random) -> str:
    p = rng.choice(("320", "328", "329", "331", "333", "335", "338", "339", "340", "345", "347", "348", "349"))
    r = V.digits(rng, 7)
    forms = (
        f"{p}{r}",
        f"{p} {r}",
        f"{p} {r[:3]} {r[3:]}",
        f"{p} {r[:3]} {r[3:5]} {r[5:]}",
        f"{p}-{r}",
        f"{p}.{r[:3]}.{r[3:]}",
        f"{p}/{r}",
        f"+39 {p} {r}",
        f"+39{p}{r}",
        f"0039 {p} {r[:3]} {r[3:]}",
    )
    return rng.choice(forms)


def bare_mobile_gb(rng: random.Random) -> str:
    V.digits(rng, 3)  # drawn and unused: same seed, same documents
    b = rng.choice(("7700 900", "7911 123", "7400 1", "7835 55", "7700 900"))
    rest = (b.replace(" ", "") + V.digits(rng, 10))[:10]
    forms = (
        f"0{rest[:4]} {rest[4:]}",
        f"0{rest[:4]} {rest[4:7]} {rest[7:]}",
        f"0{rest}",
        f"+44 {rest[:4]} {rest[4:]}",
        f"+44 (0){rest[:4]} {rest[4:]}",
        f"0044 {rest[:4]} {rest[4:7]} {rest[7:]}",
    )
    return rng.choice(forms)


def bare_mobile_us(rng: random.Random) -> str:
    area = rng.choice(("212", "415", "312", "617", "305", "206", "512", "303", "404", "702"))
    ex, ln = rng.choice("23456789") + V.digits(rng, 2), V.digits(rng, 4)
    forms = (f"{area} {ex} {ln}", f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"+1 {area} {ex} {ln}")
    return rng.choice(forms)


# Organisation lines (keep): toll-free and shared-cost numbers, switchboards.
def toll_free_it(rng: random.Random) -> str:
    d = V.digits(rng, 6)
    return rng.choice((f"800 {d[:2]} {d[2:4]} {d[4:]}", f"800 {d[:3]} {d[3:]}", f"800{d}", f"803 {d[:3]}"))


def toll_free_gb(rng: random.Random) -> str:
    d = V.digits(rng, 7)
    return rng.choice((f"0800 {d[:3]} {d[3:]}", f"0808 {d[:3]} {d[3:]}", f"0345 {d[:3]} {d[3:]}"))


def toll_free_us(rng: random.Random) -> str:
    pre = rng.choice(("800", "888", "877", "866", "855"))
    d = rng.choice("23456789") + V.digits(rng, 2)
    return rng.choice(
        (f"1-{pre}-{d}-{V.digits(rng, 4)}", f"({pre}) {d}-{V.digits(rng, 4)}", f"{pre}-{d}-{V.digits(rng, 4)}")
    )


# An office landline; the sentence around it says it is a switchboard or a service line.
def switchboard_it(rng: random.Random) -> str:
    pre = rng.choice(("02", "06", "011", "051", "055", "030", "081"))
    d = V.digits(rng, 10 - len(pre))
    return rng.choice((f"{pre} {d[:4]} {d[4:]}", f"{pre} {d}", f"{pre}-{d}"))


def switchboard_gb(rng: random.Random) -> str:
    return rng.choice((f"020 7946 {V.digits(rng, 4)}", f"0113 496 {V.digits(rng, 4)}", f"0161 496 {V.digits(rng, 4)}"))


def switchboard_us(rng: random.Random) -> str:
    area = rng.choice(("212", "312", "617", "415"))
    return f"({area}) 555-01{V.digits(rng, 2)}"
