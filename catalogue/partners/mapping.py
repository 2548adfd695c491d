"""A partner's HSDS 3.0 service mapped back to our fields (pure functions).

Our own HSDS output (catalogue/hsds/mapping.py, docs/hsds-profile.md) is the reference:
vocabulary attributes carry the vocabulary name as `link_type` (or the taxonomy's German
name) and the code as `taxonomy_term.code`; facts without an HSDS field are attributes of
the taxonomy "Merkmale". Codes we know become filterable codes; terms of vocabularies or
codes unknown to us are kept as text (their labels), so nothing the partner said is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from catalogue.vocabularies.registry import VOCABULARY_REGISTRY

SUMMARY_LENGTH = 300
FACTS_TAXONOMIES = frozenset({"praeventionskatalog", "Merkmale"})
BY_TAXONOMY_NAME = {v.label: v.name for v in VOCABULARY_REGISTRY}
VOCABULARY_NAMES = frozenset(v.name for v in VOCABULARY_REGISTRY)


@dataclass
class PartnerService:
    """What we keep of one partner service."""

    service_id: str
    title: str
    last_modified: str = ""
    summary: str = ""
    description: str = ""
    provider_name: str = ""
    original_url: str = ""
    email: str = ""
    seal_text: str = ""
    seal_valid_until: date | None = None
    grade_from: int | None = None
    grade_to: int | None = None
    age_from: int | None = None
    age_to: int | None = None
    is_free: bool = False
    cost_amount: Decimal | None = None
    fees_text: str = ""
    codes: dict[str, list[str]] = field(default_factory=dict)
    other_terms: list[str] = field(default_factory=list)


def _vocabulary(attribute: dict) -> str | None:
    """Which of our vocabularies the attribute names, if any."""
    if attribute.get("link_type") in VOCABULARY_NAMES:
        return attribute["link_type"]
    detail = (attribute.get("taxonomy_term") or {}).get("taxonomy_detail") or {}
    return BY_TAXONOMY_NAME.get(detail.get("name", ""))


def _is_fact(attribute: dict) -> bool:
    detail = (attribute.get("taxonomy_term") or {}).get("taxonomy_detail") or {}
    return attribute.get("link_type") in FACTS_TAXONOMIES or detail.get("name") in FACTS_TAXONOMIES


def _whole(value) -> int | None:
    try:
        number = int(Decimal(str(value)))
    except (InvalidOperation, ValueError, TypeError):
        return None
    return number if 0 <= number <= 99 else None


def _date(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _facts(attributes: list[dict]) -> dict[str, str]:
    found = {}
    for attribute in attributes:
        term = attribute.get("taxonomy_term") or {}
        if _is_fact(attribute) and term.get("code") and attribute.get("value"):
            found[term["code"]] = str(attribute["value"])
    return found


def _terms(attributes: list[dict], known: dict[str, set[str]]) -> tuple[dict[str, list[str]], list[str]]:
    """Known codes per vocabulary, and the labels of everything else (foreign vocabularies)."""
    codes: dict[str, list[str]] = {}
    others: list[str] = []
    for attribute in attributes:
        term = attribute.get("taxonomy_term") or {}
        if _is_fact(attribute):
            continue
        vocabulary = _vocabulary(attribute)
        code = term.get("code") or ""
        if vocabulary and code in known.get(vocabulary, set()):
            codes.setdefault(vocabulary, [])
            if code not in codes[vocabulary]:
                codes[vocabulary].append(code)
        else:
            label = term.get("name") or code or str(attribute.get("value") or "")
            if label and label not in others:
                others.append(label[:200])
    return codes, others


def _cost(record: dict) -> tuple[bool, Decimal | None]:
    for option in record.get("cost_options") or []:
        amount = option.get("amount")
        if option.get("option") == "kostenfrei" or amount == 0:
            return True, None
        if isinstance(amount, int | float) and amount > 0:
            return False, Decimal(str(amount)).quantize(Decimal("0.01"))
    return False, None


def _web_url(value) -> str:
    text = str(value or "")
    return text if text.startswith(("https://", "http://")) else ""


def _summary(facts: dict[str, str], description: str) -> str:
    if facts.get("kurzbeschreibung"):
        return facts["kurzbeschreibung"][: SUMMARY_LENGTH * 2]
    if len(description) <= SUMMARY_LENGTH:
        return description
    return description[:SUMMARY_LENGTH].rsplit(" ", 1)[0] + " …"


def map_service(record: dict, known: dict[str, set[str]]) -> PartnerService:
    """One schema-valid HSDS service as PartnerService; `known`: our active codes per vocabulary."""
    attributes = [a for a in record.get("attributes") or [] if isinstance(a, dict)]
    facts = _facts(attributes)
    codes, others = _terms(attributes, known)
    languages = known.get("language", set())
    for language in record.get("languages") or []:
        code = language.get("code")
        if code in languages and code not in codes.get("language", []):
            codes.setdefault("language", []).append(code)
    is_free, amount = _cost(record)
    description = str(record.get("description") or "")
    organization = record.get("organization") or {}
    return PartnerService(
        service_id=record["id"],
        title=str(record["name"])[:500],
        last_modified=str(record.get("last_modified") or "")[:40],
        summary=_summary(facts, description),
        description=description,
        provider_name=str(organization.get("name") or "")[:500],
        original_url=_web_url(record.get("url"))[:1000],
        email=str(record.get("email") or "")[:320],
        seal_text=str(record.get("accreditations") or ""),
        seal_valid_until=_date(facts.get("qualitaetssiegel_gueltig_bis", "")),
        grade_from=_whole(facts.get("klasse_von")),
        grade_to=_whole(facts.get("klasse_bis")),
        age_from=_whole(record.get("minimum_age")),
        age_to=_whole(record.get("maximum_age")),
        is_free=is_free,
        cost_amount=amount,
        fees_text=str(record.get("fees_description") or ""),
        codes=codes,
        other_terms=others,
    )


def wanted(service: PartnerService, fields: tuple[str, ...]) -> bool:
    """Whether the office takes this service: one of its Handlungsfelder chosen, or none chosen."""
    return not fields or bool(set(fields) & set(service.codes.get("field", [])))
