"""Query parameters of the HSDS API: the HSDS names, plus the search parameters of /api/v1.

HSDS names win where both exist: `search` for `q`, `page`/`per_page` for `seite`/`pro_seite`,
and `format` is the answer's format (json), so the Format vocabulary is filtered by `taxonomy_term_id`.
A value outside docs/hsds-openapi.json is refused with 400 (an unknown vocabulary code too,
as in /api/v1); an id that names nothing (taxonomy term, taxonomy, organization) simply
matches nothing, as any other filter would.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

from werkzeug.datastructures import MultiDict

from catalogue.hsds.ids import taxonomy_id, term_id
from catalogue.hsds.queries import ServiceFilters
from catalogue.hsds.taxonomies import taxonomy_names
from catalogue.search.params import MAX_PAGE, MAX_PER_PAGE, ParamError, clean_text, parse_args, whole_number
from catalogue.vocabularies.models import VocabularyTerm

PER_PAGE = 50
# Names of /api/v1 that mean something else here or are replaced by an HSDS name.
NOT_OURS = {"q", "seite", "pro_seite", "format", "search"}
RFC3339 = re.compile(r"(\d{4}-\d{2}-\d{2})[Tt](\d{2}:\d{2}:\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")
NOTHING = "~"  # no vocabulary or code is named so: an unknown id matches no service


class HsdsParamError(ParamError):
    """An unusable parameter of the HSDS API (400)."""


def _whole(args, name: str, default: int, upper: int) -> int:
    if name not in args:
        return default
    number = whole_number(args[name])
    if number is None or not 1 <= number <= upper:
        raise HsdsParamError(name, f"„{name}“ erwartet eine ganze Zahl von 1 bis {upper}.")
    return number


def page_args(args) -> tuple[int, int]:
    """Page and page size of a list; also refuses any `format` but json."""
    if args.get("format", "json") != "json":
        raise HsdsParamError("format", "Dieses Verzeichnis liefert nur „json“.")
    return _whole(args, "page", 1, MAX_PAGE), _whole(args, "per_page", PER_PAGE, MAX_PER_PAGE)


def text_arg(args) -> str:
    return clean_text(args.get("search", ""))[:500]


def _moment(args) -> datetime | None:
    """`modified_after`: an RFC 3339 date-time (a "+" of the offset may arrive as a space)."""
    if "modified_after" not in args:
        return None
    raw = re.sub(r" (\d{2}:\d{2})$", r"+\1", args["modified_after"].strip())
    match = RFC3339.fullmatch(raw)
    try:
        if match is None:
            raise ValueError(raw)
        day, clock, fraction, zone = match.groups()
        moment = datetime.fromisoformat(f"{day}T{clock.replace(':60', ':59')}{(fraction or '')[:7]}{zone.upper()}")
    except ValueError as exc:
        raise HsdsParamError(
            "modified_after", "„modified_after“ erwartet Datum und Uhrzeit nach RFC 3339, z. B. 2026-12-01T00:00:00Z."
        ) from exc
    return moment.astimezone(UTC)


def full_arg(args) -> bool:
    value = args.get("full", "false")
    if value not in ("true", "false"):
        raise HsdsParamError("full", "„full“ erwartet true oder false.")
    return value == "true"


def _term_codes(args, terms: list[VocabularyTerm]) -> dict[str, tuple[str, ...]]:
    wanted = [value for raw in args.getlist("taxonomy_term_id") for value in raw.split(",") if value.strip()]
    by_id = {term_id(t.vocabulary, t.code): (t.vocabulary, t.code) for t in terms}
    codes: dict[str, tuple[str, ...]] = {}
    for value in wanted:
        vocabulary, code = by_id.get(value.strip().lower(), ("field", NOTHING))
        codes[vocabulary] = (*codes.get(vocabulary, ()), code)
    return codes


def service_filters(args, terms: list[VocabularyTerm]) -> ServiceFilters:
    ours = MultiDict([(key, value) for key, value in args.items(multi=True) if key not in NOT_OURS])
    ours.setlist("q", [text_arg(args)])
    try:
        params, _ = parse_args(ours, strict=True)
    except ParamError as error:
        raise HsdsParamError(error.parameter, error.message) from error
    known: dict[str, set[str]] = {}
    for term in terms:
        if term.active:
            known.setdefault(term.vocabulary, set()).add(term.code)
    for param, code in params.unknown_codes(known)[:1]:
        raise HsdsParamError(param.name, f"Unbekannter Code „{code[:60]}“ für {param.label}.")
    # A term named by id joins the codes of its vocabulary: OR within one vocabulary, AND across them.
    codes = dict(params.codes)
    for vocabulary, extra in _term_codes(args, terms).items():
        codes[vocabulary] = tuple(dict.fromkeys((*codes.get(vocabulary, ()), *extra)))
    wanted_taxonomies = [value.strip().lower() for raw in args.getlist("taxonomy_id") for value in raw.split(",")]
    by_id = {taxonomy_id(name): name for name in taxonomy_names()}
    organization = args.get("organization_id")
    return ServiceFilters(
        params=replace(params, codes=codes),
        organization_id=None if organization is None else clean_text(organization).lower(),
        modified_after=_moment(args),
        vocabularies=tuple(by_id.get(value, NOTHING) for value in wanted_taxonomies if value),
    )
