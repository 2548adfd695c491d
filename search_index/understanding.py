"""Query understanding: filter phrases typed into the search box become filters.

"Workshop Medien Klasse 7 gratis" → text "Workshop Medien", format workshop, grade 7,
free offers only. Pure: the vocabularies' codes and German labels come in as data
(the office may rename or add terms), a small list of everyday variants is kept here.

What happens to the recognised words: grades, costs, target groups, school types,
districts and languages are filter words and leave the text. Format names stay in
the text as well: "Elternabend" or "Workshop" is also what offers call themselves
in their titles, so an offer named so ranks above one that only has the format.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

# Vocabularies whose labels are recognised, and whether the words stay in the text.
VOCABULARIES = ("audience", "school_type", "format", "district", "language")
KEEP_IN_TEXT = frozenset({"format"})
MAX_GRADE = 13

# Everyday words for the shipped terms (by vocabulary and code), beside their labels.
# fmt: off
VARIANTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("audience", "schueler"): ("Schüler", "Schülerinnen", "Schülerinnen und Schüler", "SuS"),
    ("audience", "eltern"): ("Eltern", "Elternteil", "Mütter", "Väter", "Erziehungsberechtigte"),
    ("audience", "lehrkraefte"): ("Lehrer", "Lehrerin", "Lehrerinnen", "Lehrkraft", "Lehrkräfte",
                                  "Lehrerinnen und Lehrer", "Kollegium", "Lehrpersonal"),
    ("audience", "fachkraefte"): ("Fachkräfte", "pädagogische Fachkräfte", "Schulsozialarbeiter",
                                  "Schulsozialarbeiterinnen", "Sozialarbeiter", "Erzieher", "Erzieherinnen"),
    ("audience", "auszubildende"): ("Azubi", "Azubis", "Auszubildende", "Auszubildenden", "Berufsschüler"),
    ("audience", "multiplikatoren"): ("Multiplikatoren", "Multiplikatorinnen", "Peers"),
    ("school_type", "grundschule"): ("Grundschule", "Grundschulen", "Grundschüler", "Primarstufe"),
    ("school_type", "gymnasium"): ("Gymnasium", "Gymnasien"),
    ("school_type", "berufsbildende_schule"): ("Berufsschule", "Berufsschulen", "BBS", "Berufskolleg"),
    ("school_type", "foerderschule"): ("Förderschule", "Förderschulen", "Förderzentrum"),
    ("school_type", "gemeinschaftsschule"): ("Gesamtschule", "Gemeinschaftsschulen"),
    ("format", "workshop"): ("Workshop", "Workshops"),
    ("format", "elternabend"): ("Elternabend", "Elternabende", "Elternabenden"),
    ("format", "fortbildung"): ("Fortbildung", "Fortbildungen", "Weiterbildung", "Schulung", "Schulungen"),
    ("format", "projekttag"): ("Projekttag", "Projekttage"),
    ("format", "projektwoche"): ("Projektwoche", "Projektwochen"),
    ("format", "unterrichtseinheit"): ("Unterrichtseinheit", "Unterrichtseinheiten", "Unterrichtsreihe",
                                       "Unterrichtsmaterial"),
    ("format", "vortrag"): ("Vortrag", "Vorträge", "Gesprächsrunde"),
    ("format", "theater"): ("Theater", "Theaterstück", "Ausstellung", "Parcours", "Mitmachparcours"),
    ("format", "beratung"): ("Beratung", "Beratungen"),
    ("format", "peer_projekt"): ("Peer-Projekt", "Peerprojekt"),
    ("format", "online"): ("online", "Online-Angebot", "Webinar", "digital"),
    ("district", "nord"): ("Norden",),
    ("district", "ost"): ("Osten",),
    ("district", "sued"): ("Süden",),
    ("district", "west"): ("Westen",),
    ("district", "zentrum"): ("Innenstadt", "Stadtmitte"),
    ("district", "landkreis"): ("Landkreis", "Umland"),
    ("language", "en"): ("Englisch", "englischsprachig", "English"),
    ("language", "ar"): ("Arabisch", "arabischsprachig"),
    ("language", "tr"): ("Türkisch", "türkischsprachig"),
    ("language", "uk"): ("Ukrainisch", "ukrainischsprachig"),
    ("language", "ru"): ("Russisch", "russischsprachig"),
    ("language", "fa"): ("Persisch", "Farsi", "Dari"),
    ("language", "dgs"): ("Gebärdensprache", "DGS"),
}
# fmt: on
# Labels that are everyday words of offer texts and topics as well: recognised only
# after a preposition ("für Eltern", "im Zentrum", "auf Deutsch"), never alone —
# "Mobbing Eltern" may be about parents, "Elternarbeit" is a topic.
AFTER_PREPOSITION_ONLY = frozenset(
    {("audience", "eltern"), ("audience", "schueler"), ("district", "zentrum"), ("language", "de")}
)
_PREPOSITION = r"(?:(?:auf|in|im|aus|für|fuer)\s+(?:der\s+|dem\s+|die\s+)?)"

# Grade words; "Klasse2000" (a programme) has no grade: the number must end the word.
_GRADE_WORD = r"(?:klassen?|kl\.?|klassenstufen?|jahrgangsstufen?|jahrgangs?|jg\.?|stufen?)"
_DASH = r"\s*(?:-|–|—|bis)\s*"
_NUM = r"(\d{1,2})"
_GRADE_PATTERNS = (
    re.compile(rf"(?<!\w){_GRADE_WORD}\s*{_NUM}{_DASH}{_NUM}(?![\w.,]\d)(?!\w)", re.I),
    re.compile(rf"(?<![\w.]){_NUM}\.?{_DASH}{_NUM}\.\s*{_GRADE_WORD}(?!\w)", re.I),
    re.compile(rf"(?<!\w){_GRADE_WORD}\s*{_NUM}(?![\w.,]\d)(?!\w)", re.I),
    re.compile(rf"(?<![\w.]){_NUM}\.\s*{_GRADE_WORD}(?!\w)", re.I),
    re.compile(rf"(?<![\w.]){_NUM}(?:te|ten|er)\s+{_GRADE_WORD}(?!\w)", re.I),
)
# School stages by their usual grades.
_STAGES = {
    "grundschulalter": (1, 4),
    "unterstufe": (5, 7),
    "mittelstufe": (7, 10),
    "oberstufe": (11, 13),
    "sekundarstufe i": (5, 10),
    "sek i": (5, 10),
    "sekundarstufe ii": (11, 13),
    "sek ii": (11, 13),
}
_STAGE_PATTERN = re.compile(
    r"(?<!\w)("
    + "|".join(re.escape(s).replace(r"\ ", r"\s*") for s in sorted(_STAGES, key=len, reverse=True))
    + r")(?!\w)",
    re.I,
)
_FREE_PATTERN = re.compile(
    r"(?<!\w)(?:kosten(?:los|frei)(?:e|en|er|es)?|gratis|umsonst|geb(?:ü|ue)hrenfrei(?:e|en|er|es)?|ohne\s+kosten)(?!\w)",
    re.I,
)
_COST_PATTERN = re.compile(
    r"(?<!\w)(?:unter|bis(?:\s+zu)?|max\.?|maximal|h(?:ö|oe)chstens|weniger\s+als|<=?)\s*"
    r"(\d{1,6}(?:[.,]\d{1,2})?)\s*(?:€|euro(?!\w)|eur(?!\w))",
    re.I,
)


@dataclass(frozen=True)
class Recognised:
    """One filter phrase: ``kind`` is "grade", "free", "max_cost" or a vocabulary name."""

    kind: str
    value: object  # (low, high) grades, True, Decimal euros, or a vocabulary code
    phrase: str  # as typed
    start: int
    end: int


@dataclass(frozen=True)
class Understanding:
    text: str  # the query text without the filter words
    recognised: tuple[Recognised, ...] = field(default_factory=tuple)

    def of(self, kind: str) -> list[Recognised]:
        return [r for r in self.recognised if r.kind == kind]


def _umlaut_tolerant(phrase: str) -> str:
    """A regex for ``phrase`` that accepts ae/oe/ue/ss spellings, spaces or hyphens."""
    replacements = {"ä": "(?:ä|ae|a)", "ö": "(?:ö|oe|o)", "ü": "(?:ü|ue|u)", "ß": "(?:ß|ss)"}
    out = []
    for ch in phrase.lower():
        if ch in replacements:
            out.append(replacements[ch])
        elif ch in " -":
            out.append(r"[\s-]*")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _label_phrases(label: str) -> list[str]:
    """ "Vortrag/Gesprächsrunde" → both; "Schüler*innen" → "Schüler*innen", "Schüler"."""
    phrases = [label]
    for piece in re.split(r"\s*/\s*|\s+und\s+", label):
        piece = piece.strip()
        if piece and not piece.startswith("-"):
            phrases.append(piece)
            if "*" in piece:
                phrases.append(piece.split("*")[0])
    return [p for p in dict.fromkeys(phrases) if len(p) >= 2]


@dataclass(frozen=True)
class _LabelRule:
    vocabulary: str
    code: str
    pattern: re.Pattern


def label_rules(vocabularies: Mapping[str, Sequence[tuple[str, str]]]) -> list[_LabelRule]:
    """Matching rules for the (code, label) terms of the recognised vocabularies."""
    rules = []
    for vocabulary in VOCABULARIES:
        for code, label in vocabularies.get(vocabulary, ()):
            phrases = _label_phrases(label) + list(VARIANTS.get((vocabulary, code), ()))
            body = "|".join(_umlaut_tolerant(p) for p in sorted(set(phrases), key=len, reverse=True))
            prefix = _PREPOSITION if (vocabulary, code) in AFTER_PREPOSITION_ONLY else _PREPOSITION + "?"
            pattern = re.compile(rf"(?<![\w*]){prefix}(?:{body})(?![\w*])", re.I)
            rules.append(_LabelRule(vocabulary, code, pattern))
    return rules


def understand(text: str, vocabularies: Mapping[str, Sequence[tuple[str, str]]]) -> Understanding:
    """Find filter phrases in ``text``; ``vocabularies`` maps a vocabulary name to its
    (code, German label) terms. Phrases never overlap; the earlier kind wins."""
    return understand_with(text, label_rules(vocabularies))


def understand_with(text: str, rules: Iterable[_LabelRule]) -> Understanding:
    """:func:`understand` with prepared rules (they can be cached per vocabulary state)."""
    found: list[Recognised] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, value, match: re.Match) -> None:
        start, end = match.span()
        if any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        found.append(Recognised(kind, value, match.group(0).strip(), start, end))

    for pattern in _GRADE_PATTERNS:
        for match in pattern.finditer(text):
            numbers = [int(n) for n in match.groups()]
            low, high = min(numbers), max(numbers)
            if 1 <= low and high <= MAX_GRADE:
                add("grade", (low, high), match)
    for match in _STAGE_PATTERN.finditer(text):
        add("grade", _STAGES[" ".join(match.group(1).lower().split())], match)
    for match in _FREE_PATTERN.finditer(text):
        add("free", True, match)
    for match in _COST_PATTERN.finditer(text):
        add("max_cost", Decimal(match.group(1).replace(",", ".")), match)
    for rule in rules:
        for match in rule.pattern.finditer(text):
            add(rule.vocabulary, rule.code, match)
    found.sort(key=lambda r: r.start)
    return Understanding(_remaining_text(text, found), tuple(found))


def _remaining_text(text: str, found: list[Recognised]) -> str:
    """``text`` without the recognised phrases (format names stay, see module doc)."""
    pieces, last = [], 0
    for item in found:
        if item.kind in KEEP_IN_TEXT:
            continue
        pieces.append(text[last : item.start])
        last = item.end
    pieces.append(text[last:])
    return " ".join("".join(pieces).split())


def without_phrase(text: str, item: Recognised) -> str:
    """The user's text with one recognised phrase taken out (removing its chip)."""
    return " ".join((text[: item.start] + " " + text[item.end :]).split())
