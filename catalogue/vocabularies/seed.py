"""The controlled vocabularies as shipped: (code, German label) per vocabulary.

These are seeded into the `vocabulary_term` table by the first migration's data step
and by `flask seed`; afterwards the coordination office edits them as data.
"""

VOCABULARIES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "field": ("Handlungsfeld", [
        ("gewalt", "Gewaltprävention"),
        ("sucht", "Suchtprävention"),
        ("demokratie", "Demokratiebildung"),
        ("extremismus", "Extremismus- und Diskriminierungsprävention"),
        ("medien", "Medienkompetenz"),
        ("sexuelle_bildung", "Sexuelle Bildung"),
        ("soziales_lernen", "Soziales Lernen / Lebenskompetenzen"),
        ("psychische_gesundheit", "Psychische Gesundheit"),
        ("kinderschutz", "Kinderschutz / Schutz vor sexualisierter Gewalt"),
        ("kriminalpraevention", "Kriminalprävention (Eigentum, Cyber)"),
        ("verkehr", "Verkehrsprävention"),
        ("gesundheit", "Gesundheitsförderung"),
    ]),
    "topic": ("Thema", [
        ("mobbing", "Mobbing"),
        ("cybermobbing", "Cybermobbing"),
        ("alkohol", "Alkohol"),
        ("cannabis", "Cannabis"),
        ("tabak", "Tabak und Rauchen"),
        ("illegale_drogen", "Illegale Drogen"),
        ("gluecksspiel", "Glücksspiel"),
        ("mediensucht", "Exzessive Mediennutzung / Gaming"),
        ("fake_news", "Fake News und Desinformation"),
        ("hate_speech", "Hate Speech"),
        ("zivilcourage", "Zivilcourage"),
        ("konfliktloesung", "Konfliktlösung und Streitschlichtung"),
        ("rassismus", "Rassismus"),
        ("antisemitismus", "Antisemitismus"),
        ("rechtsextremismus", "Rechtsextremismus"),
        ("islamismus", "Islamismus"),
        ("verschwoerungserzaehlungen", "Verschwörungserzählungen"),
        ("datenschutz", "Datenschutz und Privatsphäre"),
        ("sexting", "Sexting"),
        ("cybergrooming", "Cybergrooming"),
        ("pornografie", "Pornografie"),
        ("koerperwahrnehmung", "Körper und Pubertät"),
        ("vielfalt", "Vielfalt und Geschlechterrollen"),
        ("gefuehle", "Gefühle und Selbstwert"),
        ("stress", "Stress und Resilienz"),
        ("essstoerungen", "Essstörungen"),
        ("selbstverletzung", "Selbstverletzung und Krisen"),
        ("diebstahl", "Diebstahl und Sachbeschädigung"),
        ("internetbetrug", "Internetbetrug"),
        ("schulweg", "Schulweg und Radfahren"),
        ("ernaehrung", "Ernährung und Bewegung"),
        ("grenzen", "Grenzen setzen / Nein sagen"),
    ]),
    "audience": ("Zielgruppe", [
        ("schueler", "Schüler*innen"),
        ("eltern", "Eltern"),
        ("lehrkraefte", "Lehrkräfte"),
        ("fachkraefte", "Pädagogische Fachkräfte / Schulsozialarbeit"),
        ("auszubildende", "Auszubildende"),
        ("multiplikatoren", "Multiplikator*innen / Peers"),
    ]),
    "school_type": ("Schulart", [
        ("grundschule", "Grundschule"),
        ("oberschule", "Oberschule"),
        ("gymnasium", "Gymnasium"),
        ("foerderschule", "Förderschule"),
        ("berufsbildende_schule", "Berufsbildende Schule"),
        ("gemeinschaftsschule", "Gemeinschaftsschule"),
    ]),
    "level": ("Präventionsebene", [
        ("universell", "Universell"),
        ("selektiv", "Selektiv"),
        ("indiziert", "Indiziert"),
    ]),
    "format": ("Format", [
        ("projekttag", "Projekttag"),
        ("workshop", "Workshop"),
        ("unterrichtseinheit", "Unterrichtseinheit/-reihe"),
        ("projektwoche", "Projektwoche"),
        ("elternabend", "Elternabend"),
        ("vortrag", "Vortrag/Gesprächsrunde"),
        ("theater", "Theater/Ausstellung/Parcours"),
        ("fortbildung", "Fortbildung"),
        ("beratung", "Beratung"),
        ("peer_projekt", "Peer-Projekt"),
        ("online", "Online-Angebot"),
    ]),
    "venue": ("Durchführungsort", [
        ("schule", "In der Schule"),
        ("traeger", "Beim Träger"),
        ("ausserschulisch", "Außerschulischer Lernort"),
        ("online", "Online"),
    ]),
    "district": ("Einsatzgebiet", [
        ("stadtweit", "Gesamtes Stadtgebiet"),
        ("zentrum", "Zentrum"),
        ("nord", "Nord"),
        ("ost", "Ost"),
        ("sued", "Süd"),
        ("west", "West"),
        ("landkreis", "Umliegender Landkreis"),
    ]),
    "language": ("Sprache", [
        ("de", "Deutsch"),
        ("leichte_sprache", "Leichte Sprache"),
        ("en", "Englisch"),
        ("ar", "Arabisch"),
        ("tr", "Türkisch"),
        ("uk", "Ukrainisch"),
        ("ru", "Russisch"),
        ("fa", "Persisch"),
        ("dgs", "Deutsche Gebärdensprache"),
    ]),
}

# Vocabularies an offer revision links to, with whether at least one term is required
# for submission (drafts may leave them empty).
REVISION_VOCABULARIES: dict[str, bool] = {
    "field": True,
    "topic": False,
    "audience": True,
    "school_type": False,
    "level": True,
    "format": True,
    "venue": True,
    "district": True,
    "language": True,
}

# Small closed lists that are part of the domain rules rather than editable data.
DURATION_UNITS = {
    "unterrichtsstunden": "Unterrichtsstunden",
    "zeitstunden": "Zeitstunden",
    "tage": "Tage",
}
COST_UNITS = {
    "pro_klasse": "pro Klasse",
    "pro_person": "pro Person",
    "pro_stunde": "pro Stunde",
    "pauschal": "pauschal",
}
EVALUATION_KINDS = {
    "keine": "Keine Evaluation",
    "feedback": "Feedbackbögen",
    "prozess": "Prozessevaluation",
    "extern": "Externe Wirkungsevaluation",
}
ORG_TYPES = {
    "verein": "Verein / freier Träger",
    "stiftung": "Stiftung",
    "gemeinnuetzige_gmbh": "Gemeinnützige GmbH",
    "kirchlich": "Kirchlicher Träger",
    "oeffentlich": "Öffentliche Stelle",
    "sonstige": "Sonstige",
}
