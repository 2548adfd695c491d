"""JSON shapes of the API: offers (list entry and full record), search responses, vocabularies.

Codes are the vocabulary codes (labels come from /api/v1/vocabularies). HSDS-friendly
where cheap: `status` ("active": only live offers are ever served), min/max ages,
a cost option with amount and unit, `assured_date` for the last quality check.
"""

from __future__ import annotations

from decimal import Decimal

from catalogue.offers.queries import LiveOffer
from catalogue.partners.queries import PartnerListing
from catalogue.public_urls import public_url
from catalogue.search.display import is_web_url
from catalogue.search.params import ORIGIN_PARAM, PARAM_BY_VOCABULARY
from catalogue.search.searching import Result, SearchOutcome
from catalogue.search.understanding import api_understood
from catalogue.vocabularies.registry import BY_NAME, VOCABULARY_REGISTRY

# Vocabulary → list key in an offer record.
CODE_KEYS = {v.name: v.record_key for v in VOCABULARY_REGISTRY}
DETAIL_TEXTS = (
    "description",
    "goals",
    "theory",
    "need",
    "staff_qualification",
    "booking_info",
    "requirements",
    "preparation",
    "curriculum_link",
    "evaluation_summary",
    "accessibility_note",
)


def _date(value) -> str | None:
    return value.isoformat() if value else None


def _number(value: Decimal | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def offer_summary(item: LiveOffer) -> dict:
    rev, org = item.revision, item.organisation
    record = {
        "id": item.offer.id,
        "ref": item.offer.ref,
        "status": "active",
        "title": rev.title,
        "summary": rev.summary,
        "provider": {
            "name": org.name,
            "slug": org.slug,
            "url": public_url("search.provider", slug=org.slug),
        },
        **{key: [t.code for t in item.terms.get(vocabulary, [])] for vocabulary, key in CODE_KEYS.items()},
        "grade_from": rev.grade_from,
        "grade_to": rev.grade_to,
        "age_from": rev.age_from,
        "age_to": rev.age_to,
        "cost": {
            "free": rev.is_free,
            "amount": None if rev.is_free else _number(rev.cost_amount),
            "currency": "EUR",
            "unit": None if rev.is_free else rev.cost_unit,
            "note": rev.cost_note,
        },
        "duration": {"value": _number(rev.duration_value), "unit": rev.duration_unit},
        "seal_valid_until": _date(rev.seal_valid_until),
        "url": public_url("search.offer_detail", offer_id=item.offer.id),
        "api_url": public_url("api.offer", offer_id=item.offer.id),
        "origin": {"code": "eigene"},
    }
    return record


def partner_summary(listing: PartnerListing) -> dict:
    """An offer of a partner catalogue: its own id space, marked by `origin`, read-only here."""
    offer, partner = listing.offer, listing.partner
    return {
        "id": offer.id,
        "status": "active",
        "title": offer.title,
        "summary": offer.summary,
        "provider": {"name": offer.provider_name},
        **{key: list(listing.codes.get(vocabulary, [])) for vocabulary, key in CODE_KEYS.items()},
        "grade_from": offer.grade_from,
        "grade_to": offer.grade_to,
        "age_from": offer.age_from,
        "age_to": offer.age_to,
        "cost": {
            "free": offer.is_free,
            "amount": None if offer.is_free else _number(offer.cost_amount),
            "currency": "EUR",
            "unit": None,
            "note": offer.fees_text,
        },
        "seal_valid_until": _date(offer.seal_valid_until),
        "url": public_url("partners.offer_detail", partner_offer_id=offer.id),
        "origin": {
            "code": partner.origin_code,
            "catalogue": partner.label,
            "text": f"aus dem Katalog von {partner.label}",
            "original_url": offer.original_url or None,
            "seal": offer.seal_text,
        },
    }


def result_summary(result: Result) -> dict:
    return partner_summary(result.partner) if result.partner is not None else offer_summary(result.item)


def offer_detail(item: LiveOffer) -> dict:
    rev = item.revision
    record = offer_summary(item)
    record.update({name: getattr(rev, name) for name in DETAIL_TEXTS})
    record.update(
        {
            "sessions": rev.sessions,
            "group_min": rev.group_min,
            "group_max": rev.group_max,
            "staff_count": rev.staff_count,
            "lead_time_weeks": rev.lead_time_weeks,
            "funding_note": rev.funding_note,
            "contact": {"name": rev.contact_name, "email": rev.contact_email, "phone": rev.contact_phone},
            "evaluation_kind": rev.evaluation_kind,
            "external_rating": {
                "text": rev.external_rating,
                "url": rev.external_rating_url if is_web_url(rev.external_rating_url) else None,
            },
            "seal": {
                "awarded_on": _date(rev.seal_awarded_on),
                "valid_until": _date(rev.seal_valid_until),
                "checked_on": _date(rev.checked_on),
            },
            "assured_date": _date(rev.checked_on or rev.seal_awarded_on),
            "print_url": public_url("search.offer_print", offer_id=item.offer.id),
        }
    )
    return record


def search_response(outcome: SearchOutcome) -> dict:
    return {
        "total": outcome.total,
        "page": outcome.page,
        "per_page": outcome.params.per_page,
        "total_pages": outcome.page_count,
        "results": [result_summary(result) for result in outcome.results],
        "facets": None if outcome.facets is None else _facets(outcome.facets),
        "suggestion": outcome.suggestion,
        "match": outcome.match,
        "fulltext": not outcome.fallback,
        "understood": api_understood(outcome.params, outcome.effective or outcome.params, outcome.understood),
    }


def _facets(facets: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """Keyed by URL parameter, e.g. {"thema": {"mobbing": 3}, "kostenfrei": {"true": 5}}."""
    named = {PARAM_BY_VOCABULARY[v].name: counts for v, counts in facets.items() if v in PARAM_BY_VOCABULARY}
    named["kostenfrei"] = facets.get("is_free", {"true": 0})
    named[ORIGIN_PARAM] = facets.get("provenance", {})
    return named


def vocabularies(options, closed_lists: dict[str, tuple[str, dict[str, str]]]) -> dict:
    result = {}
    for vocabulary, items in options.items():
        entry = BY_NAME.get(vocabulary)
        result[vocabulary] = {
            "label": entry.label if entry else vocabulary,
            "parameter": entry.parameter if entry else None,
            "record_key": entry.record_key if entry else None,
            "terms": [{"code": o.code, "label": o.label} for o in items],
        }
    for name, (label, labels) in closed_lists.items():
        result[name] = {
            "label": label,
            "parameter": None,
            "record_key": name,
            "terms": [{"code": code, "label": text} for code, text in labels.items()],
        }
    return result
