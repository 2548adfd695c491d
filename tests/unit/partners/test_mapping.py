"""A partner's HSDS service mapped back to our fields: our own HSDS output is the reference."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from catalogue.partners.mapping import map_service, wanted

KNOWN = {"field": {"sucht", "gewalt"}, "format": {"workshop"}, "language": {"de", "ar"}}


def attribute(link_type: str, code: str, name: str, value=None, taxonomy: str | None = None) -> dict:
    term = {"code": code, "name": name}
    if taxonomy:
        term["taxonomy_detail"] = {"name": taxonomy}
    return {"link_type": link_type, "taxonomy_term": term, **({"value": value} if value is not None else {})}


def service(**extra) -> dict:
    return {"id": "a2d1", "name": "Klartext Alkohol", "status": "active", **extra}


def test_known_codes_become_codes_per_vocabulary():
    mapped = map_service(service(attributes=[attribute("field", "sucht", "Suchtprävention")]), KNOWN)
    assert mapped.codes == {"field": ["sucht"]} and mapped.other_terms == []


def test_a_taxonomy_named_like_ours_counts_as_ours():
    mapped = map_service(service(attributes=[attribute("x", "workshop", "Workshop", taxonomy="Format")]), KNOWN)
    assert mapped.codes == {"format": ["workshop"]}


def test_foreign_vocabularies_and_unknown_codes_are_kept_as_text():
    attributes = [
        attribute("field", "verkehrserziehung", "Verkehrserziehung"),
        attribute("zielgruppen", "x1", "Azubis"),
    ]
    mapped = map_service(service(attributes=attributes), KNOWN)
    assert mapped.codes == {} and mapped.other_terms == ["Verkehrserziehung", "Azubis"]


def test_facts_give_grades_summary_and_seal_validity():
    facts = [
        attribute("praeventionskatalog", "klasse_von", "Klassenstufe von", "7"),
        attribute("praeventionskatalog", "klasse_bis", "Klassenstufe bis", "9"),
        attribute("praeventionskatalog", "kurzbeschreibung", "Kurzbeschreibung", "Kurz und klar."),
        attribute("praeventionskatalog", "qualitaetssiegel_gueltig_bis", "Siegel bis", "2027-06-30"),
    ]
    mapped = map_service(service(attributes=facts, description="Lang " * 100), KNOWN)
    assert (mapped.grade_from, mapped.grade_to) == (7, 9)
    assert mapped.summary == "Kurz und klar." and mapped.seal_valid_until == date(2027, 6, 30)


def test_long_description_without_summary_is_cut_at_a_word():
    mapped = map_service(service(description="Wort " * 200), KNOWN)
    assert mapped.summary.endswith(" …") and len(mapped.summary) <= 305


def test_cost_options_free_or_amount():
    free = map_service(service(cost_options=[{"option": "kostenfrei", "amount": 0}]), KNOWN)
    paid = map_service(service(cost_options=[{"option": "pro Klasse", "amount": 120.5}]), KNOWN)
    assert free.is_free and free.cost_amount is None
    assert not paid.is_free and paid.cost_amount == Decimal("120.50")


def test_languages_organization_ages_and_only_web_links():
    record = service(
        languages=[{"code": "ar", "name": "Arabisch"}, {"code": "tlh", "name": "Klingonisch"}],
        organization={"name": "Fachstelle Nord"},
        minimum_age=10,
        maximum_age=140,
        url="javascript:alert(1)",
    )
    mapped = map_service(record, KNOWN)
    assert mapped.codes == {"language": ["ar"]} and mapped.provider_name == "Fachstelle Nord"
    assert (mapped.age_from, mapped.age_to) == (10, None) and mapped.original_url == ""


def test_the_office_takes_chosen_fields_only_or_everything_when_none_chosen():
    mapped = map_service(service(attributes=[attribute("field", "sucht", "Suchtprävention")]), KNOWN)
    assert wanted(mapped, ()) and wanted(mapped, ("sucht", "gewalt")) and not wanted(mapped, ("gewalt",))
