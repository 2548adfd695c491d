"""Search parameters: one definition shared by the search page and the JSON API.

The page parses leniently (an unusable value is dropped and named in a notice), the
API strictly (the first unusable value is a `ParamError`, answered with 400). Nothing
here touches the database: whether a code exists is checked by the service against
the vocabularies (`SearchParams.unknown_codes`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

from catalogue.vocabularies.registry import VOCABULARY_REGISTRY
from search_index import Filters

MAX_TEXT = 500
MAX_PAGE = 10_000  # clamp: huge page numbers must not overflow the database's OFFSET
MAX_PER_PAGE = 100
PER_PAGE = 20
MAX_COST = Decimal(1_000_000)
GRADES = (1, 13)
AGES = (0, 99)
# The API takes exactly what docs/openapi.yaml describes; the page is forgiving (spaces, case).
API_INTEGER = re.compile(r"-?[0-9]+(?:\.0+)?")  # JSON Schema counts 2.0 as an integer
API_MONEY = re.compile(r"[0-9]{1,6}(?:[.,][0-9]{1,2})?")
TRUE_VALUES = frozenset({"1", "true", "on", "ja", "yes"})
FALSE_VALUES = frozenset({"", "0", "false", "off", "nein", "no"})


@dataclass(frozen=True)
class CodeParam:
    """A filter over one controlled vocabulary (= search_index facet field)."""

    name: str  # URL parameter
    vocabulary: str  # vocabulary name, Filters field and facet name
    label: str  # German, singular
    page_filter: bool = True  # offered on the search page (the API takes every parameter)


# One per vocabulary of the registry, in the order of the search form.
CODE_PARAMS: tuple[CodeParam, ...] = tuple(
    CodeParam(v.parameter, v.name, v.label, v.page_filter) for v in VOCABULARY_REGISTRY
)
PARAM_BY_VOCABULARY = {p.vocabulary: p for p in CODE_PARAMS}
SORTS = {"relevanz": "relevance", "titel": "title", "neueste": "newest"}
SORT_LABELS = {"relevanz": "Relevanz", "titel": "Titel (A–Z)", "neueste": "Neueste zuerst"}
SORT_PARAM = {value: key for key, value in SORTS.items()}
# Filter "Herkunft": own offers, all partner catalogues, or one (partner-<n>).
ORIGIN_PARAM = "herkunft"
ORIGIN_CODE = re.compile(r"eigene|partner(?:-[1-9][0-9]{0,8})?")
ORIGIN_MESSAGE = "„herkunft“ erwartet eigene, partner oder partner-<Nummer>."


class ParamError(ValueError):
    """An unusable parameter (API: 400); `message` is German and safe to show."""

    def __init__(self, parameter: str, message: str):
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter
        self.message = message


@dataclass(frozen=True)
class SearchParams:
    text: str = ""
    codes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # vocabulary → codes
    grade: int | None = None
    grade_to: int | None = None  # with grade: offers for any grade of grade..grade_to
    age: int | None = None
    free_only: bool = False
    max_cost: Decimal | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = PER_PAGE
    understand: bool = True  # recognise filter words in the text (URL: verstehen=0 turns it off)
    origins: tuple[str, ...] = ()  # "eigene", "partner", "partner-<n>"; empty: everything

    def selected(self, vocabulary: str) -> tuple[str, ...]:
        return self.codes.get(vocabulary, ())

    def filters(self) -> Filters:
        return Filters(
            grade=self.grade,
            grade_to=self.grade_to if self.grade is not None else None,
            age=self.age,
            free_only=self.free_only,
            max_cost_eur=self.max_cost,
            provenance=self.origins,
            **{v: c for v, c in self.codes.items() if c},
        )

    @property
    def has_filters(self) -> bool:
        return bool(self.active_filter_keys())

    def active_filter_keys(self) -> list[str]:
        """Keys of the active filters, in the order of the form: vocabularies, then numbers."""
        keys = [p.vocabulary for p in CODE_PARAMS if self.selected(p.vocabulary)]
        keys += ["origin"] if self.origins else []
        keys += [
            key
            for key, value in (("grade", self.grade), ("age", self.age), ("max_cost", self.max_cost))
            if value is not None
        ]
        return keys + (["free_only"] if self.free_only else [])

    def without(self, key: str) -> SearchParams:
        """These parameters without one filter (a key of `active_filter_keys`) or the text."""
        if key == "text":
            return replace(self, text="", page=1)
        if key == "all_filters":
            return replace(
                self, codes={}, grade=None, grade_to=None, age=None, max_cost=None, free_only=False, origins=(), page=1
            )
        if key == "origin":
            return replace(self, origins=(), page=1)
        if key in PARAM_BY_VOCABULARY:
            return replace(self, codes={v: c for v, c in self.codes.items() if v != key}, page=1)
        cleared = {"grade": None, "age": None, "max_cost": None, "free_only": False}
        changes = {key: cleared[key], "grade_to": None} if key == "grade" else {key: cleared[key]}
        return replace(self, page=1, **changes)

    def unknown_codes(self, known: Mapping[str, set[str]]) -> list[tuple[CodeParam, str]]:
        return [
            (p, code)
            for p in CODE_PARAMS
            for code in self.selected(p.vocabulary)
            if code not in known.get(p.vocabulary, set())
        ]

    def drop_codes(self, unknown: list[tuple[CodeParam, str]]) -> SearchParams:
        gone = {(p.vocabulary, code) for p, code in unknown}
        return replace(
            self, codes={v: tuple(c for c in codes if (v, c) not in gone) for v, codes in self.codes.items()}
        )

    def query_args(self, **changes) -> dict:
        """URL arguments for this search (defaults left out), e.g. for `url_for`."""
        params = replace(self, **changes) if changes else self
        args: dict = {}
        if params.text:
            args["q"] = params.text
        for p in CODE_PARAMS:
            if params.selected(p.vocabulary):
                args[p.name] = list(params.selected(p.vocabulary))
        if params.origins:
            args[ORIGIN_PARAM] = list(params.origins)
        grade_to = params.grade_to if params.grade is not None and params.grade_to != params.grade else None
        for name, value in (("klasse", params.grade), ("klasse_bis", grade_to), ("alter", params.age)):
            if value is not None:
                args[name] = value
        if params.free_only:
            args["kostenfrei"] = "1"
        if params.max_cost is not None:
            args["max_kosten"] = format_money(params.max_cost)
        if params.sort != "relevance":
            args["sortierung"] = SORT_PARAM[params.sort]
        if params.page > 1:
            args["seite"] = params.page
        if not params.understand:
            args["verstehen"] = "0"
        return args


def format_money(value: Decimal) -> str:
    """12.50 → "12,50", 15 → "15" (as typed into the form)."""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


# -- parsing ---------------------------------------------------------------------------


class _Parser:
    """Collects notices (lenient) or raises the first ParamError (strict)."""

    def __init__(self, strict: bool):
        self.strict = strict
        self.notices: list[str] = []

    def exact(self, raw: str, pattern: re.Pattern, parameter: str, message: str) -> None:
        """Strict only: the raw value must have the form the API description gives."""
        if self.strict and raw and not pattern.fullmatch(raw):
            self.problem(parameter, message)

    def problem(self, parameter: str, message: str) -> None:
        if self.strict:
            raise ParamError(parameter, message)
        self.notices.append(message)


def parse_args(args, *, strict: bool = False, per_page: int = PER_PAGE) -> tuple[SearchParams, list[str]]:
    """SearchParams from request arguments (a MultiDict); also the notices (lenient mode).

    Accepts repeated parameters and comma-separated lists for the vocabulary filters.
    """
    parser = _Parser(strict)
    for p in CODE_PARAMS:
        if strict and any(not part.strip() for value in args.getlist(p.name) for part in value.split(",")):
            parser.problem(p.name, f"Ein Code für {p.label} ist leer.")
    params = SearchParams(
        text=_text(args.get("q", ""), parser),
        codes={p.vocabulary: _codes(args.getlist(p.name)) for p in CODE_PARAMS if args.getlist(p.name)},
        grade=_whole(
            args.get("klasse", ""),
            "klasse",
            GRADES,
            parser,
            "Die Klassenstufe „{}“ ist keine ganze Zahl von 1 bis 13 und wurde nicht berücksichtigt.",
        ),
        grade_to=_whole(
            args.get("klasse_bis", ""),
            "klasse_bis",
            GRADES,
            parser,
            "Die Klassenstufe „{}“ ist keine ganze Zahl von 1 bis 13 und wurde nicht berücksichtigt.",
        ),
        age=_whole(
            args.get("alter", ""),
            "alter",
            AGES,
            parser,
            "Das Alter „{}“ ist keine ganze Zahl von 0 bis 99 und wurde nicht berücksichtigt.",
        ),
        free_only=_flag(args.get("kostenfrei", ""), parser),
        max_cost=_money(args.get("max_kosten", ""), parser),
        sort=_sort(args.get("sortierung", ""), parser),
        page=_page(args.get("seite", ""), parser),
        per_page=_per_page(args.get("pro_seite", ""), parser, per_page),
        understand=_understand(args.get("verstehen", ""), parser),
        origins=_origins(args.getlist(ORIGIN_PARAM), parser),
    )
    return params, parser.notices


def whole_number(raw: str, digits: int = 6) -> int | None:
    """ "12" or "12.0" → 12; None for anything else or more than `digits` digits."""
    if not API_INTEGER.fullmatch(raw) or len(raw.split(".")[0].lstrip("-")) > digits:
        return None
    return int(raw.split(".")[0])


def clean_text(value: str) -> str:
    """Printable text only (control characters become spaces), single spaces, trimmed."""
    text = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in value)
    return " ".join(text.split())


def _text(value: str, parser: _Parser) -> str:
    text = clean_text(value[: MAX_TEXT * 4])
    if len(text) > MAX_TEXT:
        parser.problem("q", f"Der Suchtext war länger als {MAX_TEXT} Zeichen und wurde gekürzt.")
        text = text[:MAX_TEXT].rstrip()
    return text


def _codes(values: list[str]) -> tuple[str, ...]:
    codes = (clean_text(code)[:60] for value in values for code in value.split(","))
    return tuple(dict.fromkeys(code for code in codes if code))


def _whole(raw: str, parameter: str, bounds: tuple[int, int], parser: _Parser, message: str) -> int | None:
    parser.exact(raw, API_INTEGER, parameter, message.format(raw[:20]))
    raw = clean_text(raw)
    if not raw:
        return None
    number = whole_number(raw)
    if number is None or not bounds[0] <= number <= bounds[1]:
        parser.problem(parameter, message.format(raw[:20]))
        return None
    return number


def _origins(values: list[str], parser: _Parser) -> tuple[str, ...]:
    """Origin codes; the API takes exactly the documented form, the page is forgiving (case, spaces)."""
    found = []
    for part in (part for value in values for part in value.split(",")):
        code = part if parser.strict else clean_text(part).lower()
        if ORIGIN_CODE.fullmatch(code):
            found.append(code)
        elif code or parser.strict:
            parser.problem(ORIGIN_PARAM, ORIGIN_MESSAGE)
    return tuple(dict.fromkeys(found))


def _flag(raw: str, parser: _Parser) -> bool:
    if parser.strict and raw and raw not in TRUE_VALUES | FALSE_VALUES | {"0"}:
        parser.problem("kostenfrei", "„kostenfrei“ erwartet 1 oder 0 (ja oder nein).")
    value = clean_text(raw).lower()
    if value in TRUE_VALUES:
        return True
    if value not in FALSE_VALUES:
        parser.problem("kostenfrei", "„kostenfrei“ erwartet 1 oder 0 (ja oder nein).")
    return False


def _understand(raw: str, parser: _Parser) -> bool:
    value = clean_text(raw).lower()
    if value in FALSE_VALUES - {""}:
        return False
    if value not in TRUE_VALUES | {""}:
        parser.problem("verstehen", "„verstehen“ erwartet 1 oder 0 (ja oder nein).")
    return True


def _money(raw: str, parser: _Parser) -> Decimal | None:
    parser.exact(
        raw, API_MONEY, "max_kosten", f"Der Höchstbetrag „{raw[:20]}“ ist kein Betrag wie 12,50 (unter 1.000.000 Euro)."
    )
    raw = clean_text(raw)
    if not raw:
        return None
    try:
        amount = Decimal(raw[:20].replace(",", "."))
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite() or not 0 <= amount <= MAX_COST:
        parser.problem(
            "max_kosten",
            f"Der Höchstbetrag „{raw[:20]}“ ist kein Betrag von 0 bis 1.000.000 Euro und wurde nicht berücksichtigt.",
        )
        return None
    return amount.quantize(Decimal("0.01"))


def _sort(raw: str, parser: _Parser) -> str:
    raw = clean_text(raw).lower()
    if raw and raw not in SORTS:
        if parser.strict:
            parser.problem("sortierung", "Erlaubt sind relevanz, titel und neueste.")
        return "relevance"
    return SORTS.get(raw, "relevance")


def _page(raw: str, parser: _Parser) -> int:
    parser.exact(raw, API_INTEGER, "seite", "Die Seite muss eine ganze Zahl ab 1 sein.")
    raw = clean_text(raw)
    if not raw:
        return 1
    if API_INTEGER.fullmatch(raw) and not raw.startswith("-") and len(raw.split(".")[0]) > 6:
        return MAX_PAGE  # any page past the last one gives the last one
    page = whole_number(raw)
    if page is None or page < 1:
        if parser.strict:
            parser.problem("seite", "Die Seite muss eine ganze Zahl ab 1 sein.")
        return 1
    return min(page, MAX_PAGE)


def _per_page(raw: str, parser: _Parser, default: int) -> int:
    parser.exact(raw, API_INTEGER, "pro_seite", f"Erlaubt sind 1 bis {MAX_PER_PAGE} Einträge je Seite.")
    raw = clean_text(raw)
    if not raw:
        return default
    number = whole_number(raw)
    if number is None or not 1 <= number <= MAX_PER_PAGE:
        if parser.strict:
            parser.problem("pro_seite", f"Erlaubt sind 1 bis {MAX_PER_PAGE} Einträge je Seite.")
        return default
    return number
