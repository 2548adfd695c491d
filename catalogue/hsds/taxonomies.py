"""Our vocabularies as HSDS taxonomies, and the Merkmale: facts without an HSDS field.

Each vocabulary of the registry is a taxonomy, each code a taxonomy term; facts of an
offer or provider that HSDS has no field for are attributes with a value under our own
taxonomy "Merkmale" (`praeventionskatalog`), so nothing is lost on the way through HSDS.
"""

from __future__ import annotations

from catalogue.hsds.ids import FACTS_TAXONOMY, Links, clean, taxonomy_id, term_id
from catalogue.vocabularies.registry import BY_NAME, VOCABULARY_REGISTRY

# The Merkmale (code → German label).
FACTS: dict[str, str] = {
    "kurzbeschreibung": "Kurzbeschreibung",
    "ziele": "Ziele",
    "theoretische_grundlage": "Theoretische Grundlage / Wirkannahmen",
    "bedarfsbezug": "Bedarfsbezug",
    "klasse_von": "Klassenstufe von",
    "klasse_bis": "Klassenstufe bis",
    "dauer": "Dauer",
    "dauer_einheit": "Einheit der Dauer",
    "termine": "Anzahl Termine",
    "gruppe_mindestens": "Gruppengröße mindestens",
    "gruppe_hoechstens": "Gruppengröße höchstens",
    "durchfuehrende": "Anzahl Durchführende",
    "qualifikation": "Qualifikation der Durchführenden",
    "finanzierung": "Finanzierungshinweise",
    "vorlaufzeit_wochen": "Vorlaufzeit in Wochen",
    "voraussetzungen": "Voraussetzungen",
    "vor_und_nachbereitung": "Vor- und Nachbereitung",
    "lehrplanbezug": "Lehrplanbezug",
    "evaluation": "Evaluation",
    "evaluation_ergebnisse": "Ergebnisse der Evaluation",
    "externe_einstufung": "Externe Einstufung",
    "externe_einstufung_link": "Link zur externen Einstufung",
    "barrierefreiheit": "Barrierefreiheit / Inklusion",
    "qualitaetssiegel_vergeben_am": "Qualitätssiegel vergeben am",
    "qualitaetssiegel_gueltig_bis": "Qualitätssiegel gültig bis",
    "zuletzt_geprueft_am": "Zuletzt geprüft am",
    "traegerart": "Art des Trägers",
    "kennung": "Kennung",
    "traeger_geprueft_am": "Träger geprüft am",
}
# Offer content key → fact code, for the facts that are plain content fields.
CONTENT_FACTS: dict[str, str] = {
    "summary": "kurzbeschreibung",
    "goals": "ziele",
    "theory": "theoretische_grundlage",
    "need": "bedarfsbezug",
    "grade_from": "klasse_von",
    "grade_to": "klasse_bis",
    "duration_value": "dauer",
    "duration_unit": "dauer_einheit",
    "sessions": "termine",
    "group_min": "gruppe_mindestens",
    "group_max": "gruppe_hoechstens",
    "staff_count": "durchfuehrende",
    "staff_qualification": "qualifikation",
    "funding_note": "finanzierung",
    "lead_time_weeks": "vorlaufzeit_wochen",
    "requirements": "voraussetzungen",
    "preparation": "vor_und_nachbereitung",
    "curriculum_link": "lehrplanbezug",
    "evaluation_kind": "evaluation",
    "evaluation_summary": "evaluation_ergebnisse",
    "external_rating": "externe_einstufung",
    "external_rating_url": "externe_einstufung_link",
    "accessibility_note": "barrierefreiheit",
}


def _taxonomy_name(vocabulary: str) -> str:
    return "Merkmale" if vocabulary == FACTS_TAXONOMY else BY_NAME[vocabulary].label


def taxonomy(vocabulary: str, links: Links) -> dict:
    name = _taxonomy_name(vocabulary)
    if vocabulary == FACTS_TAXONOMY:
        description = "Angaben des Präventionskatalogs zu einem Angebot, für die HSDS kein eigenes Feld hat."
    else:
        description = f"Kontrolliertes Vokabular „{name}“ des Präventionskatalogs."
    identifier = taxonomy_id(vocabulary)
    return clean(
        {
            "id": identifier,
            "name": name,
            "description": description,
            "uri": links.api(f"/taxonomies/{identifier}"),
            "version": "1",
        }
    )


def taxonomy_names() -> list[str]:
    return [v.name for v in VOCABULARY_REGISTRY] + [FACTS_TAXONOMY]


def taxonomy_term(vocabulary: str, code: str, label: str, links: Links, *, nested: bool = True) -> dict:
    identifier = term_id(vocabulary, code)
    record = {
        "id": identifier,
        "code": code,
        "name": label,
        "description": f"{label} – {_taxonomy_name(vocabulary)}",
        "taxonomy": links.api(f"/taxonomies/{taxonomy_id(vocabulary)}"),
        "taxonomy_id": taxonomy_id(vocabulary),
        "language": "de",
        "term_uri": links.api(f"/taxonomy_terms/{identifier}"),
    }
    if nested:
        record["taxonomy_detail"] = taxonomy(vocabulary, links)
    return clean(record)


def fact_terms(links: Links) -> list[dict]:
    return [taxonomy_term(FACTS_TAXONOMY, code, label, links) for code, label in FACTS.items()]
