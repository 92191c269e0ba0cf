"""How friends write each other's names in chats: lower-case nicknames and short forms ("giuli",
"fede", "sam", "will"), short first names that are also words, and PINs typed into a chat.

A nickname is a PERSON span like any other form of a name.
"""

from __future__ import annotations

import random
import re
import unicodedata
from typing import TYPE_CHECKING

from .names import WORD_FIRST

if TYPE_CHECKING:
    from ..engine.cast import Person
    from ..engine.scope import Scope

# Usual short forms of common first names (lower case, accents stripped).
SHORT_FORMS: dict[str, tuple[str, ...]] = {
    # Italian
    "giulia": ("giuli", "giuly", "giuls"),
    "federico": ("fede", "fefe"),
    "federica": ("fede", "fede"),
    "alessandro": ("ale", "alex", "sandro"),
    "alessandra": ("ale", "sandra"),
    "alessio": ("ale",),
    "francesco": ("fra", "checco", "franci"),
    "francesca": ("fra", "franci", "france"),
    "giuseppe": ("peppe", "beppe", "pino"),
    "giovanni": ("gianni", "giova", "vanni"),
    "antonio": ("toni", "anto", "totò"),
    "antonella": ("anto", "nella"),
    "salvatore": ("salvo", "totò"),
    "roberto": ("robi", "rob"),
    "roberta": ("robi", "robby"),
    "stefano": ("ste", "stefi"),
    "stefania": ("ste", "stefi"),
    "valentina": ("vale", "valy"),
    "valentino": ("vale",),
    "martina": ("marti", "tina"),
    "beatrice": ("bea", "bice"),
    "caterina": ("cate", "kate"),
    "margherita": ("marghe", "ghita"),
    "lorenzo": ("lore", "lollo"),
    "riccardo": ("ricky", "richi", "ricca"),
    "tommaso": ("tommi", "tom"),
    "gabriele": ("gabri", "lele"),
    "gabriella": ("gabri", "lella"),
    "emanuele": ("manu", "lele"),
    "emanuela": ("manu",),
    "massimiliano": ("max", "massi"),
    "massimo": ("max", "massi"),
    "elisabetta": ("eli", "betta", "lisa"),
    "elisa": ("eli",),
    "daniele": ("dani", "lele"),
    "daniela": ("dani",),
    "simone": ("simo",),
    "simona": ("simo",),
    "matteo": ("teo", "matte"),
    "andrea": ("andre", "andry"),
    "chiara": ("chiari", "chia"),
    "sara": ("sari", "sarina"),
    "vincenzo": ("enzo", "vince"),
    "luigi": ("gigi", "luigino"),
    "michele": ("miki", "michi"),
    "nicola": ("nico",),
    "nicoletta": ("nico", "letta"),
    "marco": ("marchino", "marco"),
    "paolo": ("paolino",),
    "rosa": ("rosy", "rosetta"),
    "raffaele": ("lele", "raffa"),
    "raffaella": ("raffa", "lella"),
    "silvia": ("silvi",),
    "ilaria": ("ila",),
    "veronica": ("vero", "vero"),
    "benedetta": ("bene", "betta"),
    "edoardo": ("edo",),
    "filippo": ("pippo", "filo"),
    "guglielmo": ("memo",),
    "jacopo": ("jaco",),
    "ludovica": ("ludo",),
    "camilla": ("cami",),
    # English
    "william": ("will", "bill", "billy", "liam"),
    "samuel": ("sam", "sammy"),
    "samantha": ("sam", "sammie"),
    "thomas": ("tom", "tommy"),
    "robert": ("rob", "bob", "robbie"),
    "elizabeth": ("liz", "beth", "lizzie"),
    "jennifer": ("jen", "jenny"),
    "katherine": ("kate", "kat", "katie"),
    "catherine": ("cath", "cathy", "kate"),
    "michael": ("mike", "mikey"),
    "christopher": ("chris", "kit"),
    "christine": ("chris", "chrissy"),
    "daniel": ("dan", "danny"),
    "matthew": ("matt", "matty"),
    "alexander": ("alex", "xander"),
    "alexandra": ("alex", "lexi"),
    "benjamin": ("ben", "benji"),
    "joseph": ("joe", "joey"),
    "jonathan": ("jon", "jonny"),
    "nicholas": ("nick", "nicky"),
    "rebecca": ("becca", "becky"),
    "victoria": ("vicky", "tori"),
    "margaret": ("maggie", "meg", "peggy"),
    "richard": ("rich", "rick", "richie"),
    "edward": ("ed", "eddie", "ted"),
    "james": ("jim", "jimmy", "jamie"),
    "charlotte": ("charlie", "lottie"),
    "charles": ("charlie", "chuck"),
    "olivia": ("liv", "livvy"),
    "abigail": ("abby", "abi"),
    "anthony": ("tony", "ant"),
    "andrew": ("andy", "drew"),
    "patricia": ("pat", "patty", "trish"),
    "patrick": ("pat", "paddy"),
    "timothy": ("tim", "timmy"),
    "stephen": ("steve", "stevie"),
    "steven": ("steve",),
    "gregory": ("greg",),
    "jessica": ("jess", "jessie"),
    "eleanor": ("ellie", "nell"),
    "frederick": ("fred", "freddie"),
    "zachary": ("zach", "zack"),
    "grace": ("gracie",),
    "mark": ("marky",),
}
# Short first names, some of them also words: typed in lower case they are the hardest to spot.
SHORT_FIRST = {
    ("it", "F"): ("Eva", "Ada", "Ida", "Pia", "Noa", "Zoe", "Gaia", "Asia", "Lia", "Rita", "Gioia", "Sole", "Rosa"),
    ("it", "M"): ("Ugo", "Ivo", "Leo", "Teo", "Elio", "Ezio", "Dino", "Gino", "Nico", "Luca", "Enzo", "Fabio"),
    ("en", "F"): ("Amy", "Zoe", "Eve", "Kate", "Liv", "May", "Joy", "Sue", "Meg", "Grace", "Hope", "Ivy"),
    ("en", "M"): ("Sam", "Tom", "Ben", "Max", "Joe", "Dan", "Jack", "Will", "Bill", "Mark", "Drew", "Ned"),
}
_VOWELS = "aeiouy"


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _clipped(name: str, lang: str) -> str:
    """A clipped form of a name without a usual short form: "fede" from "federico" in Italian
    (up to the second vowel), "sam" from "samuel" in English (one syllable and its consonant)."""
    groups = [m.end() for m in re.finditer(f"[{_VOWELS}]+", name)]
    if len(groups) < 2 or len(name) <= 5:
        return name
    if lang == "it":
        return name[: groups[1]]
    cut = groups[0] + 1
    return name[:cut] + (name[cut] if cut < len(name) and name[cut] == name[cut - 1] else "")


