"""Names of organisations are not personal data, even where a person's name is part of them.

"Farmacia Rossi", "Ospedale San Raffaele", "TABACCHERIA MARINO", "Mark's Barber Shop", "Hargrove &
Pike LLP", "Idronet S.r.l.": a shop, a hospital, a firm. The name in them identifies a business (its
founder's name, a saint, a place) and documents need it to stay readable. A student that learned
what names look like tags "Rossi" and "Raffaele" here as people; `in_org_name` is the check that
says a PERSON span is inside an organisation's name, so that it is not replaced (`pii.shape`).

An organisation's name is recognised by its kind word, written as part of the name:
- before it, capitalised (a proper name's head: "Farmacia Rossi", "Ospedale San Raffaele", "Banca
  di Rossi"; not "in farmacia Mario mi ha detto"), possibly with "di/del/della/of" in between; a
  saint's title ("San", "Sant'", "Saint", "St") is one too: a saint is no one's personal data
  ("Santo" and "Santa" are also first names, so they are not);
- or after it, capitalised ("Radcliffe Hospital", "Mark's Barber Shop"; not "John's bank"), or a
  legal form in any case ("Bianchi srl", "Pike LLP"), possibly after "& Other" or "and Other".
The span may also hold the kind word itself ("Lavanderia Stella", "Harborgate Analytics Ltd").
Whole words only, on the span's line. A person's name next to a kind word that is not part of a name
("the pharmacist John Smith", "Hotel guest Anna Rossi") is not affected: the kind word must touch it.
"""

from __future__ import annotations

import re

from distillery.pii.find import phrases_regex
from distillery.pii.spans import Span

# Kinds of organisation written before their name (Italian mostly: "Farmacia Rossi"; English puts
# the kind after the name, but "Bank of", "Hotel", "Club" come first too). Not the kinds that are
# also surnames, which forms write first ("CHIESA MARIO", "Forno Anna", "Church Joel").
_HEADS = (
    "ospedale", "policlinico", "clinica", "casa di cura", "poliambulatorio", "farmacia", "parafarmacia",
    "lavanderia", "tintoria", "tabaccheria", "edicola", "bar", "caffè", "caffetteria", "pasticceria",
    "panetteria", "panificio", "macelleria", "salumeria", "gelateria", "pizzeria", "ristorante",
    "trattoria", "osteria", "enoteca", "albergo", "hotel", "pensione", "agriturismo", "locanda", "ferramenta",
    "autofficina", "officina", "carrozzeria", "autoscuola", "agenzia", "banca", "cassa di risparmio",
    "assicurazioni", "fondazione", "associazione", "cooperativa", "consorzio", "istituto", "scuola", "liceo",
    "università", "accademia", "conservatorio", "parrocchia", "basilica", "santuario", "cattedrale",
    "museo", "teatro", "cinema", "libreria", "studio legale", "studio medico", "studio dentistico",
    "studio notarile", "studio", "onoranze funebri", "impresa", "ditta", "gruppo", "palestra", "supermercato",
    "negozio", "ottica", "profumeria", "fioreria", "cartoleria", "officine", "azienda agricola",
    "bank", "hotel", "club", "university", "college", "cafe", "café",
    "san", "sant", "saint", "st",
)  # fmt: skip
# Kinds written after the name, capitalised: "Radcliffe Hospital", "Mark's Barber Shop". Not the
# kinds that are also common surnames ("Valerie Church", "JOEL CHURCH", "Anna Barber", "Chapel").
_TAILS = (
    "hospital", "clinic", "infirmary", "surgery", "pharmacy", "chemist", "chemists", "foundation", "trust",
    "bank", "building society", "school", "academy", "college", "university", "cathedral",
    "hotel", "inn", "pub", "tavern", "arms", "restaurant", "cafe", "café", "bakery", "butchers",
    "barber shop", "salon", "shop", "store", "stores", "market", "garage", "motors", "dental",
    "group", "holdings", "industries", "logistics", "consulting", "foods", "farm", "farms", "brewery",
    "associates", "partners", "solicitors", "sons", "brothers", "bros", "company", "corporation",
    "associati", "fratelli", "figli",
)  # fmt: skip
# Legal forms, in any case: "Bianchi srl", "Pike LLP".
_LEGAL = (
    r"s\.?\s?p\.?\s?a\.?", r"s\.?\s?r\.?\s?l\.?(?:s\.?)?", r"s\.?n\.?c\.?", r"s\.?a\.?s\.?", r"onlus",
    r"ltd\.?", r"limited", r"llp", r"llc", r"inc\.?", r"plc", r"gmbh", r"corp\.?", r"co\.", r"& co\.?",
)  # fmt: skip


# A kind word in any case but starting with a capital: "Farmacia", "FARMACIA", "Casa di Cura".
_HEAD = rf"(?=[A-Z])(?i:{phrases_regex(_HEADS)})"
_TAIL = rf"(?=[A-Z])(?i:{phrases_regex(_TAILS)})"
_LEGAL_FORM = rf"(?i:{'|'.join(_LEGAL)})"
_CONNECTOR = r"(?:\s+(?i:di|del|della|dello|dei|degli|da|de|of|the))?"
_HEAD_BEFORE = re.compile(rf"(?<!\w){_HEAD}(?:\.|['’])?{_CONNECTOR}\s*$")
_NAME_WORD = r"[^\W\d_][\w'’.-]*"
_TAIL_AFTER = re.compile(
    rf"^(?:['’]s)?(?:\s+(?:&|(?i:and|e))\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?)?\s+"
    rf"(?:{_TAIL}(?![\w'’])|{_LEGAL_FORM}(?!\w))"
)
# The span itself starts with a kind word ("Lavanderia Stella", "San Raffaele") or ends with one or
# with a legal form ("Harborgate Analytics Ltd"; "Idronet S" of "Idronet S.r.l.").
_HEAD_FIRST = re.compile(rf"{_HEAD}(?:['’]|\.?{_CONNECTOR}[ \t]+)[^\W\d_]")
_TAIL_LAST = re.compile(rf"[ \t](?:{_TAIL}|{_LEGAL_FORM})$")
_LEGAL_AT = re.compile(rf"{_LEGAL_FORM}(?!\w)")
_LOOK = 48  # characters looked at on each side


# A span that is a name and nothing else: words, with "&" or "and" between them. A span that also
# holds a separator ("Claudia Palumbo - Siderdesign" before "S.n.c.") holds more than the
# organisation's name, and is left as the student found it.
_ONLY_NAME = re.compile(rf"{_NAME_WORD}(?:[ \t]+(?:&[ \t]+)?{_NAME_WORD})*")


def in_org_name(text: str, span: Span) -> bool:
    """Whether the PERSON span `span` of `text` is part of an organisation's name (module doc)."""
    if not _ONLY_NAME.fullmatch(text, span.start, span.end):
        return False
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    value = text[span.start : span.end]
    if _HEAD_FIRST.match(value) or _TAIL_LAST.search(value):
        return True
    last_word = max(value.rfind(" "), value.rfind("\t")) + 1
    if last_word and _LEGAL_AT.match(text[span.start + last_word : min(line_end, span.end + _LOOK)]):
        return True
    before = text[max(line_start, span.start - _LOOK) : span.start]
    after = text[span.end : min(line_end, span.end + _LOOK)]
    return _HEAD_BEFORE.search(before) is not None or _TAIL_AFTER.match(after) is not None
