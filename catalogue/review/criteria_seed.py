"""The first quality criteria set (version 1), seeded by the initial migration.

Drawn from the Chemnitz core criteria, the Beccaria standards and the Grüne Liste
Prävention. Later versions are created by the coordination office as data.
"""

CRITERIA_V1: list[tuple[str, str, str]] = [
    ("Q01", "muss", "Theoretische Grundlage und Wirkannahmen sind benannt"),
    ("Q02", "muss", "Ziele sind konkret, verständlich, erreichbar und überprüfbar"),
    ("Q03", "muss", "Zielgruppe ist genau beschrieben (Alter/Klassenstufe, universell/selektiv/indiziert)"),
    ("Q04", "soll", "Bezug zu einem Problem bzw. lokalen Bedarf ist beschrieben"),
    ("Q05", "muss", "Die Methoden erreichen die Ziele plausibel"),
    ("Q06", "soll", "Interaktive, beteiligende Methoden statt reinem Vortrag"),
    ("Q07", "soll", "Intensität passt zum Ziel (Reihe oder Nachbereitung statt Einmalaktion)"),
    ("Q08", "muss", "Qualifikation der Durchführenden ist angegeben"),
    ("Q09", "soll", "Diversitäts- und gendersensibel, niedrigschwellig"),
    ("Q10", "soll", "Einbettung in das Präventionskonzept der Schule bzw. das lokale Netzwerk"),
    ("Q11", "soll", "Vor- und Nachbereitungsmaterial für Lehrkräfte bzw. Eltern"),
    ("Q12", "soll", "Lehrplanbezug ist angegeben"),
    ("Q13", "soll", "Schriftliches Konzept oder Manual; gleichbleibend wiederholbar durchführbar"),
    ("Q14", "muss", "Kosten, Gruppengröße, Dauer, Ort, Voraussetzungen, Buchung und Vorlaufzeit vollständig"),
    ("Q15", "muss", "Mindestens Rückmeldungen von Teilnehmenden/Lehrkräften werden erhoben; Ergebnisse dokumentiert"),
    ("Q16", "soll", "Durchführung wird dokumentiert; Erkenntnisse fließen in Überarbeitungen ein"),
    (
        "Q17",
        "exclusion",
        "Keine schädlichen Methoden: keine Abschreckung, keine Schockvideos, "
        "keine einmaligen Betroffenenvorträge als einziges Element",
    ),
    (
        "Q18",
        "exclusion",
        "Vereinbar mit der freiheitlich-demokratischen Grundordnung; kein kommerzieller oder missionarischer Zweck",
    ),
    ("Q19", "muss", "Kinderschutz: Schutzkonzept liegt vor; Durchführende haben ein erweitertes Führungszeugnis"),
    ("Q20", "muss", "Das Angebot ist aktuell verfügbar; Kontakt ist erreichbar"),
]

REASON_CODES: dict[str, str] = {
    "NOT_AVAILABLE": "Angebot derzeit nicht verfügbar",
    "CONCEPT_INSUFFICIENT": "Konzept nicht ausreichend",
    "NO_EVALUATION": "Keine Evaluation",
    "HARMFUL_METHOD": "Schädliche Methode",
    "OUT_OF_SCOPE": "Kein Präventionsangebot im Sinne des Katalogs",
    "INCOMPLETE": "Angaben unvollständig",
    "PROVIDER_NOT_VERIFIED": "Träger nicht verifiziert",
}
