# ruff: noqa: E501
"""Build tests/data/model_only.jsonl: personal values in prose that only a model can find.

Names without titles, addresses, usernames outside URLs and e-mails: the rules engine replaces none of
them (tests/test_shipped_model.py checks that too), so the floor on values replaced whole measures the
shipped student and its decoding alone. Everyone in them is invented. Run from the repository root:
`python tests/data/build_model_only.py`.
"""

import json
import re
from pathlib import Path

OUT = Path(__file__).with_name("model_only.jsonl")
DOCS = [
    (
        "en-01",
        "en",
        "Yesterday [[PERSON|Margaret Okafor]] called about the leak; she lives at [[ADDRESS|14 Elm Grove, Leeds LS6 2AB]] and wants a visit on Friday.",
    ),
    (
        "en-02",
        "en",
        "Thanks [[PERSON|Tomasz Wiśniewski]] for the review. [[PERSON|Tomasz]] also fixed the flaky test that [[USERNAME|kdevlin]] reported.",
    ),
    (
        "en-03",
        "en",
        "Please send the signed copy to [[PERSON|Hannah Lindqvist]], [[ADDRESS|Flat 3, 27 Orchard Road, Bristol BS7 8QT]].",
    ),
    (
        "en-04",
        "en",
        "The parcel for [[PERSON|Rafael Moreno Ortiz]] was left with a neighbour at [[ADDRESS|221 Pine Street, Portland, OR 97204]].",
    ),
    (
        "en-05",
        "en",
        "Login attempts from [[USERNAME|jsmith_admin]] were blocked after the third try; [[PERSON|Julia Smith]] has been told.",
    ),
    (
        "en-06",
        "en",
        "Our new tenant, [[PERSON|Kwame Mensah]], moves into [[ADDRESS|9 Harbour View, Swansea SA1 1TP]] next month.",
    ),
    (
        "en-07",
        "en",
        "Minutes taken by [[PERSON|Ingrid Solberg]]. Actions: [[PERSON|Ingrid]] to book the room, [[PERSON|Peter Hale]] to update the budget.",
    ),
    (
        "en-08",
        "en",
        "Ask [[PERSON|Chen Wei]] whether the account [[USERNAME|chen.wei88]] still needs access to the shared drive.",
    ),
    (
        "en-09",
        "en",
        "I met [[PERSON|Lucy Barrett]] at the station and we walked to her flat on [[ADDRESS|48 Canal Street, Manchester M1 3HE]].",
    ),
    (
        "en-10",
        "en",
        "Ticket reassigned from [[USERNAME|ops_marco]] to [[USERNAME|dbrennan]] because [[PERSON|Dara Brennan]] owns the billing service.",
    ),
    (
        "en-11",
        "en",
        "[[PERSON|Olivia Grant]] and her brother [[PERSON|Samuel Grant]] inherited the house at [[ADDRESS|3 Mill Lane, Ely CB7 4HA]].",
    ),
    ("en-12", "en", "Condolences were sent to [[PERSON|Aiko Tanaka]], whose father passed away last week."),
    (
        "it-01",
        "it",
        "Ieri [[PERSON|Giulia Ferraris]] ha chiamato per il guasto; abita in [[ADDRESS|Via Garibaldi 18, 10122 Torino]] e chiede un tecnico venerdì.",
    ),
    (
        "it-02",
        "it",
        "Grazie a [[PERSON|Stefano Marchetti]] per la revisione. [[PERSON|Stefano]] ha anche sistemato il problema segnalato da [[USERNAME|lbianco]].",
    ),
    (
        "it-03",
        "it",
        "Il pacco per [[PERSON|Chiara De Luca]] è stato lasciato al portiere in [[ADDRESS|Corso Vittorio Emanuele 112, 80121 Napoli]].",
    ),
    (
        "it-04",
        "it",
        "Da stamattina [[USERNAME|fmancini_dev]] non riesce più ad accedere; [[PERSON|Federico Mancini]] è stato avvisato.",
    ),
    (
        "it-05",
        "it",
        "Il nuovo inquilino, [[PERSON|Davide Colombo]], entra nell'appartamento di [[ADDRESS|Via dei Tigli 7, 40137 Bologna]] a marzo.",
    ),
    (
        "it-06",
        "it",
        "Verbale redatto da [[PERSON|Elena Russo]]. Azioni: [[PERSON|Elena]] prenota la sala, [[PERSON|Marco Galli]] aggiorna il budget.",
    ),
    (
        "it-07",
        "it",
        "Chiedete a [[PERSON|Sara Lombardi]] se l'account [[USERNAME|sara.lombardi]] deve ancora vedere la cartella condivisa.",
    ),
    (
        "it-08",
        "it",
        "Ho incontrato [[PERSON|Paolo Greco]] alla stazione e siamo andati a piedi fino a casa sua in [[ADDRESS|Piazza Bra 4, 37121 Verona]].",
    ),
    (
        "it-09",
        "it",
        "[[PERSON|Anna Fontana]] e suo fratello [[PERSON|Luca Fontana]] hanno ereditato la casa di [[ADDRESS|Via Roma 33, 55100 Lucca]].",
    ),
    (
        "it-10",
        "it",
        "Le condoglianze sono state inviate a [[PERSON|Martina Rinaldi]], che ha perso il padre la settimana scorsa.",
    ),
    (
        "it-11",
        "it",
        "Il ticket passa da [[USERNAME|gcosta]] a [[USERNAME|r.villa]] perché [[PERSON|Roberta Villa]] segue la fatturazione.",
    ),
    (
        "it-12",
        "it",
        "Domani [[PERSON|Matteo Esposito]] porta i documenti in [[ADDRESS|Viale Monza 201, 20125 Milano]].",
    ),
]
MARK = re.compile(r"\[\[([A-Z_]+)\|([^\]]+)\]\]")


def record(doc_id: str, lang: str, marked: str) -> dict:
    text, pii, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos : m.start()]
        pii.append({"value": m.group(2), "type": m.group(1), "start": len(text), "end": len(text) + len(m.group(2))})
        text += m.group(2)
        pos = m.end()
    return {"id": doc_id, "lang": lang, "text": text + marked[pos:], "pii": pii, "keep": []}


if __name__ == "__main__":
    OUT.write_text("".join(json.dumps(record(*d), ensure_ascii=False) + "\n" for d in DOCS), encoding="utf-8")
