"""Compound splitting quality on words of the domain (see docs/decisions/0004-german-compounds.md).

    .venv/bin/python bench/compound_eval.py

Prints how many domain compounds split into the parts a teacher would search for, and which
frequent words that must stay whole were split anyway. Never asserts; for comparing changes.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from whoosh.lang.snowball.german import GermanStemmer  # noqa: E402

from search_index.analysis import fold, split_compound  # noqa: E402

stem = GermanStemmer().stem

# compound → the parts a searcher would type (folded); None: hyphenated, split by the tokenizer
GOLD = {
    "Gewaltpräventionsprojekt": "gewalt pravention projekt",
    "Suchtberatungsstelle": "sucht beratung stelle",
    "Medienkompetenztraining": "medien kompetenz training",
    "Präventionstheater": "pravention theater",
    "Erste-Hilfe-Koffer": None,
    "Medienkoffer": "medien koffer",
    "Suchtkoffer": "sucht koffer",
    "Medienscout": "medien scout",
    "Medienscouts": "medien scout",
    "Klassenstunde": "klasse stunde",
    "Präventionsstunde": "pravention stunde",
    "Schulsozialarbeit": "schul sozial arbeit",
    "Elternabend": "eltern abend",
    "Streitschlichterausbildung": "streit schlichter ausbildung",
    "Cybermobbingprävention": "cyber mobbing pravention",
    "Alkoholprävention": "alkohol pravention",
    "Drogenberatung": "drogen beratung",
    "Selbstbehauptungskurs": "selbstbehauptung kurs",
    "Selbstverteidigungskurs": "selbstverteidigung kurs",
    "Sexualpädagogik": "sexual padagogik",
    "Sexualerziehung": "sexual erziehung",
    "Jugendschutzgesetz": "jugend schutz gesetz",
    "Kinderschutzbund": "kinder schutz bund",
    "Schulhofkonflikte": "schul hof konflikt",
    "Pausenhofprojekt": "pause hof projekt",
    "Glücksspielsucht": "gluck spiel sucht",
    "Internetsucht": "internet sucht",
    "Handynutzung": "handy nutzung",
    "Lehrerfortbildung": "lehrer fortbildung",
    "Elternbrief": "eltern brief",
    "Anti-Gewalt-Training": None,
    "Konfliktlotsen": "konflikt lotse",
    "Demokratiewerkstatt": "demokratie werkstatt",
    "Theaterpädagogik": "theater padagogik",
    "Rauschbrille": "rausch brille",
    "Rauschbrillenparcours": "rausch brille parcours",
    "Suchtpräventionswoche": "sucht pravention woche",
    "Mitmachparcours": "mitmach parcours",
    "Fahrradprüfung": "fahrrad prufung",
    "Verkehrserziehung": "verkehr erziehung",
    "Gewaltschutzkonzept": "gewalt schutz konzept",
    "Essstörungsprävention": "ess storung pravention",
    "Stressbewältigung": "stress bewaltigung",
    "Nichtraucherkampagne": "nichtraucher kampagne",
    "Klassenklima": "klasse klima",
}
# words that must stay whole
WHOLE = [
    "versucht",
    "untersucht",
    "Besuch",
    "Erziehung",
    "Unterricht",
    "Beratung",
    "Ausstellung",
    "Theater",
    "Information",
    "Kommunikation",
    "Gesellschaft",
    "Verantwortung",
    "Bewegung",
    "Entwicklung",
    "Veranstaltung",
    "Teilnehmende",
    "Jugendliche",
    "Klasse",
    "Schulen",
    "Medien",
    "Angebot",
    "Zusammenarbeit",
    "Wirkung",
    "Sucht",
    "Kompetenz",
    "Beispiel",
    "Schülerinnen",
]


def main() -> None:
    started = time.perf_counter()
    split_compound("elternabend")  # loads the lexicon
    print(f"lexicon loaded in {time.perf_counter() - started:.2f} s")
    expected = {word: parts.split() for word, parts in GOLD.items() if parts}
    missed = []
    for word, parts in expected.items():
        got = {stem(p) for p in split_compound(fold(word))}
        if not all(stem(p) in got for p in parts):
            missed.append(word)
    wrong = [word for word in WHOLE if split_compound(fold(word))]
    print(f"compounds split into the expected parts: {len(expected) - len(missed)} / {len(expected)}")
    for word in missed:
        print(f"  not as expected: {word} → {split_compound(fold(word))}")
    print(f"whole words split: {len(wrong)} / {len(WHOLE)}")
    for word in wrong:
        print(f"  split: {word} → {split_compound(fold(word))}")


if __name__ == "__main__":
    main()