def nickname(rng: random.Random, first: str, lang: str) -> str:
    """A chat nickname for a first name: usually lower case, sometimes capitalised."""
    base = _ascii(first.split()[0].split("-")[0])
    forms = SHORT_FORMS.get(base, ())
    r = rng.random()
    if forms and r < 0.55:
        nick = rng.choice(forms)
    elif r < 0.85 or len(base) <= 5:
        nick = base  # the first name itself, typed in lower case
    else:
        nick = _clipped(base, lang)
    if rng.random() < 0.15:
        nick = nick.capitalize()
    return nick


def pin(rng: random.Random) -> str:
    """A PIN or a door / alarm code."""
    n = rng.choice((4, 4, 4, 5, 6, 6))
    code = "".join(rng.choice("0123456789") for _ in range(n))
    return code + "#" if rng.random() < 0.1 else code


def person_attr(ctx: Scope, p: Person, attr: str) -> str:
    """`nick` and `pin` of a person, drawn once per person."""
    key = "_" + attr
    if key not in p._cache:
        p._cache[key] = nickname(ctx.rng, p.first, p.lang) if attr == "nick" else pin(ctx.rng)
    return p._cache[key]


def chat_first_name(ctx: Scope, p: Person, share: float = 0.35) -> None:
    """Give a person of a chat, with probability `share`, a short first name or one that is also a
    word (Will, Rosa, Sole, Grace). Call before any attribute that depends on the name is drawn."""
    if p._cache or not ctx.chance(share):
        return
    key = (p.lang, p.gender)
    p.first = ctx.choice(SHORT_FIRST[key] if ctx.chance(0.5) else WORD_FIRST[key])
