"""Which words of a personal value identify someone: the partial-leak rule of `eval`.

A gold value is *partially leaked* when any identifying word of it is still readable at its place in
the input, i.e. not covered by a replacement (`Dear John [PERSON_1]`, `Via Roma [ADDRESS_1]`,
`781-[PHONE_1]`, `mario.[USERNAME_1]`). A word is a run of letters, digits and `_`; it identifies when it
has at least 2 letters or at least 3 digits, and is not one of the words that identify nobody:

- street kinds (via, viale, piazza, street, st, road, avenue, rue, calle, straße, ...);
- unit, box and building words (apt, suite, unit, floor, piano, scala, interno, box, casella, postale,
  APO/FPO/DPO and their AE/AP/AA codes, c/o, presso, ...);
- titles (mr, mrs, ms, dr, prof, sig, sig.ra, dott, dott.ssa, avv, ing, ...);
- name and address particles and connectors (de, di, da, del, della, van, der, von, al, bin, and, of,
  corner, angolo, ...);
- country names (English and Italian, from Faker's address providers, plus the usual short forms: USA,
  UK, Italia, ...).

Month names are not on the list ("April", "May" and "June" are also first names, and the month of a birth
date is part of it).

So a first name left before a replaced surname leaks, a street name beside a replaced number leaks, a
city or postcode left after a replaced street leaks, an area code before a replaced phone leaks (3
digits), but "Via" before `[ADDRESS_1]` or "+39" before `[PHONE_1]` does not.
"""

from __future__ import annotations

import re
from functools import cache

from distillery.pii.find import fold

WORD = re.compile(r"\w+")

_STREET_KINDS = """
via viale piazza piazzale piazzetta corso largo vicolo vico strada str contrada località loc frazione fraz borgo
lungomare lungotevere lungarno salita calata traversa rotonda circonvallazione galleria sp ss statale provinciale
street st road rd avenue ave av boulevard blvd lane ln drive dr court ct place pl square sq way terrace ter close
crescent cres highway hwy parkway pkwy circle cir row mews grove gardens gdns hill alley trail trl route rte
rue avenida av calle carrera plaza paseo camino rua travessa praça strasse straße str platz weg gasse allee ring
ulica ul utca út tér gatan vägen gade vej gata katu tie odos laan straat plein gracht chome chōme cho machi
"""
_UNIT_WORDS = """
apt apartment appartamento app suite ste unit floor fl piano scala sc interno int edificio palazzina building bldg
blk block room rm lot flat house casa dept department box po p o casella postale cp c o co presso attn attention
apo fpo dpo ae ap aa psc cmr unit n no nr num numero number civico km
"""
_TITLES = """
mr mrs ms miss mx sir madam madame dame lord lady dr prof sig sigra ra sigg signor signora signorina dott dottssa ssa
dottor dottore dottoressa avv avvocato ing ingegnere geom rag arch on onorevole gent gentile egregio caro cara dear
hon rev fr sr jr mme mlle herr frau
"""
_PARTICLES = """
de di da del della dello dei degli delle dal dalla van der den ter ten von vom zu al el bin ibn bint abu la le lo
du des dos das y e and et und of the at corner angolo ang incrocio tra between
"""
_COUNTRY_SHORT = """
usa us uk gb u s a italia italy england scotland wales ireland repubblica republic kingdom united states america
regno unito stati uniti
"""


@cache
def non_identifying() -> frozenset[str]:
    """Folded words that identify nobody on their own (see the module docstring)."""
    words = set()
    for block in (_STREET_KINDS, _UNIT_WORDS, _TITLES, _PARTICLES, _COUNTRY_SHORT):
        words.update(fold(w) for w in block.split())
    try:
        from faker.providers.address.en_US import Provider as EnAddress
        from faker.providers.address.it_IT import Provider as ItAddress
    except ImportError:  # Faker is a dependency; without it only the short forms above count
        return frozenset(words)
    for provider in (EnAddress, ItAddress):
        for country in getattr(provider, "countries", ()):
            words.update(fold(w) for w in WORD.findall(country))
    return frozenset(words)


def is_identifying(word: str) -> bool:
    letters = sum(c.isalpha() for c in word)
    digits = sum(c.isdigit() for c in word)
    return (letters >= 2 or digits >= 3) and fold(word) not in non_identifying()


def identifying_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of the identifying words of text[start:end]."""
    return [m.span() for m in WORD.finditer(text, start, end) if is_identifying(m.group())]
