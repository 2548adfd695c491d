"""The offer form's help per field: what to enter (HELP) and a short realistic example (EXAMPLES).

Examples are given for fields filled in freely; checkbox groups and lists show their
choices, which serve as examples themselves. All examples describe one imagined offer,
so a provider can read them as one coherent entry.
"""

from __future__ import annotations

HELP: dict[str, str] = {
    "title": "Kurz und aussagekräftig, so wie Schulen das Angebot suchen würden.",
    "summary": "Zwei, drei Sätze für die Trefferliste: Was passiert, für wen, mit welchem Ziel. Höchstens 500 Zeichen.",
    "description": "Ablauf Schritt für Schritt: Methoden, Inhalte, wer was tut.",
    "goals": "Konkrete, überprüfbare Ziele: Was können oder wissen die Teilnehmenden danach?",
    "theory": "Auf welchem Ansatz beruht das Angebot und warum soll es wirken?",
    "need": "Optional: Auf welches Problem oder welchen Bedarf vor Ort antwortet das Angebot?",
    "fields": "Mindestens ein Handlungsfeld.",
    "topics": "Optional: Schlagworte, unter denen Schulen das Angebot finden.",
    "audiences": "Mindestens eine Zielgruppe.",
    "grade_from": "Klassenstufe 1 bis 13. Geben Sie Klassenstufen oder Alter an (oder beides).",
    "grade_to": "Klassenstufe 1 bis 13.",
    "age_from": "Alter in Jahren, zum Beispiel für Angebote außerhalb des Klassenverbands.",
    "age_to": "Alter in Jahren.",
    "school_types": "Optional: Für welche Schularten ist das Angebot gedacht?",
    "levels": "Universell: alle; selektiv: Gruppen mit erhöhtem Risiko; indiziert: bereits Betroffene.",
    "languages": "In welchen Sprachen kann das Angebot durchgeführt werden?",
    "accessibility_note": "Optional: Barrierefreiheit der Räume und Materialien, Unterstützung bei Inklusion.",
    "formats": "Mindestens ein Format.",
    "duration_value": "Dauer eines Termins als Zahl.",
    "duration_unit": "In welcher Einheit die Dauer angegeben ist.",
    "sessions": "Wie viele Termine gehören zum Angebot?",
    "group_min": "Kleinste Gruppe, mit der das Angebot stattfindet.",
    "group_max": "Größte Gruppe, mit der das Angebot stattfindet.",
    "staff_count": "Wie viele Personen führen das Angebot durch?",
    "staff_qualification": "Ausbildung und Erfahrung der Durchführenden.",
    "venues": "Wo findet das Angebot statt?",
    "districts": "In welchen Gebieten bieten Sie das Angebot an?",
    "requirements": "Was die Schule bereitstellen muss: Raum, Technik, Anwesenheit einer Lehrkraft.",
    "preparation": "Optional: Material oder Gespräche zur Vor- und Nachbereitung.",
    "curriculum_link": "Optional: Fach, Klassenstufe und Lernbereich des Lehrplans.",
    "is_free": "Ankreuzen, wenn für die Schule keine Kosten entstehen.",
    "cost_amount": "Nur bei kostenpflichtigen Angeboten: Betrag in Euro.",
    "cost_unit": "Nur bei kostenpflichtigen Angeboten: wofür der Betrag gilt.",
    "cost_note": "Optional: Ermäßigungen, Fahrtkosten und andere Hinweise zu den Kosten.",
    "funding_note": "Optional: Förderprogramme, über die Schulen die Kosten decken können.",
    "booking_info": "Wie Schulen das Angebot anfragen und buchen.",
    "lead_time_weeks": "Wie viele Wochen vorher gebucht werden muss (0 bis 104).",
    "contact_name": "Optional: Name einer Ansprechperson.",
    "contact_email": "Am besten ein Funktionspostfach, das auch bei Urlaub gelesen wird.",
    "contact_phone": "Optional: Telefonnummer für Rückfragen.",
    "evaluation_kind": "Wie Sie die Wirkung oder Qualität des Angebots überprüfen.",
    "evaluation_summary": "Optional: Was die Evaluation bisher ergeben hat.",
    "external_rating": "Optional: Einstufung in einer anerkannten Datenbank für Präventionsprogramme.",
    "external_rating_url": "Optional: Link zur externen Einstufung, beginnend mit https://.",
}

EXAMPLES: dict[str, str] = {
    "title": "Cybermobbing – erkennen, ansprechen, handeln",
    "summary": (
        "Ein Workshoptag für die Klassen 7 bis 9: Die Schüler*innen lernen, Cybermobbing zu erkennen, "
        "Betroffene zu unterstützen und Hilfe zu holen."
    ),
    "description": (
        "1. Fall aus einem Klassenchat, 2. Kleingruppen zu den Rollen beim Mobbing, "
        "3. Rollenspiel „Was tue ich?“, 4. Abschlussrunde mit der Klassenleitung."
    ),
    "goals": "Die Schüler*innen können drei Formen von Cybermobbing benennen.",
    "theory": "Lebenskompetenzansatz: Wer Zuschauende stärkt, verringert Mobbing in der Klasse.",
    "need": "Die Schulsozialarbeit meldet seit zwei Jahren mehr Mobbingfälle in Klassenchats.",
    "grade_from": "7",
    "grade_to": "9",
    "age_from": "12",
    "age_to": "15",
    "accessibility_note": "Arbeitsblätter auch in Leichter Sprache; Schulbegleitungen sind willkommen.",
    "duration_value": "1,5 (mit der Einheit „Stunden“)",
    "sessions": "3",
    "group_min": "10",
    "group_max": "30",
    "staff_count": "2",
    "staff_qualification": "Zwei Sozialpädagog*innen mit Zusatzausbildung Medienpädagogik, seit 2019 an Schulen tätig.",
    "requirements": "Klassenraum mit Beamer; eine Lehrkraft ist die ganze Zeit dabei.",
    "preparation": "Vorgespräch mit der Klassenleitung, Vorlage für einen Elternbrief, Nachtreffen nach vier Wochen.",
    "curriculum_link": "Ethik, Klasse 7/8, Lernbereich „Ich und die Gemeinschaft“.",
    "cost_amount": "150 oder 12,50",
    "cost_note": "Außerhalb des Stadtgebiets berechnen wir 0,30 € Fahrtkosten je Kilometer.",
    "funding_note": "Schulen in der Stadt können die Kosten über das Präventionsbudget des Schulamts abrechnen.",
    "booking_info": "Anfrage per E-Mail mit Wunschtermin, Klasse und Anzahl der Schüler*innen; Antwort innerhalb einer Woche.",
    "lead_time_weeks": "6",
    "contact_name": "Anna Schmidt, Fachstelle Medienprävention",
    "contact_email": "praevention@traeger.example",
    "contact_phone": "030 1234567-20",
    "evaluation_summary": "Befragung von 240 Schüler*innen 2024: 85 % wussten danach, wo sie Hilfe bekommen.",
    "external_rating": "Grüne Liste Prävention, Stufe 2",
    "external_rating_url": "https://www.gruene-liste-praevention.de/ (Seite Ihres Programms)",
}

# Fields needed for submission only in some cases; the form says when, inside the label.
NEEDED_WHEN: dict[str, str] = {
    "grade_from": "Klassenstufe oder Alter zum Einreichen nötig",
    "age_from": "Klassenstufe oder Alter zum Einreichen nötig",
    "cost_amount": "zum Einreichen nötig, wenn nicht kostenfrei",
    "cost_unit": "zum Einreichen nötig, wenn nicht kostenfrei",
}
