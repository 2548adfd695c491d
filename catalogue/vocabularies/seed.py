"""The controlled vocabularies' terms as shipped: (code, German label) per vocabulary.

`flask db upgrade` inserts the terms missing from the `vocabulary_term` table after
migrating (catalogue/seeding.py); afterwards the coordination office edits them as data. The vocabularies themselves
(names, labels, parameters) are in registry.py. This module imports nothing, so tools
such as bench/synthetic.py can load it without the app.
"""

TERMS: dict[str, list[tuple[str, str]]] = {
    "field": [
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
    ],
    "topic": [
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
    ],
    "audience": [
        ("schueler", "Schüler*innen"),
        ("eltern", "Eltern"),
        ("lehrkraefte", "Lehrkräfte"),
        ("fachkraefte", "Pädagogische Fachkräfte / Schulsozialarbeit"),
        ("auszubildende", "Auszubildende"),
        ("multiplikatoren", "Multiplikator*innen / Peers"),
    ],
    "school_type": [
        ("grundschule", "Grundschule"),
        ("oberschule", "Oberschule"),
        ("gymnasium", "Gymnasium"),
        ("foerderschule", "Förderschule"),
        ("berufsbildende_schule", "Berufsbildende Schule"),
        ("gemeinschaftsschule", "Gemeinschaftsschule"),
    ],
    "level": [
        ("universell", "Universell"),
        ("selektiv", "Selektiv"),
        ("indiziert", "Indiziert"),
    ],
    "format": [
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
    ],
    "venue": [
        ("schule", "In der Schule"),
        ("traeger", "Beim Träger"),
        ("ausserschulisch", "Außerschulischer Lernort"),
        ("online", "Online"),
    ],
    "district": [
        ("stadtweit", "Gesamtes Stadtgebiet"),
        ("zentrum", "Zentrum"),
        ("nord", "Nord"),
        ("ost", "Ost"),
        ("sued", "Süd"),
        ("west", "West"),
        ("landkreis", "Umliegender Landkreis"),
    ],
    "language": [
        ("de", "Deutsch"),
        ("leichte_sprache", "Leichte Sprache"),
        ("en", "Englisch"),
        ("ar", "Arabisch"),
        ("tr", "Türkisch"),
        ("uk", "Ukrainisch"),
        ("ru", "Russisch"),
        ("fa", "Persisch"),
        ("dgs", "Deutsche Gebärdensprache"),
    ],
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
