#!/usr/bin/env python3
"""Erzeugt den Demo-Katalog data/demo-catalogue.jsonl im Austauschformat praeventionskatalog/1.

Die Daten sind von Hand geschrieben und frei erfunden (Träger, Personen, Adressen,
Telefonnummern, Domains auf .example), orientieren sich aber an realen Präventionsangeboten
für Schulen in einer sächsischen Großstadt. Das Skript ist deterministisch: kein Zufall, kein
heutiges Datum. Alle Datumsangaben beziehen sich auf den festen Stichtag REFERENCE_DATE;
`flask catalogue import --rebase-dates` verschiebt sie beim Import auf das aktuelle Datum.

Aufruf:  python data/make_demo_catalogue.py
Am Ende prüft das Skript alle Regeln aus docs/import-format.md sowie die Abdeckung der
Vokabulare und Zustände (siehe self_check) und bricht bei einem Fehler ab.
"""

from __future__ import annotations

import importlib.util
import json
import re
import textwrap
from collections import Counter
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

REFERENCE_DATE = date(2026, 11, 22)
SEAL_MONTHS = 24

DATA_DIR = Path(__file__).resolve().parent
REPO_DIR = DATA_DIR.parent
OUTPUT = DATA_DIR / "demo-catalogue.jsonl"


def _load_module(relative_path: str, name: str):
    """Lädt ein Modul der Anwendung direkt aus der Datei (ohne das Paket zu importieren)."""
    spec = importlib.util.spec_from_file_location(name, REPO_DIR / relative_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SEED = _load_module("catalogue/vocabularies/seed.py", "_vocabulary_seed")
# Dieselbe Monatsrechnung wie bei der Freigabe (31. Januar + 1 Monat → 28./29. Februar).
CLOCK = _load_module("catalogue/clock.py", "_clock")
CODES = {name: {code for code, _label in terms} for name, terms in SEED.TERMS.items()}
CODE_ORDER = {name: {code: i for i, (code, _label) in enumerate(terms)}
              for name, terms in SEED.TERMS.items()}


def codes(vocabulary: str, values) -> list[str] | None:
    """Codes in the order of the vocabulary (so the file matches what `export` writes)."""
    if not values:
        return None
    return sorted(values, key=lambda code: CODE_ORDER[vocabulary].get(code, len(CODE_ORDER[vocabulary])))


# --------------------------------------------------------------------------------------
# Hilfsfunktionen
# --------------------------------------------------------------------------------------

def T(text: str) -> str:
    """Fließtext aus einem eingerückten Mehrzeilen-String.

    Zeilen eines Absatzes werden mit Leerzeichen verbunden, Absätze durch genau eine
    Leerzeile getrennt – so bleibt der Quelltext lesbar und der Export ist sauberer Klartext.
    """
    paragraphs = re.split(r"\n\s*\n", textwrap.dedent(text).strip())
    return "\n\n".join(" ".join(line.strip() for line in p.splitlines() if line.strip()) for p in paragraphs)


def seal(awarded_on: str) -> dict:
    """Gütesiegel: gültig 24 Monate ab Vergabe; die Vergabe ist zugleich die letzte Prüfung."""
    awarded = date.fromisoformat(awarded_on)
    return {
        "awarded_on": awarded.isoformat(),
        "valid_until": CLOCK.add_months(awarded, SEAL_MONTHS).isoformat(),
        "checked_on": awarded.isoformat(),
    }


# Reihenfolge der Schlüssel wie in docs/import-format.md
CONTENT_KEYS = [
    "title", "summary", "description", "goals", "theory", "need", "fields", "topics",
    "audiences", "grade_from", "grade_to", "age_from", "age_to", "school_types", "levels",
    "formats", "duration_value", "duration_unit", "sessions", "group_min", "group_max",
    "staff_count", "staff_qualification", "venues", "districts", "is_free", "cost_amount",
    "cost_unit", "cost_note", "funding_note", "booking_info", "lead_time_weeks",
    "contact_email", "contact_phone", "contact_name", "requirements", "preparation",
    "curriculum_link", "evaluation_kind", "evaluation_summary", "external_rating",
    "external_rating_url", "languages", "accessibility_note",
]

PROVIDERS: list[dict] = []
OFFERS: list[dict] = []


def provider(**fields) -> None:
    record = {"kind": "provider", **fields}
    if "districts" in record:
        record["districts"] = codes("district", record["districts"])
    PROVIDERS.append(record)


def _provider(ref: str) -> dict:
    for record in PROVIDERS:
        if record["ref"] == ref:
            return record
    raise KeyError(f"Träger {ref!r} ist (noch) nicht definiert")


def build_content(
    provider_ref: str, *,
    title, summary, description, goals, theory, fields, audiences, levels, formats,
    duration, sessions, group, staff_count, staff_qualification, venues, booking_info,
    lead_time_weeks, requirements, evaluation_kind,
    need=None, topics=None, grades=None, ages=None, school_types=None, districts=None,
    cost=None, cost_note=None, funding_note=None, contact_email=None, contact_phone=None,
    contact_name=None, preparation=None, curriculum_link=None, evaluation_summary=None,
    external_rating=None, external_rating_url=None, languages=("de",), accessibility_note=None,
) -> dict:
    """Baut eine Revision (content) in der Schlüsselreihenfolge des Formats.

    Kurzformen: grades/ages/group als (von, bis), duration als (Wert, Einheit),
    cost als (Betrag, Einheit) oder None für kostenfrei. Kontakt, Einsatzgebiet und
    Sprachen fallen auf die Angaben des Trägers bzw. Deutsch zurück.
    """
    prov = _provider(provider_ref)
    c = {
        "title": title, "summary": summary, "description": description, "goals": goals,
        "theory": theory, "need": need, "fields": codes("field", fields),
        "topics": codes("topic", topics), "audiences": codes("audience", audiences),
        "grade_from": grades[0] if grades else None, "grade_to": grades[1] if grades else None,
        "age_from": ages[0] if ages else None, "age_to": ages[1] if ages else None,
        "school_types": codes("school_type", school_types),
        "levels": codes("level", levels), "formats": codes("format", formats),
        "duration_value": duration[0], "duration_unit": duration[1], "sessions": sessions,
        "group_min": group[0], "group_max": group[1], "staff_count": staff_count,
        "staff_qualification": staff_qualification, "venues": codes("venue", venues),
        "districts": codes("district", districts or prov["districts"]),
        "is_free": cost is None,
        "cost_amount": cost[0] if cost else None, "cost_unit": cost[1] if cost else None,
        "cost_note": cost_note, "funding_note": funding_note, "booking_info": booking_info,
        "lead_time_weeks": lead_time_weeks,
        "contact_email": contact_email or prov["email"],
        "contact_phone": contact_phone or prov.get("phone"), "contact_name": contact_name,
        "requirements": requirements, "preparation": preparation,
        "curriculum_link": curriculum_link, "evaluation_kind": evaluation_kind,
        "evaluation_summary": evaluation_summary, "external_rating": external_rating,
        "external_rating_url": external_rating_url, "languages": codes("language", languages),
        "accessibility_note": accessibility_note,
    }
    return {key: c[key] for key in CONTENT_KEYS if c[key] is not None}


def offer(ref: str, provider_ref: str, *, listing: str = "live", awarded: str | None = None,
          reason: str | None = None, update: tuple[str, dict] | None = None,
          state: str | None = None, **content) -> None:
    """Ein Angebot.

    listing="unlisted": noch nie freigegeben – der Inhalt ist die offene Revision im Zustand
    `state`. Sonst ist der Inhalt die freigegebene Revision mit Siegel ab `awarded`;
    `update=(Zustand, Änderungen)` legt zusätzlich eine offene Revision an, die aus der
    freigegebenen Fassung plus den Änderungen besteht.
    """
    record = {"kind": "offer", "ref": ref, "provider": provider_ref, "listing": listing}
    if reason:
        record["listing_reason"] = reason
    if listing == "unlisted":
        record["live"] = None
        record["pending"] = {"state": state, "content": build_content(provider_ref, **content)}
    else:
        record["live"] = build_content(provider_ref, **content)
        record["seal"] = seal(awarded)
        if update:
            pending_state, changes = update
            record["pending"] = {
                "state": pending_state,
                "content": build_content(provider_ref, **{**content, **changes}),
            }
        else:
            record["pending"] = None
    OFFERS.append(record)


# Wiederkehrende Wertelisten
WEITERF = ["oberschule", "gymnasium", "gemeinschaftsschule"]          # weiterführende Schulen
WEITERF_FS = WEITERF + ["foerderschule"]
SEK_BBS = WEITERF + ["berufsbildende_schule"]
ERWACHSENE = (18, 99)   # Angebote nur für Erwachsene: Alter der Teilnehmenden, keine Klassenstufe
GRUENE_LISTE = "https://www.gruene-liste-praevention.example/programme/"


# --------------------------------------------------------------------------------------
# Träger
# --------------------------------------------------------------------------------------

provider(
    ref="suchtberatung-mitte", name="Suchtberatung Mitte e. V.", legal_form="e. V.",
    org_type="verein",
    description=T("""
        Psychosoziale Beratungs- und Behandlungsstelle für Suchtfragen mit eigener Fachstelle
        Suchtprävention. Wir beraten Jugendliche, Eltern und Fachkräfte vertraulich und kommen
        mit interaktiven Angeboten zu Alkohol, Tabak, Cannabis und Glücksspiel in Schulen der
        Stadt und des Landkreises.
    """),
    website="https://www.suchtberatung-mitte.example", email="praevention@suchtberatung-mitte.example",
    phone="0371 415320-0", street="Lindenstraße 14", postcode="09111", city="Chemnitz",
    districts=["stadtweit", "landkreis"], verified_on="2025-01-28",
    contacts=[{"name": "Katrin Eulitz", "role": "Leitung Fachstelle Suchtprävention",
               "email": "k.eulitz@suchtberatung-mitte.example", "phone": "0371 415320-14",
               "consent_on": "2025-01-20"}],
)

provider(
    ref="medienkompass", name="Netzwerk Medienkompass e. V.", legal_form="e. V.",
    org_type="verein",
    description=T("""
        Medienpädagogischer Verein mit einem Team aus Medienpädagog*innen, Sozialpädagog*innen
        und Informatiker*innen. Wir arbeiten mit Schulklassen, Eltern und Lehrkräften zu
        Cybermobbing, Datenschutz, Fake News und einem selbstbestimmten Umgang mit Smartphone
        und Social Media und bilden Medienscouts aus.
    """),
    website="https://medienkompass.example", email="schule@medienkompass.example",
    phone="0371 383910-0", street="Brückenstraße 7", postcode="09111", city="Chemnitz",
    districts=["stadtweit"], verified_on="2025-01-06",
    contacts=[{"name": "Jonas Reinhold", "role": "Koordination Schulprojekte",
               "email": "j.reinhold@medienkompass.example", "phone": "0371 383910-12",
               "consent_on": "2024-12-16"}],
)

provider(
    ref="buehne-querfeld", name="Bühne Querfeld Theaterpädagogik gGmbH", legal_form="gGmbH",
    org_type="gemeinnuetzige_gmbh",
    description=T("""
        Theaterpädagogisches Zentrum mit einem festen Ensemble von Schauspieler*innen und
        Theaterpädagog*innen. Wir entwickeln interaktive Stücke, Forumtheater und Workshops zu
        Mobbing, Grenzen, Sucht und Vielfalt und spielen in Schulen, Aulen und Turnhallen.
    """),
    website="https://www.buehne-querfeld.example", email="buchung@buehne-querfeld.example",
    phone="0371 902467-0", street="Am Wiesenrain 3", postcode="09126", city="Chemnitz",
    districts=["stadtweit", "landkreis"], verified_on="2024-12-10",
)

provider(
    ref="stiftung-sicheres-aufwachsen", name="Stiftung Sicheres Aufwachsen",
    legal_form="rechtsfähige Stiftung bürgerlichen Rechts", org_type="stiftung",
    description=T("""
        Gemeinnützige Stiftung für Kinder- und Jugendschutz. Die Stiftung finanziert und
        organisiert Angebote zum gesetzlichen und erzieherischen Jugendschutz, zum
        Jugendmedienschutz und zur Suchtprävention – vor allem für Schulen, Eltern und
        Fachkräfte, die mit jungen Menschen arbeiten.
    """),
    website="https://www.sicheres-aufwachsen.example", email="jugendschutz@sicheres-aufwachsen.example",
    phone="0371 261850-0", street="Theaterstraße 21", postcode="09111", city="Chemnitz",
    districts=["stadtweit", "landkreis"], verified_on="2025-02-03",
)

provider(
    ref="polizei-praevention", name="Polizeiliche Präventionsstelle Chemnitz",
    org_type="oeffentlich",
    description=T("""
        Die Präventionsstelle der Polizei berät Schulen, Eltern und Fachkräfte zu Gewalt,
        Eigentumskriminalität, Gefahren im Internet und Zivilcourage. Polizeibeamt*innen mit
        pädagogischer Zusatzqualifikation gestalten Projekttage und Elternabende; alle Angebote
        sind kostenfrei.
    """),
    website="https://www.polizei-praevention-chemnitz.example",
    email="praevention@polizei-praevention-chemnitz.example",
    phone="0371 387-2050", street="Hartmannstraße 5", postcode="09113", city="Chemnitz",
    districts=["stadtweit"], verified_on="2025-02-11",
    contacts=[{"name": "Polizeihauptkommissar Frank Seidel", "role": "Leiter der Präventionsstelle",
               "email": "f.seidel@polizei-praevention-chemnitz.example", "phone": "0371 387-2051",
               "consent_on": "2025-02-11"}],
)

provider(
    ref="verkehrssicher-unterwegs", name="Verkehrssicher unterwegs e. V.", legal_form="e. V.",
    org_type="verein",
    description=T("""
        Gemeinnütziger Verein für Verkehrssicherheit mit über 60 ehrenamtlichen
        Verkehrstrainer*innen. Wir betreiben die Jugendverkehrsschule am Küchwald-Rand, begleiten
        die Radfahrausbildung der Grundschulen und arbeiten mit jungen Fahranfänger*innen.
    """),
    website="https://www.verkehrssicher-unterwegs.example", email="info@verkehrssicher-unterwegs.example",
    phone="0371 334087-0", street="Parkweg 40", postcode="09113", city="Chemnitz",
    districts=["stadtweit", "landkreis"], verified_on="2025-03-03",
)

provider(
    ref="starke-kinder", name="Starke Kinder – Verein für Kinderschutz e. V.", legal_form="e. V.",
    org_type="verein",
    description=T("""
        Fachberatungsstelle für Kinderschutz und Prävention sexualisierter Gewalt. Wir arbeiten
        mit Kindern, Eltern und Kollegien, begleiten Schulen bei der Entwicklung von
        Schutzkonzepten und stellen insoweit erfahrene Fachkräfte für die Beratung im
        Verdachtsfall.
    """),
    website="https://www.starke-kinder.example", email="praevention@starke-kinder.example",
    phone="0371 520174-0", street="Reitbahnstraße 9", postcode="09111", city="Chemnitz",
    districts=["stadtweit"], verified_on="2024-12-17",
    contacts=[{"name": "Sabine Kretzschmar", "role": "Fachberatung Kinderschutz",
               "email": "s.kretzschmar@starke-kinder.example", "phone": "0371 520174-21",
               "consent_on": "2024-12-12"},
              {"name": "Tobias Lindner", "role": "Prävention an Grundschulen",
               "email": "t.lindner@starke-kinder.example", "phone": "0371 520174-23",
               "consent_on": "2025-03-05"}],
)

provider(
    ref="lebensfragen", name="Lebensfragen e. V. – Sexualpädagogik und Familienplanung",
    legal_form="e. V.", org_type="verein",
    description=T("""
        Staatlich anerkannte Beratungsstelle für Schwangerschaft, Familienplanung und
        Sexualpädagogik. Unser sexualpädagogisches Team arbeitet altersgerecht, wertschätzend und
        vielfaltsbewusst mit Schulklassen von der Grundschule bis zur Berufsschule.
    """),
    website="https://www.lebensfragen-beratung.example", email="sexualpaedagogik@lebensfragen-beratung.example",
    phone="0371 660295-0", street="Müllerstraße 27", postcode="09113", city="Chemnitz",
    districts=["zentrum", "nord", "west", "landkreis"], verified_on="2025-03-18",
)

provider(
    ref="brueckenschlag", name="Brückenschlag – Psychosozialer Jugenddienst gGmbH",
    legal_form="gGmbH", org_type="gemeinnuetzige_gmbh",
    description=T("""
        Psychosozialer Dienst für junge Menschen zwischen 10 und 27 Jahren mit Beratungsstelle,
        Krisendienst und Präventionsteam. Psycholog*innen und Sozialarbeiter*innen arbeiten in
        Schulen zu seelischer Gesundheit, Stress, Krisen und Selbstverletzung.
    """),
    website="https://www.brueckenschlag-jugend.example", email="schule@brueckenschlag-jugend.example",
    phone="0371 447730-0", street="Zschopauer Straße 116", postcode="09126", city="Chemnitz",
    districts=["stadtweit", "landkreis"], verified_on="2025-01-14",
    contacts=[{"name": "Dr. Miriam Hähnel", "role": "Psychologische Leitung",
               "email": "m.haehnel@brueckenschlag-jugend.example", "phone": "0371 447730-30",
               "consent_on": "2025-01-14"}],
)

provider(
    ref="ev-jugendwerk-st-markus", name="Evangelisches Jugendwerk St. Markus",
    org_type="kirchlich",
    description=T("""
        Jugendwerk der Ev.-Luth. Kirchgemeinde St. Markus mit Jugendhaus, Freizeitheim im
        Erzgebirgsvorland und einem Team von Gemeinde- und Sozialpädagog*innen. Unsere
        Schulangebote stehen allen Schüler*innen offen, unabhängig von Religion und
        Weltanschauung.
    """),
    website="https://www.jugendwerk-st-markus.example", email="schule@jugendwerk-st-markus.example",
    phone="0371 300618", street="Markusplatz 2", postcode="09130", city="Chemnitz",
    districts=["ost", "nord", "zentrum", "landkreis"], verified_on="2025-04-07",
)

provider(
    ref="sv-blau-weiss", name="SV Blau-Weiß Chemnitz-Süd e. V.", legal_form="e. V.",
    org_type="verein",
    description=T("""
        Mehrspartensportverein mit rund 900 Mitgliedern. Im Projekt „Fair bleiben“ arbeiten
        lizenzierte Übungsleiter*innen und Sozialpädagog*innen mit Schulen zu Gewaltprävention,
        Teamgeist und Bewegung – im Sportunterricht, in unserer Halle und auf dem Bolzplatz.
    """),
    website="https://www.blau-weiss-sued.example", email="fairbleiben@blau-weiss-sued.example",
    phone="0371 227541", street="Sportforum Süd 1", postcode="09125", city="Chemnitz",
    districts=["sued", "zentrum", "west"], verified_on="2025-04-15",
)

provider(
    ref="konfliktkultur", name="Konfliktkultur e. V. – Mediation und Streitschlichtung",
    legal_form="e. V.", org_type="verein",
    description=T("""
        Verein von Mediator*innen, Sozialpädagog*innen und Lehrkräften. Wir bilden
        Streitschlichter*innen aus, führen den Klassenrat ein, intervenieren in akuten
        Mobbingfällen und qualifizieren Kollegien im Umgang mit Konflikten.
    """),
    website="https://www.konfliktkultur.example", email="kontakt@konfliktkultur.example",
    phone="0371 495512-0", street="Kaßbergstraße 33", postcode="09112", city="Chemnitz",
    districts=["stadtweit", "landkreis"], verified_on="2024-12-02",
)

provider(
    ref="gesundheitsladen", name="Gesundheitsladen Chemnitz e. V.", legal_form="e. V.",
    org_type="verein",
    description=T("""
        Verein für Gesundheitsförderung in Stadtteilen, Kitas und Schulen. Ökotropholog*innen,
        Sportwissenschaftler*innen und Sozialpädagog*innen arbeiten zu Ernährung, Bewegung,
        Schlaf, Körperbild und Essstörungen.
    """),
    website="https://www.gesundheitsladen-chemnitz.example", email="schulen@gesundheitsladen-chemnitz.example",
    phone="0371 571146-0", street="Am Brühl 18", postcode="09111", city="Chemnitz",
    districts=["stadtweit"], verified_on="2025-01-30",
)

provider(
    ref="erinnern-und-handeln", name="Erinnern & Handeln – Bildungsstelle gegen Antisemitismus und Rassismus e. V.",
    legal_form="e. V.", org_type="verein",
    description=T("""
        Bildungsstelle für politische Bildung, Erinnerungsarbeit und Extremismusprävention.
        Wir arbeiten mit Jugendlichen ab Klasse 8, Auszubildenden und Lehrkräften zu
        Rechtsextremismus, Antisemitismus, Rassismus, Islamismus und Hass im Netz.
    """),
    website="https://www.erinnern-und-handeln.example", email="bildung@erinnern-und-handeln.example",
    phone="0371 693302-0", street="Stollberger Straße 52", postcode="09119", city="Chemnitz",
    districts=["stadtweit", "landkreis"], verified_on="2024-11-26",
    contacts=[{"name": "Hannah Oertel", "role": "Bildungsreferentin",
               "email": "h.oertel@erinnern-und-handeln.example", "phone": "0371 693302-15",
               "consent_on": "2025-01-09"}],
)

provider(
    ref="forum-zivilcourage", name="Forum Zivilcourage und Demokratie e. V.", legal_form="e. V.",
    org_type="verein",
    description=T("""
        Netzwerk aus Jugendverbänden, Teamer*innen und Bildungsreferent*innen für
        Demokratiebildung an Schulen. Wir bieten Planspiele, Zivilcourage-Workshops,
        Schülerhaushalte und Fortbildungen an – parteipolitisch neutral und mit dem Anspruch,
        dass Schüler*innen selbst mitentscheiden.
    """),
    website="https://www.forum-zivilcourage.example", email="schule@forum-zivilcourage.example",
    phone="0371 918840-0", street="Annaberger Straße 89", postcode="09120", city="Chemnitz",
    districts=["stadtweit"], verified_on="2025-05-05",
    contacts=[{"name": "Paul Wendler", "role": "Bildungsreferent Schulprojekte",
               "email": "p.wendler@forum-zivilcourage.example", "phone": "0371 918840-22",
               "consent_on": "2025-04-28"}],
)

# Noch nicht von der Koordinierungsstelle geprüft: hat nur eingereichte Entwürfe.
provider(
    ref="jugendtreff-mosaik", name="Jugendtreff Mosaik e. V.", legal_form="e. V.",
    org_type="verein",
    description=T("""
        Interkultureller Jugend- und Familientreff im Fritz-Heckert-Gebiet. Wir bieten offene
        Jugendarbeit, Hausaufgabenhilfe, Elterncafés und Peer-Projekte an; unser Team spricht
        Arabisch, Persisch, Ukrainisch, Russisch und Deutsch.
    """),
    website="https://www.jugendtreff-mosaik.example", email="team@jugendtreff-mosaik.example",
    phone="0371 244906", street="Wilhelm-Firl-Straße 12", postcode="09122", city="Chemnitz",
    districts=["sued", "west"], verified_on=None,
)

provider(
    ref="fahrradwerkstatt-rueckenwind", name="Rückenwind – Jugendfahrradwerkstatt",
    org_type="sonstige",
    description=T("""
        Selbstverwaltete Jugendfahrradwerkstatt in einem ehemaligen Ladenlokal. Jugendliche
        reparieren hier unter Anleitung ihre Räder; für Schulen planen wir Werkstatt- und
        Verkehrsprojekte.
    """),
    email="werkstatt@rueckenwind-rad.example", phone="0371 2719904",
    street="Leipziger Straße 61", postcode="09113", city="Chemnitz",
    districts=["nord", "zentrum"], verified_on=None,
)


# --------------------------------------------------------------------------------------
# Angebote – Suchtberatung Mitte e. V.
# --------------------------------------------------------------------------------------

offer(
    "durchblick-parcours-alkohol-rauchen", "suchtberatung-mitte", awarded="2025-03-18",
    title="Durchblick – Mitmach-Parcours zu Alkohol und Rauchen",
    summary=(
        "Interaktiver Parcours mit fünf Stationen zu Alkohol, Zigaretten und E-Zigaretten für "
        "die Klassen 7 bis 9. Die Jugendlichen schätzen, wie viele Gleichaltrige wirklich "
        "trinken oder rauchen, durchschauen Werbebotschaften und üben das Neinsagen – ohne "
        "erhobenen Zeigefinger und ohne Schockbilder."
    ),
    description=T("""
        Der Parcours wird in der Turnhalle oder Aula aufgebaut. Die Klasse durchläuft in
        Kleingruppen fünf Stationen à 15 Minuten: „Schätzen und Staunen“ (Wie viele in meinem
        Alter trinken wirklich?), „Werbung entlarvt“, „Was macht Alkohol im Körper?“,
        „Nein sagen – aber wie?“ und „Hilfe holen“. An jeder Station arbeitet eine geschulte
        Fachkraft mit der Gruppe.

        Zum Abschluss trifft sich die Klasse im Stuhlkreis. Die Jugendlichen vergleichen ihre
        Schätzungen mit den Zahlen aus aktuellen Jugendbefragungen und halten fest, was sie
        überrascht hat. Die Lehrkraft erhält ein Heft mit drei Anschlussstunden für den
        Unterricht.

        An einem Vormittag können zwei Klassen nacheinander teilnehmen.
    """),
    goals=T("""
        Die Schüler*innen können benennen, dass die Mehrheit der Gleichaltrigen keinen oder nur
        selten Alkohol trinkt und nicht raucht.

        Die Schüler*innen können mindestens drei Wege beschreiben, ein Getränk oder eine
        Zigarette abzulehnen, ohne das Gesicht zu verlieren.

        Die Schüler*innen können zwei typische Werbestrategien für Alkohol, Zigaretten und
        Vapes erkennen.

        Die Schüler*innen kennen eine Anlaufstelle in der Stadt, an die sie sich bei Fragen zu
        Konsum wenden können.
    """),
    theory=T("""
        Social-Norms-Ansatz: Jugendliche überschätzen den Konsum ihrer Altersgruppe; die
        Korrektur dieser Fehlwahrnehmung senkt den wahrgenommenen Gruppendruck. Ergänzend
        Lebenskompetenzansatz (Standfestigkeit, kritisches Denken gegenüber Werbung).
        Interaktive Methoden statt Abschreckung, wie es die Qualitätsstandards der schulischen
        Suchtprävention empfehlen.
    """),
    need=T("""
        Die letzte kommunale Jugendbefragung zeigt einen ersten Alkoholrausch häufig mit 13 oder
        14 Jahren und einen deutlichen Anstieg beim Gebrauch von Einweg-E-Zigaretten. Die
        Schulsozialarbeit vieler Oberschulen hat ausdrücklich nach einem Angebot für Klasse 7
        gefragt.
    """),
    fields=["sucht"], topics=["alkohol", "tabak"], audiences=["schueler"], grades=(7, 9),
    school_types=WEITERF_FS, levels=["universell"], formats=["theater", "projekttag"],
    duration=(2, "unterrichtsstunden"), sessions=1, group=(15, 28), staff_count=3,
    staff_qualification=T("""
        Sozialpädagog*innen der Fachstelle Suchtprävention mit Zusatzqualifikation
        Suchtprävention und geschulte Honorarkräfte (Studierende der Sozialen Arbeit). Alle
        Durchführenden legen ein erweitertes Führungszeugnis vor.
    """),
    venues=["schule"], cost=(5, "pro_person"),
    cost_note="Mindestens 75 Euro pro Termin. Der Parcours-Aufbau ist im Preis enthalten.",
    funding_note="Förderung über das Schulbudget oder den städtischen Präventionsfonds möglich; wir helfen beim Antrag.",
    booking_info=T("""
        Anfrage per E-Mail mit Schule, Klassenstufe, Anzahl der Klassen und zwei
        Wunschterminen. Der Parcours ist im Schuljahr 2026/27 dienstags bis donnerstags
        buchbar; Termine werden in der Reihenfolge der Anfragen vergeben.
    """),
    lead_time_weeks=6,
    requirements=T("""
        Turnhalle oder Aula mit mindestens 100 m², sechs Tische und Stühle für die
        Abschlussrunde. Aufbau 45 Minuten vor Beginn. Eine Lehrkraft ist während des
        Parcours anwesend.
    """),
    preparation="Vorab ein kurzes Telefonat mit der Klassenleitung; danach Anschlussheft mit drei Unterrichtsstunden.",
    curriculum_link="Biologie Klasse 8 (Gesundheit, Sucht- und Genussmittel), Ethik Klasse 7 (Gruppe und Verantwortung).",
    evaluation_kind="feedback",
    evaluation_summary=T("""
        Kurze Feedbackbögen für Schüler*innen und Lehrkraft nach jedem Termin. 2025 haben 86 %
        der Jugendlichen den Parcours als „interessant“ oder „sehr interessant“ bewertet; die
        Station „Werbung entlarvt“ wurde daraufhin um Vape-Werbung auf Social Media ergänzt.
    """),
    external_rating="Grüne Liste Prävention, Stufe 1 (Effektivität theoretisch gut begründet)",
    external_rating_url=GRUENE_LISTE + "durchblick-parcours",
)

offer(
    "cannabis-was-stimmt", "suchtberatung-mitte", awarded="2025-05-06",
    title="Cannabis – was stimmt? Workshop nach der Teillegalisierung",
    summary=(
        "Seit April 2024 ist Cannabis für Erwachsene teilweise legal – viele Jugendliche "
        "halten es deshalb für harmlos. Im Workshop klären die Klassen 8 bis 10 Mythen und "
        "Fakten, besprechen die Rechtslage für unter 18-Jährige und üben, in "
        "Gruppensituationen eigene Entscheidungen zu treffen."
    ),
    description=T("""
        Zum Einstieg positionieren sich die Jugendlichen auf einer Linie „stimmt – stimmt
        nicht“ zu Aussagen wie „Cannabis ist natürlich, also harmlos“ oder „Ab 18 darf man
        überall kiffen“. Danach arbeiten Kleingruppen mit Fallkarten zu Wirkung, Risiken für das
        sich entwickelnde Gehirn, Mischkonsum und Rechtslage (Konsumcannabisgesetz,
        Jugendschutz, Führerschein).

        Im zweiten Teil spielen die Jugendlichen Situationen auf einer Party oder im Park in
        kurzen Rollenspielen durch und entwickeln eigene Antworten. Ein anonymer
        Fragenbriefkasten sorgt dafür, dass auch unangenehme Fragen beantwortet werden.

        Der Workshop findet ohne Lehrkraft im Raum statt, damit offen gesprochen werden kann.
        Vorher und nachher gibt es ein kurzes Gespräch mit der Klassenleitung.
    """),
    goals=T("""
        Die Schüler*innen können die Rechtslage zu Cannabis für Minderjährige korrekt
        wiedergeben.

        Die Schüler*innen können drei gesundheitliche Risiken von Cannabiskonsum im Jugendalter
        nennen.

        Die Schüler*innen können den Unterschied zwischen Probierkonsum und riskantem Konsum
        erklären und zwei Warnzeichen benennen.

        Die Schüler*innen wissen, wo sie anonyme Beratung erhalten.
    """),
    theory=T("""
        Lebenskompetenzansatz und Risikokompetenz: Jugendliche sollen informierte
        Entscheidungen treffen können, statt nur Verbote zu hören. Social-Norms-Ansatz gegen
        die Überschätzung des Konsums unter Gleichaltrigen. Die Gesprächsführung folgt der
        Haltung der motivierenden Gesprächsführung; auf Abschreckung wird bewusst verzichtet.
    """),
    need=T("""
        Seit der Teillegalisierung erreichen uns deutlich mehr Anfragen von Schulen; Lehrkräfte
        berichten von Unsicherheit, wie sie über Cannabis sprechen sollen.
    """),
    fields=["sucht"], topics=["cannabis", "illegale_drogen"], audiences=["schueler"],
    grades=(8, 10), school_types=WEITERF, levels=["universell"], formats=["workshop"],
    duration=(4, "unterrichtsstunden"), sessions=1, group=(12, 28), staff_count=2,
    staff_qualification=T("""
        Zwei Fachkräfte der Suchtberatung (Sozialarbeit B. A. bzw. Psychologie M. Sc.) mit
        Fortbildung in schulischer Suchtprävention; erweitertes Führungszeugnis liegt vor.
    """),
    venues=["schule"], cost=(150, "pro_klasse"),
    cost_note="Bei zwei Klassen am selben Tag 260 Euro.",
    funding_note="Förderung über Schulbudget / Bildungspaket möglich.",
    booking_info="Buchung per E-Mail oder Telefon; Termine im Schuljahr 2026/27 montags bis freitags zwischen 8 und 14 Uhr.",
    lead_time_weeks=6,
    requirements="Klassenraum mit beweglichen Tischen, Beamer mit HDMI-Anschluss; die Lehrkraft ist im Haus erreichbar, aber nicht im Raum.",
    preparation="Elternbrief zum Workshop (Vorlage stellen wir); Materialblatt für eine Nachbereitungsstunde.",
    curriculum_link="Biologie Klasse 8 (Sucht- und Genussmittel), Gemeinschaftskunde (Recht und Jugendschutz).",
    evaluation_kind="feedback",
    evaluation_summary="Feedbackbögen für Schüler*innen und Lehrkräfte; Auswertung halbjährlich im Team.",
    update=("draft", dict(
        cost=(180, "pro_klasse"),
        cost_note="Ab 1. Februar 2027: bei zwei Klassen am selben Tag 320 Euro.",
        booking_info=T("""
            Buchung per E-Mail oder Telefon. Ab Februar 2027 neue Termine: dienstags und
            donnerstags, auf Wunsch auch als Doppeltermin für zwei Parallelklassen.
        """),
    )),
)

offer(
    "elternabend-pubertaet-alkohol-cannabis", "suchtberatung-mitte", awarded="2025-09-23",
    title="Elternabend: Pubertät, Alkohol und Cannabis – wie spreche ich mit meinem Kind?",
    summary=(
        "Gesprächsabend für Eltern von Kindern der Klassen 6 bis 9. Eltern erfahren, was "
        "Jugendliche tatsächlich konsumieren, welche Regeln zu Hause wirken und wie sie im "
        "Gespräch bleiben, wenn ihr Kind schon Erfahrungen mit Alkohol, Vapes oder Cannabis "
        "gemacht hat."
    ),
    description=T("""
        Nach einem kurzen Input (20 Minuten) zu Konsumzahlen, Jugendschutzgesetz und
        Entwicklung in der Pubertät arbeiten die Eltern in kleinen Runden an typischen
        Situationen: Die Tochter will auf eine Party, der Sohn riecht nach Cannabis, im
        Kinderzimmer liegt eine Vape.

        Gemeinsam sammeln die Eltern Haltungen und Formulierungen, die Grenzen setzen, ohne den
        Kontakt abzubrechen. Zum Schluss stellen wir die Beratungsangebote für Familien vor.
        Mit Sprachmittlung auf Arabisch und Ukrainisch; das Handout gibt es in beiden Sprachen.
    """),
    goals=T("""
        Die Eltern können drei Regeln formulieren, die sie mit ihrem Kind zu Alkohol, Rauchen
        und Cannabis vereinbaren wollen.

        Die Eltern kennen die Altersgrenzen des Jugendschutzgesetzes und des
        Konsumcannabisgesetzes.

        Die Eltern kennen mindestens eine Beratungsstelle für Familien in der Stadt.
    """),
    theory=T("""
        Familienbezogene Suchtprävention: Klare Regeln, elterliches Interesse am Alltag des
        Kindes und eine warme Beziehung gelten als Schutzfaktoren gegen frühen
        Substanzkonsum. Der Abend setzt auf Austausch der Eltern untereinander und auf die
        Grundhaltung der motivierenden Gesprächsführung.
    """),
    fields=["sucht"], topics=["alkohol", "cannabis", "tabak"], audiences=["eltern"],
    grades=(6, 9), levels=["universell"], formats=["elternabend", "vortrag"],
    duration=(2, "zeitstunden"), sessions=1, group=(10, 60), staff_count=1,
    staff_qualification="Diplom-Sozialpädagogin mit Weiterbildung in systemischer Familienberatung und Suchtprävention.",
    venues=["schule"],
    funding_note="Kostenfrei dank Förderung durch das Gesundheitsamt der Stadt.",
    booking_info="Terminabsprache per E-Mail; Elternabende finden montags bis donnerstags ab 18 Uhr statt.",
    lead_time_weeks=4,
    requirements="Raum für die Elternschaft mit Beamer; eine Ansprechperson der Schule ist anwesend.",
    preparation="Einladungstext für die Eltern stellen wir in Deutsch, Arabisch und Ukrainisch bereit.",
    evaluation_kind="feedback",
    evaluation_summary="Kurzer Rückmeldezettel für Eltern; Rücklauf 2025 rund 70 %.",
    languages=["de", "ar", "uk"],
    accessibility_note="Sprachmittlung nach Absprache; der Raum sollte barrierefrei erreichbar sein.",
)

offer(
    "rauchfrei-durchstarten", "suchtberatung-mitte", awarded="2025-02-11",
    title="Rauchfrei durchstarten – Unterrichtsreihe zu Zigaretten, E-Zigaretten und Vapes",
    summary=(
        "Vier Unterrichtsstunden für die Klassen 5 bis 7, die die Lehrkraft nach einer kurzen "
        "Einweisung selbst durchführt. Die Kinder untersuchen, wie Einweg-Vapes beworben "
        "werden, üben das Ablehnen und entscheiden als Klasse, ob sie sich gemeinsam "
        "rauchfrei verpflichten."
    ),
    description=T("""
        Die Reihe besteht aus vier aufeinander aufbauenden Stunden: (1) Was wissen wir über
        Rauchen und Dampfen? (2) Bunte Vapes – wer verdient daran? (3) Nein sagen und trotzdem
        dazugehören. (4) Unser Klassenvertrag. Alle Arbeitsblätter, Bildkarten und ein
        Leitfaden für Lehrkräfte werden gestellt.

        Vorab gibt es eine 90-minütige Einweisung für die durchführenden Lehrkräfte beim Träger
        oder online. Auf Wunsch kommt eine Fachkraft der Suchtberatung in der vierten Stunde in
        die Klasse und beantwortet Fragen.
    """),
    goals=T("""
        Die Schüler*innen können zwei gesundheitliche Folgen des Rauchens und Dampfens nennen,
        die schon im Jugendalter auftreten.

        Die Schüler*innen können an einem Werbebeispiel erklären, wie Vapes für Kinder und
        Jugendliche attraktiv gemacht werden.

        Die Schüler*innen können in einem Rollenspiel ein Angebot zum Rauchen ablehnen.
    """),
    theory=T("""
        Lebenskompetenzansatz: Förderung von Standfestigkeit, kritischem Denken und
        Entscheidungsfähigkeit. Die Klassenvereinbarung nutzt den Effekt öffentlicher
        Selbstverpflichtung und stärkt die Nichtraucher-Norm in der Klasse. Die Durchführung
        durch die eigene Lehrkraft sichert Kontinuität und Anschlussgespräche.
    """),
    fields=["sucht", "gesundheit"], topics=["tabak"], audiences=["schueler", "lehrkraefte"],
    grades=(5, 7), school_types=WEITERF_FS, levels=["universell"],
    formats=["unterrichtseinheit"], duration=(4, "unterrichtsstunden"), sessions=4,
    group=(10, 30), staff_count=1,
    staff_qualification="Durchführung durch die Lehrkraft nach Einweisung durch eine Fachkraft für Suchtprävention (Sozialpädagogin, Zusatzqualifikation Suchtprävention).",
    venues=["schule"],
    booking_info="Anmeldung zur Einweisung per E-Mail; Einweisungen finden jeden ersten Mittwoch im Monat um 15 Uhr statt. Das Material wird danach ausgegeben.",
    lead_time_weeks=2,
    requirements="Klassenraum mit Tafel oder Beamer. Die Lehrkraft nimmt vorab an der Einweisung teil.",
    preparation="Leitfaden mit Stundenverläufen, Kopiervorlagen und Elternbrief.",
    curriculum_link="Biologie Klasse 6/7, Ethik Klasse 5 (Ich und die anderen), Klassenleiterstunden.",
    evaluation_kind="prozess",
    evaluation_summary=T("""
        Prozessevaluation im Schuljahr 2024/25 in 14 Klassen: 12 von 14 Lehrkräften haben alle
        vier Stunden durchgeführt. Die Rückmeldebögen der Kinder zeigen die höchste Zustimmung
        zu den Stunden 2 und 3; Stunde 1 wurde daraufhin gekürzt.
    """),
)

offer(
    "zocken-wetten-lootboxen", "suchtberatung-mitte", awarded="2025-10-14",
    title="Zocken, Wetten, Lootboxen – Workshop zu Glücksspiel und Gaming",
    summary=(
        "Sportwetten-Werbung, Lootboxen und Skins: Glücksspielähnliche Elemente sind im Alltag "
        "von Jugendlichen angekommen. Der Workshop für die Klassen 8 bis 12 zeigt, wie diese "
        "Mechanismen funktionieren, und hilft, das eigene Spiel- und Wettverhalten realistisch "
        "einzuschätzen."
    ),
    description=T("""
        Die Jugendlichen spielen zunächst ein einfaches Würfel- und Kartenspiel, bei dem sie
        Punkte setzen – und stellen fest, dass am Ende immer die „Bank“ gewinnt. Daran
        anschließend untersuchen sie Lootbox-Mechaniken aus bekannten Spielen und
        Sportwetten-Werbespots.

        Im zweiten Teil reflektieren sie mit einem anonymen Selbsttest ihr eigenes
        Spielverhalten und sammeln Warnsignale. Wir stellen die Online-Beratung für
        Jugendliche vor und besprechen, wie man Freund*innen anspricht, die zu viel zocken oder
        wetten.
    """),
    goals=T("""
        Die Schüler*innen können erklären, warum Glücksspielanbieter langfristig immer gewinnen
        (Hausvorteil).

        Die Schüler*innen können drei Merkmale glücksspielähnlicher Mechaniken in Games
        benennen, z. B. Lootboxen, zufällige Belohnungen und virtuelle Währungen.

        Die Schüler*innen können zwei Warnsignale für problematisches Spielverhalten nennen und
        kennen ein anonymes Hilfeangebot.
    """),
    theory=T("""
        Risikokompetenzansatz und Medienkompetenz: Wer die Mechanismen durchschaut, kann Anreize
        bewusster bewerten. Erfahrungsorientiertes Lernen durch Simulation; der Selbsttest ist
        ein Anstoß zur Selbstreflexion im Sinne einer Kurzintervention.
    """),
    fields=["sucht", "medien"], topics=["gluecksspiel", "mediensucht"],
    audiences=["schueler", "auszubildende"], grades=(8, 12), school_types=SEK_BBS,
    levels=["universell"], formats=["workshop"], duration=(3, "unterrichtsstunden"),
    sessions=1, group=(12, 28), staff_count=2,
    staff_qualification="Fachkräfte der Suchtberatung mit Schulung der Landesfachstelle Glücksspielsucht; erweitertes Führungszeugnis.",
    venues=["schule"],
    funding_note="Für Schulen kostenfrei, finanziert aus Landesmitteln zur Glücksspielsuchtprävention.",
    booking_info="Anfrage per E-Mail mit Klassenstufe und Wunschtermin; begrenztes Kontingent von 30 Workshops pro Schuljahr.",
    lead_time_weeks=4,
    requirements="Klassenraum, Beamer und Lautsprecher; die Jugendlichen brauchen kein eigenes Gerät.",
    curriculum_link="Mathematik Klasse 8/9 (Wahrscheinlichkeit), Informatik, Wirtschaft/Technik.",
    evaluation_kind="feedback",
    evaluation_summary="Feedbackbögen nach jedem Workshop; Auswertung im Jahresbericht der Fachstelle.",
)

offer(
    "weitblick-fruehintervention", "suchtberatung-mitte", awarded="2026-02-03",
    title="Weitblick – Kurs für Jugendliche nach ersten Auffälligkeiten mit Alkohol oder Cannabis",
    summary=(
        "Freiwilliger Kurs für 14- bis 21-Jährige, die mit Alkohol oder Cannabis aufgefallen "
        "sind – in der Schule, bei der Polizei oder im Ausbildungsbetrieb. In einem "
        "Vorgespräch und vier Gruppenterminen überprüfen die Jugendlichen ihren Konsum und "
        "setzen sich eigene Ziele."
    ),
    description=T("""
        Schulen, Schulsozialarbeit oder Eltern vermitteln die Jugendlichen an uns. Im
        Einzelvorgespräch klären wir die Situation und die Motivation. Danach folgen vier
        Gruppentermine à zwei Stunden in den Räumen der Suchtberatung, jeweils dienstags am
        Nachmittag.

        Themen sind Wirkungen und Risiken, eigene Konsummuster, rechtliche Folgen und
        persönliche Ziele. Am Ende erhalten die Jugendlichen eine Teilnahmebestätigung, die sie
        zum Beispiel der Schule vorlegen können. Inhalte aus der Gruppe geben wir nicht an die
        Schule weiter.
    """),
    goals=T("""
        Die Teilnehmenden können ihr eigenes Konsummuster anhand eines Konsumtagebuchs
        beschreiben.

        Die Teilnehmenden formulieren ein persönliches, überprüfbares Veränderungsziel (z. B.
        kein Konsum an Schultagen).

        Die Teilnehmenden kennen die weiterführenden Hilfen der Suchtberatung und wissen, wie
        sie einen Termin vereinbaren.
    """),
    theory=T("""
        Indizierte Prävention nach dem Modell der Frühintervention: motivierende
        Gesprächsführung (Miller/Rollnick) und Transtheoretisches Modell der
        Verhaltensänderung. Das Gruppenformat nutzt die Erfahrungen Gleichaltriger; der frühe
        Zeitpunkt soll verhindern, dass sich riskante Konsummuster verfestigen.
    """),
    need=T("""
        Schulen melden zunehmend Vorfälle mit Cannabis auf dem Schulgelände. Bisher fehlte ein
        kurzes, verbindliches Angebot zwischen einem einmaligen Gespräch und einer Therapie.
    """),
    fields=["sucht"], topics=["alkohol", "cannabis", "illegale_drogen"],
    audiences=["schueler", "auszubildende"], grades=(8, 13), ages=(14, 21),
    school_types=SEK_BBS + ["foerderschule"], levels=["selektiv", "indiziert"],
    formats=["beratung", "workshop"], duration=(9, "zeitstunden"), sessions=5, group=(4, 10),
    staff_count=2,
    staff_qualification="Suchtberater*innen mit Zertifikat in motivierender Gesprächsführung und mehrjähriger Erfahrung in der Jugendsuchtberatung.",
    venues=["traeger"],
    booking_info=T("""
        Vermittlung durch Schule, Schulsozialarbeit oder Eltern per Telefon oder E-Mail; die
        Jugendlichen melden sich anschließend selbst zum Vorgespräch an. Neue Kurse beginnen
        alle sechs Wochen.
    """),
    lead_time_weeks=1,
    requirements="Freiwillige Teilnahme und Einverständnis der Erziehungsberechtigten bei unter 16-Jährigen.",
    evaluation_kind="extern",
    evaluation_summary=T("""
        Begleitevaluation durch eine sächsische Hochschule 2023/24 mit Nachbefragung nach drei
        Monaten: Bei knapp zwei Dritteln der Teilnehmenden sank die Konsumhäufigkeit, die
        Abbruchquote lag unter 15 %.
    """),
    external_rating="Grüne Liste Prävention, Stufe 2 (Effektivität wahrscheinlich)",
    external_rating_url=GRUENE_LISTE + "weitblick",
    accessibility_note="Räume im Erdgeschoss, barrierefrei erreichbar.",
)


# --------------------------------------------------------------------------------------
# Angebote – Netzwerk Medienkompass e. V.
# --------------------------------------------------------------------------------------

offer(
    "cybermobbing-nicht-mit-uns", "medienkompass", awarded="2025-01-07",   # Verlängerung fällig
    title="Cybermobbing? Nicht mit uns! – Workshop für die Klassen 5 bis 7",
    summary=(
        "Beleidigende Sprachnachrichten, heimlich geteilte Fotos, Ausschluss aus dem "
        "Klassenchat: Im Workshop erkennen Schüler*innen der Klassen 5 bis 7, wo Spaß aufhört "
        "und Cybermobbing beginnt. Sie erarbeiten Regeln für ihren Klassenchat und üben, "
        "Betroffene zu unterstützen."
    ),
    description=T("""
        Der Workshop beginnt mit einer Positionslinie: „Ist das noch Spaß?“ Anhand
        nachgestellter Chatverläufe diskutieren die Kinder, wie sich Betroffene, Täter*innen und
        Zuschauende fühlen. Danach lernen sie die Funktionen zum Melden, Blockieren und Sichern
        von Beweisen in gängigen Messengern kennen.

        Im zweiten Teil entwickelt die Klasse eigene Chat-Regeln, hält sie auf einem Plakat fest
        und vereinbart sie mit der Klassenleitung. Ein Elternbrief mit Tipps zum Umgang mit
        Cybermobbing wird mitgegeben; ergänzend bieten wir einen Elternabend an.
    """),
    goals=T("""
        Die Schüler*innen können Cybermobbing von einem einmaligen Streit unterscheiden und drei
        Formen von Cybermobbing benennen.

        Die Schüler*innen können in einem Messenger zeigen, wie man Inhalte meldet, Personen
        blockiert und Beweise per Screenshot sichert.

        Die Klasse beschließt mindestens fünf Regeln für ihren Klassenchat.
    """),
    theory=T("""
        Bystander-Ansatz: Zuschauende sind der wichtigste Hebel gegen (Cyber-)Mobbing; der
        Workshop stärkt ihre Bereitschaft einzugreifen. Ergänzend Lebenskompetenzansatz
        (Empathie, Kommunikation) und partizipative Regelbildung, die die Verbindlichkeit in
        der Klasse erhöht.
    """),
    need=T("""
        Konflikte in Klassenchats sind laut Schulsozialarbeit der häufigste Anlass für
        Interventionen in den Klassen 5 und 6; viele Kinder bekommen beim Wechsel an die
        weiterführende Schule ihr erstes Smartphone.
    """),
    fields=["medien", "gewalt"], topics=["cybermobbing", "mobbing", "datenschutz"],
    audiences=["schueler"], grades=(5, 7), school_types=WEITERF_FS, levels=["universell"],
    formats=["workshop"], duration=(4, "unterrichtsstunden"), sessions=1, group=(12, 30),
    staff_count=2,
    staff_qualification="Medienpädagog*innen (M. A. Medienpädagogik bzw. Soziale Arbeit mit Zertifikat Medienpädagogik); erweitertes Führungszeugnis.",
    venues=["schule"], cost=(180, "pro_klasse"),
    cost_note="Der Elternabend zum Thema kann für 90 Euro zusätzlich gebucht werden.",
    funding_note="Förderung über Schulbudget / Bildungspaket möglich.",
    booking_info="Buchung über das Anfrageformular auf unserer Website oder per E-Mail; bitte Klassenstufe, Schülerzahl und drei Terminvorschläge angeben.",
    lead_time_weeks=6,
    requirements="Klassenraum mit Beamer und WLAN; die Lehrkraft ist anwesend, hält sich aber im Hintergrund.",
    preparation="Elternbrief und eine Nachbereitungsstunde „Unser Klassenchat nach vier Wochen“.",
    curriculum_link="Überfachliches Ziel Medienbildung; Ethik Klasse 5/6; Deutsch Klasse 6 (Kommunikation).",
    evaluation_kind="feedback",
    evaluation_summary="Feedback per Handzeichen-Abfrage und Bogen für die Lehrkraft; Rücklauf 2025: 41 Lehrkräfte-Bögen.",
)

offer(
    "fake-news-detektive", "medienkompass", awarded="2025-06-17",
    title="Fake-News-Detektive – Projekttag Nachrichtenkompetenz",
    summary=(
        "Ein Projekttag für die Klassen 8 bis 10, an dem Jugendliche wie eine "
        "Faktencheck-Redaktion arbeiten: Sie prüfen virale Videos, Bilder und Behauptungen mit "
        "einfachen Recherchewerkzeugen und lernen, wie Desinformation und "
        "Verschwörungserzählungen Aufmerksamkeit erzeugen."
    ),
    description=T("""
        Am Vormittag lernen die Jugendlichen typische Muster von Fake News kennen: aus dem
        Zusammenhang gerissene Bilder, erfundene Zitate, gefälschte Absender. Sie üben die
        umgekehrte Bildersuche, die Prüfung von Impressum und Quelle und das „seitliche Lesen“
        über mehrere Seiten hinweg.

        Am Nachmittag recherchieren Redaktionsteams zu echten Beispielen aus sozialen
        Netzwerken und präsentieren ihre Ergebnisse in einem kurzen Faktencheck-Video oder auf
        einem Plakat.

        Zum Abschluss sprechen wir darüber, warum Menschen Falschmeldungen teilen und wie man mit
        Familie und Freund*innen darüber reden kann, ohne zu streiten.
    """),
    goals=T("""
        Die Schüler*innen können vier Prüfschritte für eine Online-Meldung anwenden: Quelle,
        Datum, Bildherkunft, Gegenrecherche.

        Die Schüler*innen können mit einer umgekehrten Bildersuche die Herkunft eines Bildes
        ermitteln.

        Die Schüler*innen können zwei Merkmale von Verschwörungserzählungen benennen.
    """),
    theory=T("""
        Medienkompetenzmodell nach Baacke (Medienkritik, Medienkunde, Mediengestaltung) und
        Ansatz des „lateralen Lesens“ aus der Forschung zur Online-Quellenbewertung.
        Inokulationsansatz: Die bewusste Auseinandersetzung mit Manipulationstechniken macht
        weniger anfällig. Handlungsorientierte Medienarbeit verankert die Prüfschritte, weil
        die Jugendlichen selbst einen Faktencheck produzieren.
    """),
    fields=["medien", "demokratie"], topics=["fake_news", "verschwoerungserzaehlungen"],
    audiences=["schueler"], grades=(8, 10), school_types=WEITERF, levels=["universell"],
    formats=["projekttag"], duration=(1, "tage"), sessions=1, group=(15, 28), staff_count=2,
    staff_qualification="Medienpädagogin und Journalist mit Erfahrung in Faktencheck-Redaktionen; beide mit erweitertem Führungszeugnis.",
    venues=["schule"], cost=(240, "pro_klasse"),
    cost_note="Inklusive Leih-Tablets für die ganze Klasse.",
    funding_note="Förderung über Schulbudget / Bildungspaket möglich.",
    booking_info="Anfrage per E-Mail; Projekttage dauern von 8 bis 14 Uhr und sind im Schuljahr 2026/27 mittwochs und freitags buchbar.",
    lead_time_weeks=8,
    requirements="Ein großer Raum oder zwei benachbarte Räume, stabiles WLAN für 15 Geräte, Beamer. Tablets bringen wir mit.",
    preparation="Optional: Vorbereitungsstunde „Wo informiere ich mich?“ mit Arbeitsblatt.",
    curriculum_link="Deutsch Klasse 8/9 (Sachtexte und Medien), Gemeinschaftskunde, überfachliches Ziel Medienbildung.",
    evaluation_kind="prozess",
    evaluation_summary=T("""
        Zu Beginn und am Ende des Tages lösen die Jugendlichen je eine kurze Prüfaufgabe. 2025
        erkannten am Ende 78 % eine manipulierte Meldung, zu Beginn waren es 41 %.
    """),
)

offer(
    "elternabend-erstes-smartphone", "medienkompass", awarded="2025-04-08",
    title="Elternabend: Das erste Smartphone – begleiten statt verbieten",
    summary=(
        "Ab wann ein eigenes Handy? Welche Apps, welche Regeln, welche Einstellungen? Der "
        "Elternabend für Eltern von Kindern der Klassen 3 bis 6 gibt praktische Antworten und "
        "zeigt, wie Familien gemeinsam einen Mediennutzungsvertrag aushandeln."
    ),
    description=T("""
        Der Abend beginnt mit einer kurzen Umfrage unter den Eltern zu ihren größten Sorgen.
        Danach zeigen wir live am Beamer die wichtigsten Einstellungen für Kinderhandys:
        Bildschirmzeit, Jugendschutzfilter, Altersfreigaben, Privatsphäre in Messengern und das
        Sperren von In-App-Käufen.

        Im zweiten Teil geht es um Regeln: Wann ist das Handy nachts aus? Wie gehen wir mit dem
        Klassenchat um? Die Eltern erhalten eine Vorlage für einen Mediennutzungsvertrag und eine
        Übersicht über Beratungsangebote. Es bleibt ausreichend Zeit für Fragen.
    """),
    goals=T("""
        Die Eltern können die Bildschirmzeit- und Jugendschutzeinstellungen eines Smartphones
        finden und einstellen.

        Die Eltern kennen die Altersgrenzen gängiger Messenger und sozialer Netzwerke.

        Die Eltern gehen mit einem Entwurf für Familienregeln zur Handynutzung nach Hause.
    """),
    theory=T("""
        Aktive Medienerziehung: Gemeinsame Regeln und Gespräche schützen Kinder wirksamer als
        reine Verbote oder Überwachung (Modell der aktiven Mediation aus der
        Medienerziehungsforschung). Eltern sind die wichtigsten Multiplikator*innen für den
        Medienalltag jüngerer Kinder.
    """),
    fields=["medien"], topics=["datenschutz", "mediensucht", "cybergrooming"],
    audiences=["eltern"], grades=(3, 6), school_types=["grundschule", "oberschule", "gymnasium"],
    levels=["universell"], formats=["elternabend", "vortrag"], duration=(2, "zeitstunden"),
    sessions=1, group=(10, 80), staff_count=1,
    staff_qualification="Medienpädagoge (M. A.), seit 2016 in der Elternarbeit tätig.",
    venues=["schule"], cost=(120, "pauschal"),
    cost_note="Inklusive Handout und Vorlage für den Mediennutzungsvertrag in digitaler Form.",
    booking_info="Anfrage per E-Mail mit Wunschtermin und erwarteter Teilnehmerzahl; Elternabende montags bis donnerstags ab 17:30 Uhr.",
    lead_time_weeks=4,
    requirements="Raum mit Beamer, Leinwand und WLAN; Mikrofon ab 40 Personen.",
    evaluation_kind="feedback",
    evaluation_summary="Rückmeldekarten am Ausgang; die Fragen der Eltern fließen in die jährliche Überarbeitung der Handouts ein.",
    update=("submitted", dict(
        description=T("""
            Der Abend beginnt mit einer kurzen Umfrage unter den Eltern zu ihren größten
            Sorgen. Danach zeigen wir live am Beamer die wichtigsten Einstellungen für
            Kinderhandys: Bildschirmzeit, Jugendschutzfilter, Altersfreigaben, Privatsphäre in
            Messengern und das Sperren von In-App-Käufen.

            Im zweiten Teil geht es um Regeln: Wann ist das Handy nachts aus? Wie gehen wir mit
            dem Klassenchat um? Die Eltern erhalten eine Vorlage für einen
            Mediennutzungsvertrag und eine Übersicht über Beratungsangebote.

            Neu ab Februar 2027: Der Elternabend kann auch als Online-Veranstaltung gebucht
            werden; die Eltern sehen die Einstellungen dann direkt auf dem geteilten Bildschirm.
        """),
        formats=["elternabend", "vortrag", "online"], venues=["schule", "online"],
        cost=(140, "pauschal"),
        cost_note="Inklusive Handout und Vertragsvorlage. Online-Variante ebenfalls 140 Euro.",
        booking_info="Anfrage per E-Mail; ab Februar 2027 Präsenztermine montags bis donnerstags ab 17:30 Uhr, Online-Termine zusätzlich freitags.",
    )),
)

offer(
    "medienscouts-ausbildung", "medienkompass", awarded="2025-08-26",
    title="Medienscouts – Ausbildung von Schüler*innen zu Ansprechpartner*innen für Medienfragen",
    summary=(
        "Acht bis vierzehn Schüler*innen der Klassen 7 bis 10 werden in fünf Modulen zu "
        "Medienscouts ausgebildet. Danach beraten sie jüngere Mitschüler*innen zu "
        "Cybermobbing, Datenschutz und Handyzeiten, gestalten Workshops für 5. Klassen und "
        "werden dabei von zwei Lehrkräften begleitet."
    ),
    description=T("""
        Die Ausbildung umfasst fünf Module à vier Unterrichtsstunden über ein Schulhalbjahr:
        Sicher im Netz, Cybermobbing, Selbstdarstellung und Datenschutz, Gaming und
        Zeitmanagement sowie Beratung und Gesprächsführung. Parallel werden zwei Lehrkräfte als
        Begleitung qualifiziert.

        Zum Abschluss planen die Medienscouts eine eigene Aktion – etwa eine Sprechstunde in der
        Mittagspause oder einen Workshop für die neuen 5. Klassen – und führen sie mit unserer
        Unterstützung durch. Einmal im Jahr treffen sich alle Medienscouts der Stadt.
    """),
    goals=T("""
        Die Medienscouts können einen 45-minütigen Workshop zu einem Medienthema für jüngere
        Schüler*innen selbstständig durchführen.

        Die Medienscouts können ein Beratungsgespräch nach einem einfachen Gesprächsleitfaden
        führen und wissen, wann sie an Erwachsene weiterverweisen müssen.

        Die Schule hat nach einem Jahr eine feste Anlaufstelle für Medienfragen mit zwei
        begleitenden Lehrkräften.
    """),
    theory=T("""
        Peer-Education: Jugendliche werden von Gleichaltrigen leichter erreicht, und die Peers
        selbst profitieren besonders stark. Empowerment und Partizipation: Die Schüler*innen
        gestalten das Angebot an ihrer Schule selbst; die Begleitung durch Lehrkräfte sichert die
        Verstetigung.
    """),
    fields=["medien", "soziales_lernen"], topics=["cybermobbing", "datenschutz", "mediensucht"],
    audiences=["schueler", "multiplikatoren", "lehrkraefte"], grades=(7, 10),
    school_types=WEITERF_FS, levels=["universell"], formats=["peer_projekt", "fortbildung"],
    duration=(20, "unterrichtsstunden"), sessions=5, group=(8, 14), staff_count=2,
    staff_qualification="Zwei Medienpädagog*innen mit Erfahrung in Peer-Projekten; erweitertes Führungszeugnis.",
    venues=["schule", "traeger"], cost=(900, "pauschal"),
    cost_note="Pauschale für die gesamte Ausbildung einschließlich Materialkoffer und Begleitung der ersten Aktion.",
    funding_note="Förderung über das Landesprogramm Schulsozialarbeit oder den städtischen Präventionsfonds möglich; wir beraten beim Antrag.",
    booking_info="Interessensbekundung per E-Mail bis spätestens sechs Wochen vor Halbjahresbeginn; danach Vorgespräch mit Schulleitung und begleitenden Lehrkräften.",
    lead_time_weeks=10,
    requirements="Fester Raum für die Module, Freistellung der Schüler*innen für fünf Termine, zwei benannte Lehrkräfte.",
    preparation="Auswahl der Medienscouts durch Bewerbung in der Schule; Vorlage für die Ausschreibung stellen wir.",
    curriculum_link="Überfachliches Ziel Medienbildung; Informatik Klasse 7/8; Ganztagsangebote.",
    evaluation_kind="prozess",
    evaluation_summary="Dokumentation jeder Aktion der Medienscouts; Befragung der Schulen nach einem Jahr zur Verstetigung (2025: 9 von 11 Schulen mit aktiver Gruppe).",
)

offer(
    "nudes-sexting-selbstdarstellung", "medienkompass", awarded="2025-11-04",
    title="Nudes, Sexting und Selbstdarstellung – Workshop zu Beziehungen im Netz",
    summary=(
        "Ein Workshop für die Klassen 8 bis 11 über Sexting, Nacktbilder und Druck in "
        "digitalen Beziehungen. Die Jugendlichen klären die Rechtslage, üben, Nein zu sagen, "
        "und erfahren, was zu tun ist, wenn ein Bild ungewollt weitergeleitet wird."
    ),
    description=T("""
        Wir arbeiten in gemischten oder auf Wunsch in getrennten Gruppen. Nach einem Einstieg
        über Selbstdarstellung in sozialen Netzwerken diskutieren die Jugendlichen anhand einer
        Fotostory, wie Druck in Beziehungen entsteht und wo Grenzen liegen.

        Anschließend klären wir rechtliche Fragen (Recht am eigenen Bild, Verbreitung von
        Nacktbildern Minderjähriger) und zeigen konkrete Schritte, wenn ein Bild geleakt wurde:
        nicht weiterleiten, Beweise sichern, melden, Hilfe holen. Schuldzuweisungen an
        Betroffene vermeiden wir bewusst.
    """),
    goals=T("""
        Die Schüler*innen können erklären, warum das Weiterleiten von Nacktbildern
        Minderjähriger strafbar ist.

        Die Schüler*innen können drei Schritte nennen, die nach einem ungewollt verbreiteten
        Bild helfen.

        Die Schüler*innen können in einem Rollenspiel eine Bitte um ein Nacktbild ablehnen.
    """),
    theory=T("""
        Medienkompetenzansatz verbunden mit sexueller Bildung: Statt der wirkungslosen Botschaft
        „Schick nie Bilder“ setzen wir auf Einverständnis, Risikobewusstsein und
        Schadensminderung. Bystander-Ansatz für das Nicht-Weiterleiten; Victim-Blaming wird
        vermieden.
    """),
    fields=["medien", "sexuelle_bildung"], topics=["sexting", "cybergrooming", "datenschutz"],
    audiences=["schueler"], grades=(8, 11), school_types=SEK_BBS, levels=["universell"],
    formats=["workshop"], duration=(3, "unterrichtsstunden"), sessions=1, group=(10, 28),
    staff_count=2,
    staff_qualification="Medienpädagogin und Sexualpädagoge (Weiterbildung Sexualpädagogik, gsp-zertifiziert); erweitertes Führungszeugnis.",
    venues=["schule"], cost=(160, "pro_klasse"),
    funding_note="Förderung über Schulbudget / Bildungspaket möglich.",
    booking_info="Anfrage per E-Mail; bitte angeben, ob in gemischten oder getrennten Gruppen gearbeitet werden soll.",
    lead_time_weeks=6,
    requirements="Zwei Räume bei getrennten Gruppen, sonst ein Klassenraum mit Beamer. Lehrkraft nicht im Raum, aber erreichbar.",
    preparation="Elterninformation vorab (Vorlage stellen wir).",
    curriculum_link="Biologie Klasse 8 (Sexualität), Ethik Klasse 9, Gemeinschaftskunde (Persönlichkeitsrechte).",
    evaluation_kind="feedback",
    evaluation_summary="Anonyme Feedbackbögen; Auswertung getrennt nach Gruppen.",
)

offer(
    "online-sprechstunde-medienerziehung", "medienkompass", awarded="2025-04-22",
    listing="withdrawn",
    reason="Die Projektförderung für die Online-Sprechstunde ist am 31. Juli 2026 ausgelaufen. Einzelanfragen von Lehrkräften beantworten wir weiterhin per E-Mail.",
    title="Online-Sprechstunde Medienerziehung für Lehrkräfte",
    summary=(
        "Wöchentliche offene Videosprechstunde für Lehrkräfte und Schulsozialarbeit: Fragen zu "
        "Klassenchats, Handyregeln, Cybermobbingfällen oder Datenschutz werden vertraulich und "
        "ohne Anmeldung beantwortet."
    ),
    description=T("""
        Die Sprechstunde fand jeden Mittwoch von 15 bis 16 Uhr in einem datenschutzkonformen
        Videoraum statt. Lehrkräfte konnten ohne Anmeldung dazukommen, ihre Frage schildern und
        erhielten eine erste Einschätzung und Materialhinweise.

        Bei komplexeren Fällen – zum Beispiel einem akuten Cybermobbingfall – haben wir einen
        Folgetermin vereinbart oder an die Beratungsstellen in der Stadt vermittelt.
    """),
    goals=T("""
        Lehrkräfte erhalten innerhalb einer Woche eine fachliche Ersteinschätzung zu einem
        Medienproblem in ihrer Klasse.

        Lehrkräfte kennen die Beratungsstellen, an die sie bei Cybermobbing, Cybergrooming oder
        Sextortion verweisen können.
    """),
    theory=T("""
        Niedrigschwellige Fachberatung für Multiplikator*innen: Wer Lehrkräfte in ihrer
        Handlungssicherheit stärkt, erreicht indirekt viele Schüler*innen. Ablauf nach dem
        Prinzip der kollegialen Fallberatung.
    """),
    fields=["medien"], topics=["cybermobbing", "datenschutz", "cybergrooming"],
    audiences=["lehrkraefte", "fachkraefte"], ages=ERWACHSENE, levels=["universell", "selektiv"],
    formats=["online", "beratung"], duration=(1, "zeitstunden"), sessions=1, group=(1, 12),
    staff_count=1,
    staff_qualification="Medienpädagog*in mit Zusatzausbildung in Beratung.",
    venues=["online"],
    booking_info="Keine Anmeldung nötig; der Link zum Videoraum wurde über den Newsletter verschickt.",
    lead_time_weeks=0,
    requirements="Rechner oder Tablet mit Kamera und Mikrofon.",
    evaluation_kind="feedback",
    evaluation_summary="Kurzumfrage nach jeder Sprechstunde; 2025/26 nahmen 146 Lehrkräfte teil.",
)


# --------------------------------------------------------------------------------------
# Angebote – Bühne Querfeld Theaterpädagogik gGmbH
# --------------------------------------------------------------------------------------

_MITTENDRIN = dict(
    title="Mittendrin – Forumtheater zu Mobbing in der Klasse",
    summary=(
        "Drei Schauspieler*innen zeigen eine Szene aus dem Schulalltag, in der ein Mädchen von "
        "der Klasse ausgegrenzt wird. Im zweiten Durchlauf dürfen die Zuschauenden der Klassen "
        "5 bis 8 „Stopp“ rufen, selbst auf die Bühne gehen und ausprobieren, wie man Mobbing "
        "unterbrechen kann."
    ),
    description=T("""
        „Mittendrin“ ist ein Forumtheater nach Augusto Boal. Die Szene (etwa 20 Minuten) zeigt,
        wie aus Lästereien, einem geteilten Foto und dem Ausschluss aus der Gruppe Mobbing wird
        – erzählt aus der Sicht einer Mitläuferin.

        Anschließend wird die Szene wiederholt. Die Schüler*innen können jederzeit unterbrechen,
        eine Rolle übernehmen und eine andere Handlung ausprobieren. Eine Spielleitung moderiert
        und fragt nach: Was hat sich verändert? Was hat es gekostet einzugreifen?

        Danach arbeiten die Klassen mit ihren Lehrkräften in einer Nachbereitungsstunde mit
        unserem Material weiter. Die Vorstellung ist für bis zu drei Klassen gleichzeitig
        geeignet.
    """),
    goals=T("""
        Die Schüler*innen können die Rollen in einer Mobbingsituation benennen: Betroffene,
        Täter*innen, Mitläufer*innen, Zuschauende und Verteidiger*innen.

        Die Schüler*innen probieren mindestens zwei Handlungsmöglichkeiten aus, mit denen
        Zuschauende Mobbing unterbrechen können.

        Jede Klasse vereinbart in der Nachbereitungsstunde eine konkrete Regel für den Umgang
        miteinander.
    """),
    theory=T("""
        Forumtheater (Augusto Boal) als Methode des handelnden Lernens. Participant-Role-Ansatz
        der Mobbingforschung (Salmivalli): Mobbing ist ein Gruppenphänomen, die Zuschauenden
        entscheiden über seinen Verlauf. Bystander-Ansatz zur Stärkung von Zivilcourage im
        Klassenverband.
    """),
    fields=["gewalt", "soziales_lernen"], topics=["mobbing", "zivilcourage", "cybermobbing"],
    audiences=["schueler"], grades=(5, 8), school_types=WEITERF_FS, levels=["universell"],
    formats=["theater"], duration=(2, "unterrichtsstunden"), sessions=1, group=(20, 90),
    staff_count=4,
    staff_qualification="Drei Schauspieler*innen mit theaterpädagogischer Zusatzausbildung (BuT) und eine Spielleitung (Diplom-Theaterpädagogin); erweitertes Führungszeugnis für alle.",
    venues=["schule"], cost=(450, "pauschal"),
    cost_note="Pauschale pro Vorstellung für bis zu drei Klassen, zuzüglich Fahrtkosten außerhalb von Chemnitz (0,30 Euro/km).",
    funding_note="Förderung über Schulbudget, Förderverein oder Kulturraummittel möglich.",
    booking_info="Buchung per E-Mail oder Telefon; Vorstellungen von Oktober bis Juni, vormittags ab 8:30 Uhr.",
    lead_time_weeks=8,
    requirements="Aula oder Turnhalle mit freier Spielfläche von mindestens 6 × 6 Metern, Stühle im Halbkreis, Stromanschluss; Aufbau 60 Minuten vorher.",
    preparation="Begleitheft mit Nachbereitungsstunde und Elternbrief.",
    curriculum_link="Ethik Klasse 5/6 (Zusammenleben), Deutsch (szenisches Spiel), Klassenleiterstunde.",
    evaluation_kind="feedback",
    evaluation_summary="Feedbackbögen für Lehrkräfte; Rückmeldungen aus den Nachbereitungsstunden werden gesammelt und in Spielfassungen eingearbeitet.",
)

offer(
    "mittendrin-forumtheater-mobbing", "buehne-querfeld", awarded="2025-01-09",  # Verlängerung fällig
    **_MITTENDRIN,
    update=("submitted", dict(   # Verlängerungsantrag mit überarbeiteter Spielfassung
        description=T("""
            „Mittendrin“ ist ein Forumtheater nach Augusto Boal. Die Szene (etwa 20 Minuten)
            zeigt, wie aus Lästereien, einem geteilten Foto und dem Ausschluss aus der Gruppe
            Mobbing wird – erzählt aus der Sicht einer Mitläuferin. Neu in der Spielfassung
            2027: eine Episode im Klassenchat, in der ein Sprachnachrichten-Mitschnitt die Runde
            macht.

            Anschließend wird die Szene wiederholt. Die Schüler*innen können jederzeit
            unterbrechen, eine Rolle übernehmen und eine andere Handlung ausprobieren. Eine
            Spielleitung moderiert und fragt nach: Was hat sich verändert? Was hat es gekostet
            einzugreifen?

            Danach arbeiten die Klassen mit ihren Lehrkräften in einer Nachbereitungsstunde mit
            unserem Material weiter. Die Vorstellung ist für bis zu drei Klassen gleichzeitig
            geeignet.
        """),
        cost=(480, "pauschal"),
        booking_info="Buchung per E-Mail oder Telefon; Vorstellungen der neuen Spielfassung ab Februar 2027, vormittags ab 8:30 Uhr.",
    )),
)

offer(
    "das-ist-meins-praeventionstheater", "buehne-querfeld", awarded="2025-05-20",
    title="Das ist MEINS! – Präventionstheater zu Körper, Gefühlen und Grenzen",
    summary=(
        "Ein interaktives Theaterstück für die Klassen 2 bis 4 zur Vorbeugung von "
        "sexualisierter Gewalt. Die Kinder lernen in Liedern und kurzen Szenen: Mein Körper "
        "gehört mir, ich darf Nein sagen, und es gibt gute und schlechte Geheimnisse."
    ),
    description=T("""
        Zwei Schauspieler*innen spielen kurze Alltagsszenen: Eine Tante will unbedingt einen
        Kuss, ein Nachbar verlangt ein Geheimnis, ein Kind in der Klasse hört nicht auf zu
        kitzeln. Die Kinder helfen mit, indem sie Gefühle benennen, „Stopp“ rufen und Lösungen
        vorschlagen.

        Das Stück wird in drei Teilen im Abstand von je einer Woche gezeigt, damit die Kinder
        die Inhalte zwischen den Terminen mit ihrer Lehrkraft vertiefen können.

        Vor Beginn findet ein verpflichtender Elternabend statt, an dem die Eltern das Stück und
        das Begleitmaterial kennenlernen und Fragen stellen können.
    """),
    goals=T("""
        Die Kinder können angenehme und unangenehme Berührungen unterscheiden und benennen.

        Die Kinder können gute und schlechte Geheimnisse unterscheiden und wissen, dass sie
        schlechte Geheimnisse weitererzählen dürfen.

        Die Kinder können mindestens zwei Vertrauenspersonen nennen, an die sie sich wenden
        können.
    """),
    theory=T("""
        Präventionsansatz der Stärkung von Kinderrechten und Selbstwirksamkeit mit den
        Grundbotschaften der Prävention sexualisierter Gewalt: Körperwissen, Gefühle,
        Nein-Sagen, Hilfe holen. Theaterpädagogik ermöglicht altersgerechtes, angstfreies
        Lernen. Die Einbeziehung von Eltern und Lehrkräften folgt dem Mehrebenenansatz.
    """),
    fields=["kinderschutz", "sexuelle_bildung"], topics=["grenzen", "koerperwahrnehmung", "gefuehle"],
    audiences=["schueler", "eltern"], grades=(2, 4), school_types=["grundschule", "foerderschule"],
    levels=["universell"], formats=["theater", "elternabend"],
    duration=(3, "unterrichtsstunden"), sessions=4, group=(15, 50), staff_count=2,
    staff_qualification="Schauspieler*innen mit theaterpädagogischer Ausbildung und Fortbildung zur Prävention sexualisierter Gewalt; erweitertes Führungszeugnis.",
    venues=["schule"], cost=(520, "pauschal"),
    cost_note="Pauschale für alle drei Teile und den Elternabend für bis zu zwei Klassen derselben Schule.",
    funding_note="Förderung durch Förderverein oder Kinderschutzstiftung möglich.",
    booking_info="Buchung per E-Mail; alle vier Termine werden gemeinsam vereinbart. Elternabend mindestens eine Woche vor Teil 1.",
    lead_time_weeks=10,
    requirements="Raum mit freier Spielfläche (Musikraum oder Aula), Sitzkissen für die Kinder; Klassenlehrkraft ist anwesend.",
    preparation="Begleitheft für Lehrkräfte mit Ideen für die Wochen zwischen den Teilen; Elternbrief.",
    curriculum_link="Sachunterricht Klasse 3/4 (Körper und Gesundheit, Gefühle), Ethik Klasse 2.",
    evaluation_kind="prozess",
    evaluation_summary="Gespräch mit den Lehrkräften nach Teil 3 und Kurzbefragung der Eltern; seit 2024 in 38 Klassen dokumentiert.",
    accessibility_note="Für Förderschulen passen wir Tempo und Sprache an; die Lieder werden mit Gebärden begleitet.",
)

offer(
    "ein-glas-zu-viel-theaterworkshop", "buehne-querfeld", awarded="2025-09-09",
    title="Ein Glas zu viel – Theaterworkshop zu Gruppendruck und Alkohol",
    summary=(
        "In diesem Theaterworkshop für die Klassen 9 bis 11 entwickeln Jugendliche eigene "
        "Szenen über eine Party, auf der die Stimmung kippt. Sie spielen Gruppendruck, "
        "Grenzüberschreitungen und Hilfe im Notfall nach und finden heraus, welche "
        "Entscheidungen den Abend verändern."
    ),
    description=T("""
        Nach Aufwärmübungen und einer Einführung in Standbilder arbeiten die Jugendlichen in
        Gruppen an Szenen rund um eine Geburtstagsparty: Wer bringt was mit? Wann wird aus Spaß
        Druck? Was tun, wenn jemand nicht mehr ansprechbar ist?

        Die Szenen werden am Ende gegenseitig gezeigt und mit der Methode des „Einfrierens“
        besprochen. Eine Fachkraft der Suchtberatung ergänzt Informationen zu Alkoholvergiftung,
        Mischkonsum und stabiler Seitenlage.

        Der Workshop endet mit einer gemeinsamen Liste „Was wir auf der nächsten Party anders
        machen“.
    """),
    goals=T("""
        Die Schüler*innen können drei Formen von Gruppendruck auf Partys beschreiben und eine
        Reaktion darauf im Spiel zeigen.

        Die Schüler*innen kennen die Anzeichen einer Alkoholvergiftung und können die
        Erste-Hilfe-Schritte nennen: ansprechen, stabile Seitenlage, Notruf 112.

        Die Schüler*innen reflektieren in einem schriftlichen Abschlussimpuls ihre eigenen
        Grenzen im Umgang mit Alkohol.
    """),
    theory=T("""
        Theaterpädagogik als erfahrungsorientierte Methode; Lebenskompetenzansatz
        (Entscheidungsfähigkeit, Widerstand gegen Gruppendruck); Risikokompetenz statt
        Abstinenzappell. Die Zusammenarbeit mit der Suchtberatung sichert die fachliche
        Richtigkeit der Informationen.
    """),
    fields=["sucht", "soziales_lernen"], topics=["alkohol", "zivilcourage"],
    audiences=["schueler"], grades=(9, 11), school_types=SEK_BBS, levels=["universell"],
    formats=["workshop", "theater"], duration=(5, "unterrichtsstunden"), sessions=1,
    group=(12, 26), staff_count=2,
    staff_qualification="Theaterpädagogin (BuT) und eine Fachkraft der Suchtberatung Mitte; erweitertes Führungszeugnis.",
    venues=["schule", "traeger"], cost=(60, "pro_stunde"),
    cost_note="Abrechnung nach geleisteten Zeitstunden inklusive Nachgespräch mit der Lehrkraft, in der Regel vier Stunden (240 Euro pro Klasse).",
    booking_info="Buchung per E-Mail; der Workshop kann in der Schule oder in unserem Probenraum stattfinden.",
    lead_time_weeks=6,
    requirements="Großer Raum ohne Tische (Aula, Musikraum) oder Anreise zu unserem Probenraum; Lehrkraft im Haus erreichbar.",
    curriculum_link="Biologie Klasse 9 (Drogen und Gesundheit), Deutsch (szenisches Spiel), Ethik Klasse 10.",
    evaluation_kind="feedback",
    evaluation_summary="Anonymer Abschlussimpuls und Feedbackbogen; jährliche Auswertung mit der Suchtberatung.",
)

offer(
    "fortbildung-szenisches-spiel", "buehne-querfeld", awarded="2026-03-10",
    title="Szenisches Spiel im Klassenzimmer – Fortbildung für Lehrkräfte",
    summary=(
        "Eintägige Fortbildung für Lehrkräfte und Schulsozialarbeiter*innen: Sie lernen "
        "einfache theaterpädagogische Methoden kennen, mit denen sich Konflikte, Mobbing und "
        "das Klassenklima im Unterricht bearbeiten lassen – ganz ohne Bühnenerfahrung."
    ),
    description=T("""
        Die Fortbildung ist praktisch angelegt: Die Teilnehmenden probieren Standbilder,
        Rollenwechsel, die „heiße Sitzung“ und kurze Forumtheater-Sequenzen selbst aus. Zu jeder
        Methode besprechen wir, wie sie in einer Klassenleiterstunde eingesetzt werden kann und
        wo ihre Grenzen liegen.

        Am Nachmittag planen die Teilnehmenden in Kleingruppen eine Unterrichtsstunde für eine
        eigene Klasse. Alle erhalten eine Methodensammlung mit 25 erprobten Übungen und eine
        Teilnahmebescheinigung.
    """),
    goals=T("""
        Die Teilnehmenden können fünf theaterpädagogische Methoden zur Bearbeitung von
        Konflikten anleiten.

        Die Teilnehmenden haben eine Unterrichtsstunde zum Klassenklima für eine eigene Klasse
        geplant.

        Die Teilnehmenden können einschätzen, wann eine Situation für szenisches Spiel
        ungeeignet ist, zum Beispiel in einem akuten Mobbingfall.
    """),
    theory=T("""
        Erfahrungsorientiertes Lernen (Kolb) und Theaterpädagogik nach Boal; Förderung
        sozial-emotionaler Kompetenzen im Klassenverband als universelle Gewaltprävention.
        Lehrkräfte als Multiplikator*innen sichern die Wirkung über den Fortbildungstag hinaus.
    """),
    fields=["soziales_lernen", "gewalt"], topics=["konfliktloesung", "mobbing"],
    audiences=["lehrkraefte", "fachkraefte"], ages=ERWACHSENE, levels=["universell"],
    formats=["fortbildung"], duration=(6, "zeitstunden"), sessions=1, group=(8, 18),
    staff_count=2,
    staff_qualification="Zwei Theaterpädagog*innen (BuT) mit Lehramtsbefähigung bzw. Erfahrung in der Lehrkräftefortbildung.",
    venues=["traeger", "schule"], cost=(85, "pro_person"),
    cost_note="Inklusive Methodensammlung und Mittagsimbiss. Als schulinterne Fortbildung für ein Kollegium 1.100 Euro pauschal.",
    funding_note="Abrechnung über das Fortbildungsbudget der Schule möglich.",
    booking_info="Offene Termine zweimal pro Halbjahr (Anmeldung per E-Mail); schulinterne Termine nach Absprache.",
    lead_time_weeks=4,
    requirements="Bequeme Kleidung; bei schulinternen Terminen ein großer Raum ohne Tische.",
    evaluation_kind="feedback",
    evaluation_summary="Feedbackbogen am Ende des Tages und Online-Nachbefragung nach drei Monaten zur Umsetzung.",
)

offer(
    "wir-sind-viele-projektwoche", "buehne-querfeld", listing="unlisted", state="changes_requested",
    title="Wir sind viele – Theater-Projektwoche zu Vielfalt und Ausgrenzung",
    summary=(
        "In einer Projektwoche entwickeln Schüler*innen der Klassen 6 bis 9 gemeinsam mit "
        "Theaterpädagog*innen ein eigenes Stück über Herkunft, Zugehörigkeit und Ausgrenzung. "
        "Am Freitag wird es vor Mitschüler*innen und Eltern aufgeführt."
    ),
    description=T("""
        Am Montag und Dienstag sammeln die Jugendlichen in biografischen Übungen eigene
        Erfahrungen mit Zugehörigkeit und Ausgrenzung: Wo gehöre ich dazu? Wann wurde ich
        ausgeschlossen? Welche Sprüche höre ich auf dem Schulhof?

        Am Mittwoch und Donnerstag entstehen daraus Szenen, Chöre und Monologe, die zu einem
        Stück verbunden werden. Am Freitag wird das Stück in der Aula aufgeführt; danach gibt es
        ein Publikumsgespräch.
    """),
    goals=T("""
        Die Schüler*innen können an einem Beispiel aus dem Stück erklären, wie Vorurteile zu
        Ausgrenzung führen.

        Die Schüler*innen präsentieren ein gemeinsam entwickeltes Stück vor Publikum.
    """),
    theory=T("""
        Anti-Bias-Ansatz und Kontakthypothese (Allport): Gemeinsames Arbeiten an einem Ziel
        baut Vorurteile ab. Biografisches Theater stärkt Selbstwirksamkeit und Perspektivwechsel.
    """),
    fields=["extremismus", "demokratie", "soziales_lernen"], topics=["rassismus", "vielfalt"],
    audiences=["schueler"], grades=(6, 9), school_types=WEITERF_FS, levels=["universell"],
    formats=["projektwoche", "theater"], duration=(5, "tage"), sessions=5, group=(12, 25),
    staff_count=2,
    staff_qualification="Zwei Theaterpädagog*innen mit Erfahrung in biografischem Theater.",
    venues=["schule"], cost=(2400, "pauschal"),
    cost_note="Pauschale für fünf Projekttage mit zwei Theaterpädagog*innen.",
    booking_info="Anfrage per E-Mail mindestens ein Halbjahr im Voraus.",
    lead_time_weeks=16,
    requirements="Aula an allen fünf Tagen, ein zusätzlicher Gruppenraum; eine Lehrkraft begleitet die Woche.",
    evaluation_kind="keine",
)


# --------------------------------------------------------------------------------------
# Angebote – Stiftung Sicheres Aufwachsen
# --------------------------------------------------------------------------------------

offer(
    "was-darf-ich-ab-wann-parcours", "stiftung-sicheres-aufwachsen", awarded="2025-02-25",
    title="Was darf ich ab wann? – Parcours zum Jugendschutzgesetz",
    summary=(
        "Ein Stationenparcours für die Klassen 7 bis 9 rund ums Jugendschutzgesetz: Wie lange "
        "darf ich abends weg, ab wann darf ich Alkohol kaufen, was gilt für Games, Filme und "
        "Glücksspiel? Die Jugendlichen lösen Fälle, diskutieren Sinn und Grenzen der Regeln und "
        "lernen ihre Rechte kennen."
    ),
    description=T("""
        An sechs Stationen lösen Teams Fallaufgaben: Ausgehzeiten, Alkohol und Tabak,
        Altersfreigaben von Games und Filmen, Glücksspiel, Ladendiebstahl und Strafmündigkeit,
        Rechte im Internet. Jede richtig gelöste Aufgabe bringt der Gruppe Punkte.

        In der Abschlussrunde diskutieren die Jugendlichen, welche Regeln sie sinnvoll finden
        und welche nicht – und warum es sie gibt. Der Parcours wird von geschulten
        Mitarbeitenden der Stiftung betreut und kann an einem Schultag nacheinander von bis zu
        drei Klassen genutzt werden.
    """),
    goals=T("""
        Die Schüler*innen können die Altersgrenzen für Alkohol, Tabak und den Aufenthalt in
        Gaststätten nach dem Jugendschutzgesetz richtig zuordnen.

        Die Schüler*innen können erklären, ab welchem Alter man strafmündig ist und was das bei
        einem Ladendiebstahl bedeutet.

        Die Schüler*innen können die Bedeutung der USK- und FSK-Kennzeichen erklären.
    """),
    theory=T("""
        Rechtskundliche Bildung als Beitrag zur universellen Sucht- und Kriminalprävention:
        Wer Regeln und ihren Schutzzweck kennt, akzeptiert sie eher. Spielerische Gruppenarbeit
        und Diskussion statt Belehrung fördern Beteiligung und Urteilsfähigkeit.
    """),
    fields=["kriminalpraevention", "sucht"], topics=["alkohol", "tabak", "diebstahl", "gluecksspiel"],
    audiences=["schueler"], grades=(7, 9), school_types=WEITERF_FS, levels=["universell"],
    formats=["theater", "projekttag"], duration=(2, "unterrichtsstunden"), sessions=1,
    group=(15, 30), staff_count=2,
    staff_qualification="Sozialpädagog*innen der Stiftung und geschulte Honorarkräfte (Jurastudierende); erweitertes Führungszeugnis.",
    venues=["schule"],
    funding_note="Vollständig aus Stiftungsmitteln finanziert; für Schulen kostenfrei.",
    booking_info="Buchung über das Online-Formular der Stiftung; der Parcours ist pro Schule an einem Tag pro Schuljahr verfügbar.",
    lead_time_weeks=8,
    requirements="Turnhalle, Aula oder zwei benachbarte Räume; Aufbau 45 Minuten; Lehrkraft anwesend.",
    curriculum_link="Gemeinschaftskunde/Rechtserziehung Klasse 8 (Jugendschutz, Strafmündigkeit).",
    evaluation_kind="feedback",
    evaluation_summary="Kurzer Wissenstest am Ende jeder Runde und Feedback der Lehrkräfte; Auswertung im Jahresbericht der Stiftung.",
    languages=["de", "leichte_sprache"],
    accessibility_note="Alle Stationskarten gibt es auch in Leichter Sprache; der Parcours ist rollstuhlgerecht aufbaubar.",
)

offer(
    "fortbildung-jugendschutz-schule", "stiftung-sicheres-aufwachsen", awarded="2026-01-20",
    title="Jugendschutz in der Schule – Fortbildung für Schulsozialarbeit und Beratungslehrkräfte",
    summary=(
        "Halbtägige Fortbildung für Fachkräfte, die an Schulen mit Vorfällen rund um Alkohol, "
        "Cannabis, Vapes oder jugendgefährdende Medien umgehen müssen. Im Mittelpunkt stehen "
        "Rechtsfragen, Handlungsleitfäden und die Zusammenarbeit mit Jugendamt und Polizei."
    ),
    description=T("""
        Nach einem kurzen Überblick über Jugendschutzgesetz, Konsumcannabisgesetz und
        Jugendmedienschutz arbeiten die Teilnehmenden an Fällen aus dem Schulalltag:
        E-Zigaretten auf der Klassenfahrt, Cannabis auf dem Schulhof, ein pornografisches Video
        im Klassenchat.

        Für jeden Fall klären wir: Was ist rechtlich geboten? Was ist pädagogisch sinnvoll? Wer
        muss informiert werden? Die Teilnehmenden erhalten eine Mustervorlage für einen
        schulischen Handlungsleitfaden, die sie an ihre Schule anpassen können.
    """),
    goals=T("""
        Die Teilnehmenden können für drei typische Vorfälle die rechtlichen Pflichten der
        Schule benennen.

        Die Teilnehmenden können die Zuständigkeiten von Schule, Jugendamt und Polizei
        unterscheiden.

        Die Teilnehmenden haben einen Entwurf für einen Handlungsleitfaden ihrer Schule
        begonnen.
    """),
    theory=T("""
        Strukturelle Prävention: Klare, abgestimmte Abläufe erhöhen die Handlungssicherheit und
        verhindern sowohl Überreaktionen als auch Wegsehen. Fallbasiertes Lernen und
        kollegialer Austausch.
    """),
    fields=["sucht", "kriminalpraevention"], topics=["cannabis", "tabak", "alkohol", "pornografie"],
    audiences=["fachkraefte", "lehrkraefte"], ages=ERWACHSENE, levels=["universell", "selektiv"],
    formats=["fortbildung"], duration=(4, "zeitstunden"), sessions=1, group=(8, 20),
    staff_count=2,
    staff_qualification="Juristin mit Schwerpunkt Kinder- und Jugendrecht und Sozialpädagoge mit langjähriger Erfahrung im Jugendschutz.",
    venues=["traeger"],
    funding_note="Aus Stiftungsmitteln finanziert; kostenfrei.",
    booking_info="Zwei offene Termine pro Halbjahr; Anmeldung per E-Mail, Plätze nach Eingang.",
    lead_time_weeks=3,
    requirements="Keine; bitte ein typisches Fallbeispiel aus der eigenen Schule mitbringen.",
    evaluation_kind="feedback",
    evaluation_summary="Feedbackbogen am Ende; die Fallsammlung wird jährlich aktualisiert.",
)

offer(
    "online-elternkurs-sicher-im-netz", "stiftung-sicheres-aufwachsen", awarded="2025-07-01",
    title="Sicher begleiten im Netz – Online-Elternkurs in mehreren Sprachen",
    summary=(
        "Ein Online-Kurs mit drei Abendterminen für Eltern von Kindern im Grundschul- und "
        "frühen Jugendalter: Bildschirmzeit, Kinderschutz im Internet, Cybergrooming und "
        "Kostenfallen. Auf Deutsch sowie mit Sprachmittlung auf Arabisch, Ukrainisch und "
        "Russisch."
    ),
    description=T("""
        Die drei Termine (je 90 Minuten) finden per Videokonferenz statt. Eine Medienpädagogin
        erklärt an Beispielen, welche Apps Kinder nutzen, wie Kinderschutzeinstellungen
        funktionieren und woran Eltern Cybergrooming erkennen. Sprachmittler*innen übersetzen
        live in eigenen Gruppenräumen.

        Zwischen den Terminen bekommen die Eltern kleine Aufgaben, zum Beispiel gemeinsam mit
        dem Kind die Einstellungen einer App anzusehen. Fragen können auch anonym im Chat
        gestellt werden. Schulen können den Kurs für ihre Elternschaft buchen oder auf die
        offenen Termine der Stiftung hinweisen.
    """),
    goals=T("""
        Die Eltern können auf dem Gerät ihres Kindes mindestens drei Schutzeinstellungen
        vornehmen.

        Die Eltern kennen Warnzeichen für Cybergrooming und wissen, wo sie einen Verdacht
        melden können.

        Die Eltern haben mit ihrem Kind mindestens eine Regel zur Mediennutzung vereinbart.
    """),
    theory=T("""
        Elternbildung als Baustein des Kinder- und Jugendmedienschutzes; aktive
        Medienerziehung. Mehrsprachigkeit und Online-Format senken Zugangshürden für Familien,
        die klassische Elternabende selten erreichen.
    """),
    fields=["medien", "kinderschutz"],
    topics=["cybergrooming", "datenschutz", "mediensucht", "internetbetrug"],
    audiences=["eltern"], grades=(1, 7), levels=["universell"], formats=["online", "elternabend"],
    duration=(4.5, "zeitstunden"), sessions=3, group=(8, 40), staff_count=2,
    staff_qualification="Medienpädagogin (M. A.) und geschulte Sprachmittler*innen.",
    venues=["online"],
    funding_note="Gefördert von der Stiftung und dem Integrationsfonds der Stadt; kostenfrei.",
    booking_info="Offene Kurse starten jeden Monat; Anmeldung über das Formular der Stiftung. Schulen können eigene Kurse per E-Mail anfragen.",
    lead_time_weeks=2,
    requirements="Smartphone, Tablet oder Rechner mit Internetzugang; kein eigenes Konto nötig.",
    evaluation_kind="feedback",
    evaluation_summary="Online-Kurzumfrage nach dem dritten Termin, auch in den Kurssprachen.",
    languages=["de", "ar", "uk", "ru"],
    accessibility_note="Teilnahme per Smartphone möglich; Untertitel auf Deutsch werden eingeblendet.",
)

offer(
    "fit-im-job-sucht-stress-ausbildung", "stiftung-sicheres-aufwachsen", awarded="2025-10-28",
    title="Fit im Job – Alkohol, Cannabis und Stress in der Ausbildung",
    summary=(
        "Workshop für Berufsschulklassen: Wie wirken Alkohol, Cannabis und Aufputschmittel auf "
        "Arbeitssicherheit und Führerschein? Was tun bei Stress im Betrieb? Die Auszubildenden "
        "entwickeln eigene Strategien für einen gesunden Start ins Berufsleben."
    ),
    description=T("""
        Der Workshop startet mit einer anonymen Umfrage per Smartphone zu Arbeitszeiten, Schlaf,
        Energydrinks und Feierabendbier in der Klasse. Die Ergebnisse sind Ausgangspunkt für
        die Arbeit in Kleingruppen zu Restalkohol, Cannabis und Führerschein, Unfallrisiko im
        Betrieb und Stress in der Probezeit.

        Im zweiten Teil sammeln die Auszubildenden, was ihnen hilft, mit Belastungen
        umzugehen, und wo sie Unterstützung bekommen – im Betrieb, in der Berufsschule und in
        Beratungsstellen. Auf Wunsch der Berufsschule kann ein Ausbilder oder eine Ausbilderin
        teilnehmen.
    """),
    goals=T("""
        Die Auszubildenden können erklären, wie lange Alkohol und Cannabis die Fahr- und
        Arbeitssicherheit beeinträchtigen können.

        Die Auszubildenden können zwei persönliche Strategien gegen Stress formulieren.

        Die Auszubildenden kennen eine Beratungsstelle und die Ansprechperson für Sucht- oder
        Gesundheitsfragen in ihrem Betrieb oder ihrer Schule.
    """),
    theory=T("""
        Lebenskompetenzansatz im Übergang Schule–Beruf; Social-Norms-Ansatz (die Umfrage zeigt,
        dass riskanter Konsum seltener ist als vermutet); betriebliche Gesundheitsförderung.
    """),
    fields=["sucht", "psychische_gesundheit", "gesundheit"], topics=["alkohol", "cannabis", "stress"],
    audiences=["auszubildende", "schueler"], grades=(11, 13), ages=(16, 25),
    school_types=["berufsbildende_schule"], levels=["universell"], formats=["workshop"],
    duration=(4, "unterrichtsstunden"), sessions=1, group=(10, 30), staff_count=2,
    staff_qualification="Sozialpädagogin mit Zusatzqualifikation Suchtprävention und Fachkraft für Arbeitssicherheit.",
    venues=["schule"], cost=(100, "pro_klasse"),
    cost_note="Eigenanteil; die übrigen Kosten trägt die Stiftung.",
    funding_note="Ausbildungsbetriebe oder Innungen können den Eigenanteil übernehmen.",
    booking_info="Anfrage per E-Mail mit Ausbildungsberuf, Ausbildungsjahr und Blockzeiten der Klasse.",
    lead_time_weeks=5,
    requirements="Klassenraum mit Beamer; die Auszubildenden benötigen ein Smartphone für die anonyme Umfrage (Alternative: Papier).",
    curriculum_link="Lernfeld Arbeitssicherheit und Gesundheitsschutz; Gemeinschaftskunde an berufsbildenden Schulen.",
    evaluation_kind="feedback",
    evaluation_summary="Feedbackbogen und Rückmeldung der Klassenleitung; Auswertung pro Ausbildungsberuf.",
)


# --------------------------------------------------------------------------------------
# Angebote – Polizeiliche Präventionsstelle Chemnitz
# --------------------------------------------------------------------------------------

_STARK_OHNE_GEWALT = dict(
    title="Stark ohne Gewalt – Projekttag Gewaltprävention mit der Polizei",
    summary=(
        "Polizeibeamt*innen der Präventionsstelle gestalten mit den Klassen 5 bis 7 einen "
        "Projekttag zu Gewalt, Grenzen und Hilfe holen. Die Kinder klären, was Gewalt ist, üben "
        "selbstbewusstes Auftreten und erfahren, wie die Polizei bei einem Notruf hilft."
    ),
    description=T("""
        Der Projekttag besteht aus drei Blöcken. Im ersten ordnen die Kinder Situationen auf
        einer „Gewaltlinie“ ein – von Schubsen über Beleidigen bis zu Erpressung – und sprechen
        über unterschiedliche Wahrnehmungen. Im zweiten üben sie in der Turnhalle Körpersprache,
        Stimme und Abstand, um sich in bedrohlichen Situationen zu behaupten.

        Im dritten Block geht es um Hilfe: Wann wähle ich 110? Was passiert dann? Wie helfe ich
        anderen, ohne mich selbst in Gefahr zu bringen? Die Klassenleitung ist den ganzen Tag
        dabei und erhält Material für die Nacharbeit.
    """),
    goals=T("""
        Die Schüler*innen können körperliche, verbale und psychische Gewalt unterscheiden und
        je ein Beispiel nennen.

        Die Schüler*innen können in einem Rollenspiel mit klarer Stimme und Körpersprache
        „Stopp“ sagen.

        Die Schüler*innen können einen Notruf mit den W-Fragen korrekt absetzen.
    """),
    theory=T("""
        Situative Gewaltprävention und Stärkung der Selbstbehauptung; Lebenskompetenzansatz
        (Selbstwahrnehmung, Kommunikation). Der persönliche Kontakt mit Polizeibeamt*innen baut
        Hemmschwellen ab, die Polizei als Hilfe zu nutzen.
    """),
    fields=["gewalt"], topics=["konfliktloesung", "zivilcourage", "grenzen"],
    audiences=["schueler"], grades=(5, 7), school_types=WEITERF_FS, levels=["universell"],
    formats=["projekttag"], duration=(5, "unterrichtsstunden"), sessions=1, group=(15, 30),
    staff_count=2,
    staff_qualification="Polizeibeamt*innen der Präventionsstelle mit Fortbildung in Gewaltprävention und Moderation.",
    venues=["schule"],
    booking_info="Anfrage per E-Mail an die Präventionsstelle; Projekttage dienstags bis donnerstags, in den Prüfungswochen keine Termine.",
    lead_time_weeks=8,
    requirements="Klassenraum und Turnhalle für den zweiten Block; Lehrkraft ist anwesend.",
    preparation="Vorbereitungsgespräch mit der Klassenleitung; Nachbereitungsmaterial für eine Klassenleiterstunde.",
    curriculum_link="Ethik Klasse 6 (Konflikte), Sport (Körperwahrnehmung), Klassenleiterstunde.",
    evaluation_kind="feedback",
    evaluation_summary="Feedbackbogen der Lehrkraft und Kurzfeedback der Kinder; jährliche Auswertung der Präventionsstelle.",
)

offer(
    "stark-ohne-gewalt-projekttag", "polizei-praevention", awarded="2025-03-04",
    **_STARK_OHNE_GEWALT,
    update=("submitted", dict(
        description=T("""
            Der Projekttag besteht aus drei Blöcken. Im ersten ordnen die Kinder Situationen
            auf einer „Gewaltlinie“ ein – von Schubsen über Beleidigen bis zu Erpressung – und
            sprechen über unterschiedliche Wahrnehmungen. Im zweiten üben sie in der Turnhalle
            Körpersprache, Stimme und Abstand, um sich in bedrohlichen Situationen zu
            behaupten.

            Im dritten Block geht es um Hilfe: Wann wähle ich 110? Was passiert dann? Wie helfe
            ich anderen, ohne mich selbst in Gefahr zu bringen?

            Neu ab dem zweiten Schulhalbjahr 2026/27: ein kurzes Modul zu Messern und anderen
            gefährlichen Gegenständen im Schulalltag. Die Kinder erfahren, was erlaubt ist,
            warum „zur Sicherheit“ mitgeführte Messer Situationen gefährlicher machen und an wen
            sie sich wenden, wenn jemand eine Waffe dabeihat.
        """),
        goals=T("""
            Die Schüler*innen können körperliche, verbale und psychische Gewalt unterscheiden
            und je ein Beispiel nennen.

            Die Schüler*innen können in einem Rollenspiel mit klarer Stimme und Körpersprache
            „Stopp“ sagen.

            Die Schüler*innen können einen Notruf mit den W-Fragen korrekt absetzen.

            Die Schüler*innen können erklären, warum das Mitführen eines Messers das eigene
            Risiko erhöht.
        """),
        duration=(6, "unterrichtsstunden"),
    )),
)

offer(
    "abzocke-im-netz", "polizei-praevention", awarded="2025-11-18",
    title="Abzocke im Netz – Internetbetrug, Fakeshops und Sextortion",
    summary=(
        "Vortrag mit Mitmachteilen für die Klassen 8 bis 13 und Berufsschulklassen: "
        "Polizeibeamt*innen zeigen echte Fälle von Fakeshops, Phishing, Konto-Missbrauch als "
        "„Finanzagent“ und Erpressung mit intimen Bildern und erklären, wie man sich schützt "
        "und Anzeige erstattet."
    ),
    description=T("""
        Anhand anonymisierter Fälle aus der Region zeigen wir typische Betrugsmaschen: Fakeshops
        mit Markenartikeln, Gewinnspiele, Phishing-Nachrichten, das Angebot, gegen Geld das
        eigene Konto „zu vermieten“, und Sextortion. Die Jugendlichen prüfen in Kleingruppen
        Beispielnachrichten und entscheiden: echt oder Betrug?

        Wir erklären, welche Straftaten dahinterstehen, warum sich auch Jugendliche als
        Geldwäscher strafbar machen können und wie man eine Onlineanzeige erstattet. Fragen
        werden offen beantwortet; auf Wunsch bleiben die Beamt*innen für Einzelgespräche da.
    """),
    goals=T("""
        Die Schüler*innen können fünf Merkmale eines Fakeshops oder einer Phishing-Nachricht
        benennen.

        Die Schüler*innen können erklären, warum das Weiterleiten fremden Geldes über das
        eigene Konto strafbar ist.

        Die Schüler*innen wissen, wie sie eine Onlineanzeige erstatten und an wen sie sich bei
        einer Erpressung wenden können.
    """),
    theory=T("""
        Situative Kriminalprävention: Wissen über Tatgelegenheiten und Täterstrategien verringert
        das Risiko, Opfer zu werden. Fallbasiertes Lernen und aktive Prüfübungen statt reinem
        Frontalvortrag.
    """),
    fields=["kriminalpraevention", "medien"], topics=["internetbetrug", "datenschutz", "sexting"],
    audiences=["schueler", "auszubildende"], grades=(8, 13), school_types=SEK_BBS,
    levels=["universell"], formats=["vortrag", "workshop"], duration=(2, "unterrichtsstunden"),
    sessions=1, group=(20, 60), staff_count=1,
    staff_qualification="Polizeibeamt*in der Präventionsstelle mit Fortbildung Cybercrime-Prävention.",
    venues=["schule"],
    booking_info="Anfrage per E-Mail; bis zu zwei Klassen gleichzeitig in der Aula oder einem großen Raum.",
    lead_time_weeks=6,
    requirements="Raum mit Beamer und Lautsprecher für bis zu 60 Personen; Lehrkräfte anwesend.",
    curriculum_link="Informatik, Wirtschaft/Technik/Haushalt (Verbraucherschutz), Gemeinschaftskunde.",
    evaluation_kind="feedback",
    evaluation_summary="Feedbackbogen für die Lehrkräfte; Auswertung einmal pro Schuljahr.",
)

offer(
    "meins-deins-eigentum-grundschule", "polizei-praevention", awarded="2025-09-02",
    title="Meins, deins, unseres – Unterrichtsreihe zu Eigentum und Diebstahl",
    summary=(
        "Eine Unterrichtsreihe für die Klassen 3 und 4, in der Kinder über Eigentum, "
        "Ehrlichkeit und Wiedergutmachung nachdenken. Ein Polizeibeamter besucht die Klasse in "
        "der dritten Stunde; die ersten beiden Stunden gestaltet die Lehrkraft mit dem "
        "bereitgestellten Material."
    ),
    description=T("""
        In der ersten Stunde geht es um die Frage, was „meins“ und „deins“ ist – vom eigenen
        Radiergummi bis zur Schulbank. In der zweiten Stunde lesen die Kinder eine
        Bildergeschichte über ein verschwundenes Sammelalbum und überlegen, wie sich die
        Beteiligten fühlen und wie man etwas wiedergutmachen kann.

        In der dritten Stunde kommt ein Polizeibeamter in die Klasse, beantwortet Fragen zu
        seiner Arbeit und bespricht mit den Kindern, was bei einem Diebstahl passiert – auch,
        warum Kinder unter 14 Jahren nicht bestraft werden, aber trotzdem Verantwortung tragen.
    """),
    goals=T("""
        Die Kinder können erklären, was fremdes Eigentum ist, und an Beispielen zeigen, wie man
        damit umgeht.

        Die Kinder können zwei Möglichkeiten der Wiedergutmachung nennen.

        Die Kinder wissen, dass sie sich bei Problemen an die Polizei wenden können.
    """),
    theory=T("""
        Moralentwicklung im Grundschulalter (Perspektivübernahme, Empathie) als Grundlage
        normgerechten Verhaltens; soziales Lernen in der Klassengemeinschaft. Die Polizei tritt
        als vertrauenswürdige Hilfeinstanz auf, nicht als Drohkulisse.
    """),
    fields=["kriminalpraevention", "soziales_lernen"], topics=["diebstahl"],
    audiences=["schueler"], grades=(3, 4), school_types=["grundschule", "foerderschule"],
    levels=["universell"], formats=["unterrichtseinheit"], duration=(3, "unterrichtsstunden"),
    sessions=3, group=(15, 28), staff_count=1,
    staff_qualification="Lehrkraft mit Begleitmaterial; die dritte Stunde gestaltet ein Polizeibeamter der Präventionsstelle mit Erfahrung in der Arbeit mit Grundschulkindern.",
    venues=["schule"],
    booking_info="Material und Termin für die dritte Stunde per E-Mail anfragen; Besuche montags bis freitags vormittags.",
    lead_time_weeks=4,
    requirements="Klassenraum; die Stunden 1 und 2 finden vor dem Besuch statt.",
    preparation="Stundenentwürfe, Bildergeschichte und Arbeitsblätter werden digital bereitgestellt.",
    curriculum_link="Sachunterricht Klasse 3/4 (Zusammenleben, Regeln und Rechte), Ethik Klasse 3.",
    evaluation_kind="feedback",
    evaluation_summary="Rückmeldebogen der Lehrkraft nach dem Besuch.",
)

offer(
    "hinsehen-handeln-zivilcourage", "polizei-praevention", awarded="2026-04-14",
    title="Hinsehen, handeln – Zivilcourage-Training für Jugendliche und Auszubildende",
    summary=(
        "Was tun, wenn in der Straßenbahn jemand bedroht oder beleidigt wird? Im Training für "
        "die Klassen 9 bis 13 lernen Jugendliche die Regeln für sicheres Helfen kennen und üben "
        "in Rollenspielen, wie man eingreift, ohne sich selbst zu gefährden."
    ),
    description=T("""
        Zu Beginn sammeln die Jugendlichen Situationen, in denen sie schon einmal Zeug*innen von
        Gewalt oder Diskriminierung waren, und was sie am Eingreifen gehindert hat. Wir
        besprechen die sechs Regeln für Zivilcourage: nicht wegsehen, andere gezielt um Hilfe
        bitten, Notruf wählen, Täter*innen nicht duzen oder anfassen, sich Merkmale einprägen,
        als Zeug*in aussagen.

        Danach werden typische Situationen – Bahn, Schulhof, Party, Chat – in Rollenspielen
        geübt. Die Beamt*innen geben Rückmeldung, was die Situation entschärft und was sie
        verschärft hätte.
    """),
    goals=T("""
        Die Schüler*innen können mindestens vier der sechs Regeln für sicheres Eingreifen
        wiedergeben.

        Die Schüler*innen können in einem Rollenspiel eine dritte Person gezielt um Hilfe bitten
        und einen Notruf absetzen.

        Die Schüler*innen können erklären, warum Zuschauende in Gruppen seltener helfen
        (Verantwortungsdiffusion).
    """),
    theory=T("""
        Bystander-Ansatz nach Latané und Darley (fünf Schritte vom Bemerken bis zum Handeln);
        Verhaltenstraining, weil eingeübte Handlungsmuster in Stresssituationen eher abgerufen
        werden. Polizeiliche Kriminalprävention nach den Leitlinien für Zivilcourage.
    """),
    fields=["gewalt", "demokratie"], topics=["zivilcourage"],
    audiences=["schueler", "auszubildende"], grades=(9, 13), school_types=SEK_BBS,
    levels=["universell"], formats=["workshop"], duration=(4, "unterrichtsstunden"),
    sessions=1, group=(12, 28), staff_count=2,
    staff_qualification="Polizeibeamt*innen mit Trainerausbildung Zivilcourage.",
    venues=["schule", "traeger"],
    booking_info="Anfrage per E-Mail; das Training kann auch in den Schulungsräumen der Präventionsstelle stattfinden.",
    lead_time_weeks=6,
    requirements="Raum mit Platz für Rollenspiele (Stühle beiseite), Lehrkraft anwesend.",
    curriculum_link="Gemeinschaftskunde Klasse 9/10, Ethik Klasse 10, Lernfeld Kommunikation an Berufsschulen.",
    evaluation_kind="feedback",
    evaluation_summary="Feedbackbogen der Teilnehmenden und der Lehrkraft.",
)


# --------------------------------------------------------------------------------------
# Angebote – Verkehrssicher unterwegs e. V.
# --------------------------------------------------------------------------------------

offer(
    "sicher-aufs-rad", "verkehrssicher-unterwegs", awarded="2025-03-25",
    title="Sicher aufs Rad – Radfahrtraining in der Jugendverkehrsschule",
    summary=(
        "Begleitend zur Radfahrausbildung in Klasse 4 üben Kinder der Klassen 3 und 4 in der "
        "Jugendverkehrsschule Bremsen, Handzeichen, Linksabbiegen und das Verhalten an "
        "Kreuzungen. Ehrenamtliche Verkehrstrainer*innen arbeiten in Kleingruppen; zum "
        "Abschluss gibt es eine praktische Übungsfahrt im Schonraum."
    ),
    description=T("""
        Das Training umfasst vier Termine à zwei Stunden. Zuerst prüfen die Kinder gemeinsam
        ihr Fahrrad und ihren Helm und üben auf dem Platz Anfahren, Bremsen, Slalom und
        einhändiges Fahren für Handzeichen.

        Ab dem zweiten Termin fahren sie auf dem Verkehrsgarten mit Ampeln, Vorfahrtsschildern
        und Kreisverkehr. Besonders geübt werden der Schulterblick und das Linksabbiegen.

        Beim letzten Termin fahren die Kinder eine Übungsrunde, bei der die Trainer*innen
        Rückmeldung geben. So sind sie gut auf die Radfahrprüfung mit der Polizei vorbereitet.
    """),
    goals=T("""
        Die Kinder können ein Fahrrad auf Verkehrssicherheit prüfen (Bremsen, Licht, Klingel,
        Reflektoren).

        Die Kinder können im Schonraum sicher links abbiegen: Schulterblick, Handzeichen,
        Einordnen.

        Die Kinder können die wichtigsten Verkehrszeichen auf ihrem Schulweg erklären.
    """),
    theory=T("""
        Motorisches Lernen durch wiederholtes Üben in steigender Komplexität; Verkehrserziehung
        als Teil der schulischen Mobilitätsbildung. Kleingruppen mit enger Rückmeldung erhöhen
        die Übungszeit jedes Kindes.
    """),
    fields=["verkehr"], topics=["schulweg"], audiences=["schueler"], grades=(3, 4),
    school_types=["grundschule", "foerderschule"], levels=["universell"],
    formats=["projekttag"], duration=(8, "zeitstunden"), sessions=4, group=(10, 28),
    staff_count=3,
    staff_qualification="Ehrenamtliche Verkehrstrainer*innen mit Vereinsschulung und Erste-Hilfe-Nachweis; erweitertes Führungszeugnis.",
    venues=["ausserschulisch"],
    funding_note="Kostenfrei dank Förderung durch die Stadt und den Landesverband für Verkehrssicherheit.",
    booking_info="Anmeldung per E-Mail bis zum 31. Januar für das Frühjahr bzw. bis 30. Juni für den Herbst; die Termine werden schulweise verteilt.",
    lead_time_weeks=6,
    requirements="Anreise zur Jugendverkehrsschule (Bus oder Fußweg) organisiert die Schule; Fahrräder und Helme können gestellt werden; zwei Begleitpersonen der Schule.",
    curriculum_link="Sachunterricht Klasse 3/4 (Sicher unterwegs, Radfahrausbildung).",
    evaluation_kind="feedback",
    evaluation_summary="Beobachtungsbogen für jedes Kind beim letzten Termin und Rückmeldung der Lehrkraft.",
)

offer(
    "schulweg-detektive", "verkehrssicher-unterwegs", awarded="2025-08-19",
    title="Schulweg-Detektive – den eigenen Schulweg sicher kennen",
    summary=(
        "Erstklässler*innen und Zweitklässler*innen erkunden als „Detektive“ die Wege rund um "
        "ihre Schule, finden gefährliche Stellen und sichere Übergänge und gestalten "
        "gemeinsam einen Schulwegplan für die Klasse."
    ),
    description=T("""
        In der ersten Stunde lernen die Kinder im Klassenzimmer, worauf Fußgänger*innen achten:
        Bordstein, Sichtlinien, Zebrastreifen, Ampel, parkende Autos. Mit Lupe und
        Detektivausweis geht es danach in kleinen Gruppen mit Verkehrstrainer*innen und Eltern
        auf die Straße.

        Die Kinder fotografieren sichere und unsichere Stellen und markieren sie auf einem großen
        Stadtplan. Daraus entsteht ein Schulwegplan, den die Klasse im Schulhaus aufhängt und
        den die Eltern als Kopie erhalten.
    """),
    goals=T("""
        Die Kinder können auf ihrem Schulweg zwei sichere Querungsstellen zeigen.

        Die Kinder können erklären, warum sie zwischen parkenden Autos nicht gesehen werden.

        Die Kinder können eine Straße an einer Ampel und am Zebrastreifen regelgerecht
        überqueren.
    """),
    theory=T("""
        Handlungsorientierte Verkehrserziehung im realen Umfeld: Kinder lernen Verkehrsregeln
        am nachhaltigsten dort, wo sie sie täglich brauchen. Einbeziehung der Eltern als
        Vorbilder und Begleitung.
    """),
    fields=["verkehr"], topics=["schulweg"], audiences=["schueler", "eltern"], grades=(1, 2),
    school_types=["grundschule", "foerderschule"], levels=["universell"],
    formats=["unterrichtseinheit", "projekttag"], duration=(4, "unterrichtsstunden"), sessions=2,
    group=(12, 28), staff_count=3,
    staff_qualification="Ehrenamtliche Verkehrstrainer*innen mit Vereinsschulung; erweitertes Führungszeugnis.",
    venues=["schule", "ausserschulisch"],
    booking_info="Anfrage per E-Mail oder Telefon; besonders beliebt in den ersten Wochen nach den Sommerferien.",
    lead_time_weeks=4,
    requirements="Zwei bis drei Eltern als Begleitung für den Rundgang, Warnwesten stellen wir.",
    curriculum_link="Sachunterricht Klasse 1/2 (Mein Schulweg).",
    evaluation_kind="feedback",
    evaluation_summary="Rückmeldung der Lehrkraft; gemeldete Gefahrenstellen geben wir an die Verkehrsbehörde weiter.",
)

offer(
    "elternabend-schulweg-elterntaxi", "verkehrssicher-unterwegs", awarded="2026-06-09",
    title="Elternabend: Sicherer Schulweg statt Elterntaxi",
    summary=(
        "Für Eltern von Schulanfänger*innen und Kindern der Klasse 2: Wie üben wir den Schulweg, "
        "ab wann kann mein Kind allein gehen, und warum gefährden Elterntaxis vor der Schule "
        "andere Kinder? Mit Tipps für Laufgemeinschaften und auf Wunsch mit Sprachmittlung."
    ),
    description=T("""
        Wir zeigen anhand von Fotos aus dem Einzugsgebiet der Schule, wo Kinder unterwegs sind
        und welche Stellen schwierig sind. Eltern erfahren, wie Kinder im Straßenverkehr
        wahrnehmen – kleiner, langsamer im Einschätzen von Geschwindigkeiten – und wie sie den
        Schulweg in Etappen üben.

        Im zweiten Teil planen die Eltern nach Wohngebieten „Laufbusse“ und Treffpunkte. Wir
        bringen Informationsmaterial in mehreren Sprachen mit.
    """),
    goals=T("""
        Die Eltern kennen drei Schritte, um den Schulweg mit ihrem Kind zu üben.

        Die Eltern können erklären, warum Elterntaxis vor dem Schultor andere Kinder
        gefährden.

        Am Ende des Abends haben sich mindestens zwei Laufgemeinschaften verabredet.
    """),
    theory=T("""
        Elternarbeit als Teil der Verkehrssicherheitsarbeit: Eltern sind Vorbilder und
        entscheiden über die Mobilität ihrer Kinder. Selbstständig zurückgelegte Schulwege
        fördern Verkehrskompetenz und Bewegung.
    """),
    fields=["verkehr", "gesundheit"], topics=["schulweg"], audiences=["eltern"], grades=(1, 2),
    school_types=["grundschule"], levels=["universell"], formats=["elternabend", "vortrag"],
    duration=(1.5, "zeitstunden"), sessions=1, group=(10, 80), staff_count=1,
    staff_qualification="Verkehrspädagoge des Vereins (Lehramt Grundschule, Moderatorenausbildung Verkehrserziehung).",
    venues=["schule"],
    booking_info="Anfrage per E-Mail; ideal ist der erste Elternabend vor oder kurz nach der Einschulung.",
    lead_time_weeks=3,
    requirements="Raum mit Beamer; Stadtplan des Schulbezirks wird mitgebracht.",
    evaluation_kind="feedback",
    evaluation_summary="Rückmeldekarten; Zahl der verabredeten Laufgemeinschaften wird nachgefragt.",
    languages=["de", "ar", "tr", "uk"],
    accessibility_note="Sprachmittlung auf Arabisch, Türkisch und Ukrainisch nach Absprache.",
)

offer(
    "ablenkung-alkohol-drogen-am-steuer", "verkehrssicher-unterwegs", awarded="2025-05-27",
    title="Ablenkung, Alkohol und Drogen am Steuer – Projekttag für junge Fahranfänger*innen",
    summary=(
        "Projekttag für die Klassen 10 bis 13 und Berufsschulklassen kurz vor oder während des "
        "Führerscheins. Die Jugendlichen testen am Fahrsimulator, wie Handy und Müdigkeit die "
        "Reaktion verlangsamen, klären Promillegrenzen und Cannabis-Regeln und planen sichere "
        "Heimwege nach Partys."
    ),
    description=T("""
        An drei Stationen arbeiten die Jugendlichen abwechselnd: Am Fahrsimulator messen sie
        ihre Reaktionszeit mit und ohne Ablenkung durch das Smartphone. An der Station
        „Promille, THC und Führerschein“ lösen sie Fälle zur Null-Promille-Grenze in der Probezeit
        und zu den Regeln für Cannabis im Straßenverkehr.

        An der dritten Station planen sie für typische Situationen – Dorffest, Abiball,
        Clubnacht – sichere Heimwege und Absprachen in der Clique. Auf Unfallvideos und
        Schockbilder verzichten wir bewusst; stattdessen stehen eigene Erfahrungen und
        Entscheidungen im Mittelpunkt.
    """),
    goals=T("""
        Die Schüler*innen können die Promillegrenzen für Fahranfänger*innen und die Regeln zu
        Cannabis im Straßenverkehr korrekt wiedergeben.

        Die Schüler*innen können den Einfluss von Ablenkung auf den Anhalteweg anhand ihrer
        eigenen Messwerte erklären.

        Die Schüler*innen haben für sich einen Plan B für den Heimweg nach einer Feier
        formuliert.
    """),
    theory=T("""
        Risikokompetenzansatz: Selbst gemessene Reaktionszeiten machen Risiken erfahrbar, ohne
        Angst zu erzeugen. Social-Norms-Ansatz (die meisten jungen Fahrer*innen fahren
        nüchtern) und Implementierungsintentionen („Wenn …, dann …“-Pläne) für den Heimweg.
    """),
    fields=["verkehr", "sucht"], topics=["alkohol", "cannabis"],
    audiences=["schueler", "auszubildende"], grades=(10, 13), ages=(16, 21),
    school_types=["oberschule", "gymnasium", "berufsbildende_schule"], levels=["universell"],
    formats=["projekttag", "workshop"], duration=(5, "unterrichtsstunden"), sessions=1,
    group=(15, 30), staff_count=3,
    staff_qualification="Fahrlehrer mit verkehrspädagogischer Zusatzqualifikation und zwei geschulte Moderator*innen des Vereins.",
    venues=["schule"], cost=(8, "pro_person"),
    cost_note="Mindestens 120 Euro pro Termin; Fahrsimulator und Material sind enthalten.",
    funding_note="Berufsschulen können Mittel aus dem städtischen Präventionsfonds beantragen; Fahrschulen in der Region unterstützen teilweise.",
    booking_info="Anfrage per E-Mail; der Simulator ist pro Woche an zwei Schulen im Einsatz.",
    lead_time_weeks=8,
    requirements="Zwei Räume, ein Stromanschluss für den Simulator im Erdgeschoss; Lehrkraft anwesend.",
    curriculum_link="Gemeinschaftskunde Klasse 10, Biologie (Drogen), Lernfeld Gesundheitsschutz an Berufsschulen.",
    evaluation_kind="prozess",
    evaluation_summary="Vorher-nachher-Kurzfragebogen zu Wissen und Absichten; 2025 in 22 Klassen ausgewertet.",
)


# --------------------------------------------------------------------------------------
# Angebote – Starke Kinder – Verein für Kinderschutz e. V.
# --------------------------------------------------------------------------------------

offer(
    "ich-sag-nein-grundschule", "starke-kinder", awarded="2025-01-13",   # Verlängerung fällig
    title="Ich sag Nein! – Präventionskurs gegen sexualisierte Gewalt für Grundschulkinder",
    summary=(
        "Vierteiliger Kurs für die Klassen 1 bis 4 mit einer Version für jede Doppelklassenstufe. "
        "Die Kinder stärken ihr Körpergefühl, lernen ihre Gefühle ernst zu nehmen, Nein zu sagen "
        "und Hilfe zu holen. Ein Elternabend und ein Vorgespräch mit dem Kollegium gehören dazu."
    ),
    description=T("""
        Vor dem Kurs stellen wir Kollegium und Eltern Inhalte und Material vor und klären, wer
        an der Schule Ansprechperson ist, falls sich ein Kind anvertraut. Der Kurs selbst hat
        vier Termine à zwei Unterrichtsstunden im Wochenabstand.

        Die Themen sind: Mein Körper gehört mir; Gefühle und Bauchgefühl; Nein sagen und Grenzen
        achten; gute und schlechte Geheimnisse und Hilfe holen. Wir arbeiten mit
        Bewegungsspielen, Handpuppen, Geschichten und kurzen Rollenspielen.

        Nach dem Kurs erhält die Lehrkraft Material, um die Botschaften im Schulalltag
        aufzugreifen.
    """),
    goals=T("""
        Die Kinder können ihre Körperteile einschließlich der Geschlechtsteile benennen.

        Die Kinder können in einem Rollenspiel deutlich Nein sagen.

        Die Kinder können drei Personen nennen, an die sie sich wenden können, wenn ihnen etwas
        Unangenehmes passiert.

        Das Kollegium kennt den Handlungsplan der Schule für den Fall, dass sich ein Kind
        anvertraut.
    """),
    theory=T("""
        Prävention sexualisierter Gewalt nach dem Ansatz der Stärkung (Empowerment) mit den
        Präventionsbotschaften Körper, Gefühle, Nein sagen, Geheimnisse, Hilfe holen.
        Mehrebenenansatz: Wirksam ist Prävention nur, wenn Erwachsene (Eltern und Kollegium)
        informiert und ansprechbar sind. Keine angstmachenden Inhalte.
    """),
    fields=["kinderschutz", "soziales_lernen"], topics=["grenzen", "gefuehle", "koerperwahrnehmung"],
    audiences=["schueler", "eltern", "lehrkraefte"], grades=(1, 4),
    school_types=["grundschule", "foerderschule"], levels=["universell"],
    formats=["unterrichtseinheit", "elternabend"], duration=(8, "unterrichtsstunden"),
    sessions=4, group=(8, 28), staff_count=2,
    staff_qualification="Sozialpädagogin und Sozialpädagoge mit Weiterbildung zur Fachkraft für Prävention sexualisierter Gewalt; erweitertes Führungszeugnis; Schutzkonzept des Vereins.",
    venues=["schule"], cost=(320, "pro_klasse"),
    cost_note="Inklusive Elternabend und Vorgespräch mit dem Kollegium.",
    funding_note="Für Schulen mit hohem Anteil von Familien mit Bildungspaket-Berechtigung übernimmt die Stadt auf Antrag 80 % der Kosten.",
    booking_info="Anfrage per E-Mail; Kurse werden ein Schulhalbjahr im Voraus geplant, kurzfristige Restplätze stehen auf der Website.",
    lead_time_weeks=12,
    contact_name="Tobias Lindner",
    requirements="Bewegungsfreundlicher Raum (Stuhlkreis), Klassenlehrkraft anwesend, benannte Ansprechperson für Kinderschutz an der Schule.",
    preparation="Vorgespräch mit dem Kollegium, Elternabend, Nachbereitungsmappe für die Lehrkraft.",
    curriculum_link="Sachunterricht Klasse 1–4 (Körper, Gefühle, Zusammenleben), Ethik.",
    evaluation_kind="extern",
    evaluation_summary="Externe Evaluation 2023/24 durch ein Hochschulteam mit Vergleichsgruppe: Kursteilnehmende Kinder erkannten Grenzverletzungen in Fallgeschichten deutlich häufiger und nannten mehr Vertrauenspersonen.",
    external_rating="Grüne Liste Prävention, Stufe 2 (Effektivität wahrscheinlich)",
    external_rating_url=GRUENE_LISTE + "ich-sag-nein",
    languages=["de", "leichte_sprache"],
    accessibility_note="Eine Fassung mit Bildkarten und Leichter Sprache für Förderschulen und DaZ-Klassen ist vorhanden.",
)

offer(
    "elternabend-kinder-stark-machen", "starke-kinder", awarded="2025-10-07",
    title="Elternabend: Kinder stark machen gegen sexualisierte Gewalt",
    summary=(
        "Ein Elternabend für Eltern von Kindern der Klassen 1 bis 6: Wie schütze ich mein Kind, "
        "ohne ihm Angst zu machen? Woran erkenne ich Grenzverletzungen, auch im Internet? Und "
        "was tue ich, wenn mein Kind sich mir anvertraut?"
    ),
    description=T("""
        Wir informieren über Formen und Häufigkeit sexualisierter Gewalt, typische
        Täterstrategien und die wichtigsten Präventionsbotschaften für Kinder. Ein Schwerpunkt
        ist der Umgang mit Smartphone und Online-Spielen, über die Täter*innen Kontakt suchen.

        Im zweiten Teil üben wir anhand von Beispielsätzen, wie Eltern reagieren, wenn ein Kind
        etwas erzählt: ruhig bleiben, glauben, nicht ausfragen, Hilfe holen. Die Eltern erhalten
        eine Liste von Beratungsstellen. Auf Wunsch mit Sprachmittlung auf Arabisch oder Persisch.
    """),
    goals=T("""
        Die Eltern können drei Präventionsbotschaften nennen, die sie ihrem Kind im Alltag
        vermitteln können.

        Die Eltern kennen typische Täterstrategien, auch im Internet (Cybergrooming).

        Die Eltern wissen, wie sie reagieren und wo sie Beratung bekommen, wenn sich ihr Kind
        anvertraut.
    """),
    theory=T("""
        Eltern als wichtigste Schutzpersonen: Informierte, ansprechbare Erwachsene sind ein
        zentraler Schutzfaktor. Der Abend folgt dem Ansatz der Stärkung von Kindern und
        Bezugspersonen und vermeidet angstmachende Darstellungen.
    """),
    fields=["kinderschutz"], topics=["grenzen", "cybergrooming"], audiences=["eltern"],
    grades=(1, 6), levels=["universell"], formats=["elternabend", "vortrag"],
    duration=(2, "zeitstunden"), sessions=1, group=(8, 60), staff_count=1,
    staff_qualification="Fachberaterin für Kinderschutz (Diplom-Sozialpädagogin, insoweit erfahrene Fachkraft).",
    venues=["schule"],
    funding_note="Kostenfrei, gefördert vom Jugendamt der Stadt.",
    booking_info="Anfrage per E-Mail oder Telefon; Elternabende montags bis donnerstags ab 17 Uhr.",
    lead_time_weeks=4,
    contact_name="Sabine Kretzschmar",
    requirements="Raum mit Beamer; eine Ansprechperson der Schule ist anwesend.",
    evaluation_kind="feedback",
    evaluation_summary="Anonyme Rückmeldebögen; Fragen der Eltern werden für die Weiterentwicklung gesammelt.",
    languages=["de", "ar", "fa"],
)

offer(
    "schutzkonzept-fuer-unsere-schule", "starke-kinder", awarded="2025-12-02",
    title="Schutzkonzept für unsere Schule – Fortbildung und Prozessbegleitung für Kollegien",
    summary=(
        "Zwei Fortbildungstage und ein Auswertungstreffen für das ganze Kollegium: Die Schule "
        "erarbeitet eine Risikoanalyse, einen Verhaltenskodex und einen Handlungsplan für den "
        "Verdachtsfall – die Bausteine eines Schutzkonzepts gegen sexualisierte Gewalt."
    ),
    description=T("""
        Am ersten Fortbildungstag geht es um Grundlagen: Formen sexualisierter Gewalt,
        Täterstrategien, die Rolle von Schule. Anschließend führt das Kollegium in Gruppen eine
        Risikoanalyse für die eigene Schule durch – von der Umkleide bis zur Klassenfahrt.

        Am zweiten Tag entstehen Entwürfe für einen Verhaltenskodex, ein Beschwerdeverfahren für
        Schüler*innen und einen Handlungsplan im Verdachtsfall. Eine Steuergruppe der Schule
        arbeitet danach weiter.

        Nach drei Monaten treffen wir uns mit der Steuergruppe zur Auswertung und klären offene
        Fragen.
    """),
    goals=T("""
        Die Schule hat eine schriftliche Risikoanalyse mit mindestens fünf konkreten
        Maßnahmen.

        Das Kollegium kennt den Handlungsplan im Verdachtsfall und die zuständige insoweit
        erfahrene Fachkraft.

        Eine Steuergruppe ist benannt und hat einen Zeitplan bis zur Verabschiedung des
        Schutzkonzepts in der Schulkonferenz.
    """),
    theory=T("""
        Organisationsentwicklung und strukturelle Prävention: Schutzkonzepte verringern
        Tatgelegenheiten und erhöhen die Chance, dass Kinder Hilfe finden. Partizipative
        Erarbeitung im Kollegium erhöht die Verbindlichkeit.
    """),
    fields=["kinderschutz"], topics=["grenzen"], audiences=["lehrkraefte", "fachkraefte"],
    ages=ERWACHSENE, levels=["universell", "selektiv"], formats=["fortbildung", "beratung"],
    duration=(2, "tage"), sessions=3, group=(10, 60), staff_count=2,
    staff_qualification="Zwei Fachberater*innen für Kinderschutz mit Weiterbildung Organisationsentwicklung.",
    venues=["schule"], cost=(1800, "pauschal"),
    cost_note="Pauschale für beide Fortbildungstage, Auswertungstreffen und Materialordner.",
    funding_note="Förderung über das Landesprogramm für schulische Schutzkonzepte und über das Fortbildungsbudget möglich.",
    booking_info="Erstgespräch mit der Schulleitung per Telefon oder E-Mail vereinbaren; Fortbildungstage bevorzugt an pädagogischen Tagen.",
    lead_time_weeks=12,
    requirements="Teilnahme des gesamten Kollegiums einschließlich Schulleitung, Raum für Gruppenarbeit, Beschluss der Lehrerkonferenz.",
    evaluation_kind="prozess",
    evaluation_summary="Dokumentation der Meilensteine je Schule; 2025 haben 7 von 9 begleiteten Schulen ihr Schutzkonzept verabschiedet.",
)

offer(
    "fachberatung-kinderschutz-verdachtsfall", "starke-kinder", awarded="2025-02-18",
    title="Fachberatung im Verdachtsfall – insoweit erfahrene Fachkraft für Schulen",
    summary=(
        "Lehrkräfte und Schulsozialarbeit, die eine Kindeswohlgefährdung vermuten, erhalten eine "
        "anonymisierte Fachberatung nach § 8b SGB VIII: Einschätzung der Situation, nächste "
        "Schritte, Gespräch mit Eltern und Kind, Einbeziehung des Jugendamts."
    ),
    description=T("""
        Die Beratung findet telefonisch, online oder in unseren Räumen statt – in dringenden
        Fällen noch am selben Tag. Die Fallschilderung erfolgt anonymisiert; die Verantwortung
        für das weitere Vorgehen bleibt bei der Schule.

        Gemeinsam schätzen wir die Gefährdung ein, planen Gespräche mit dem Kind und den
        Sorgeberechtigten und klären, ob und wann das Jugendamt informiert werden muss. Auf
        Wunsch gibt es einen Folgetermin.
    """),
    goals=T("""
        Die ratsuchende Fachkraft hat nach der Beratung eine dokumentierte Einschätzung und
        einen konkreten Plan für die nächsten Schritte.

        Die ratsuchende Fachkraft weiß, ob und wie das Jugendamt einzubeziehen ist.
    """),
    theory=T("""
        Gesetzlicher Beratungsanspruch nach § 4 KKG und § 8b SGB VIII; Verfahren der
        Gefährdungseinschätzung durch mehrere Fachkräfte. Indizierte Prävention: frühzeitige
        Hilfe verhindert, dass Gefährdungen fortbestehen.
    """),
    fields=["kinderschutz"], audiences=["lehrkraefte", "fachkraefte"], ages=ERWACHSENE,
    levels=["indiziert"], formats=["beratung"], duration=(1.5, "zeitstunden"), sessions=1,
    group=(1, 5), staff_count=1,
    staff_qualification="Insoweit erfahrene Fachkräfte nach § 8a SGB VIII mit zertifizierter Weiterbildung Kinderschutz.",
    venues=["traeger", "schule", "online"],
    funding_note="Kostenfrei, finanziert über eine Leistungsvereinbarung mit dem Jugendamt.",
    booking_info="Anruf bei der Beratungsstelle werktags 8–16 Uhr; in akuten Fällen Beratung am selben Tag, sonst Termin innerhalb von drei Werktagen.",
    lead_time_weeks=0,
    contact_name="Sabine Kretzschmar",
    requirements="Anonymisierte Fallschilderung; Schulleitung sollte informiert sein.",
    evaluation_kind="feedback",
    evaluation_summary="Kurze Rückmeldung der Ratsuchenden nach Abschluss; anonymisierte Jahresstatistik.",
)

offer(
    "fremde-freunde-cybergrooming", "starke-kinder", awarded="2026-05-19",
    title="Fremde Freunde – Workshop zu Cybergrooming für die Klassen 5 und 6",
    summary=(
        "Viele Kinder chatten in Spielen und Apps mit Menschen, die sie nicht kennen. Der "
        "Workshop zeigt Schüler*innen der Klassen 5 und 6, wie Erwachsene sich Kindern online "
        "mit falscher Freundlichkeit nähern, und übt, Warnsignale zu erkennen und Hilfe zu holen."
    ),
    description=T("""
        Ausgehend von den Lieblingsspielen und Apps der Klasse besprechen wir, wo Kinder online
        Kontakt mit Fremden haben. In einer Chatgeschichte in mehreren Folgen verfolgen die
        Kinder, wie ein angeblicher „Freund“ Komplimente macht, Geschenke anbietet, um Geheimhaltung
        bittet und schließlich Fotos will.

        An jeder Stelle entscheiden die Kinder, was die Figur tun sollte. Danach üben wir das
        Blockieren und Melden und sprechen darüber, warum ein Kind nie schuld ist und immer Hilfe
        holen darf.
    """),
    goals=T("""
        Die Schüler*innen können vier Warnsignale für Cybergrooming nennen, z. B. Geheimhaltung,
        Geschenke, Wechsel in private Chats, Fragen nach Fotos.

        Die Schüler*innen können in einer App zeigen, wie man einen Kontakt blockiert und meldet.

        Die Schüler*innen können eine erwachsene Vertrauensperson und ein Hilfetelefon nennen.
    """),
    theory=T("""
        Prävention sexualisierter Gewalt im digitalen Raum nach dem Ansatz der Stärkung:
        Wissen über Täterstrategien plus Handlungsoptionen statt Verbote. Entlastungsbotschaft
        („Du bist nie schuld“) senkt die Hürde, sich anzuvertrauen.
    """),
    fields=["kinderschutz", "medien"], topics=["cybergrooming", "grenzen", "datenschutz"],
    audiences=["schueler"], grades=(5, 6), school_types=WEITERF_FS, levels=["universell"],
    formats=["workshop"], duration=(3, "unterrichtsstunden"), sessions=1, group=(10, 28),
    staff_count=2,
    staff_qualification="Sozialpädagog*innen mit Weiterbildung Prävention sexualisierter Gewalt und Medienpädagogik; erweitertes Führungszeugnis.",
    venues=["schule"], cost=(150, "pro_klasse"),
    funding_note="Förderung über Schulbudget / Bildungspaket möglich.",
    booking_info="Anfrage per E-Mail; ein Elternbrief vorab ist Pflicht, die Vorlage stellen wir.",
    lead_time_weeks=6,
    requirements="Klassenraum mit Beamer; benannte Ansprechperson für Kinderschutz an der Schule; Lehrkraft im Haus.",
    curriculum_link="Überfachliches Ziel Medienbildung; Ethik Klasse 5/6; Informatik Klasse 5.",
    evaluation_kind="feedback",
    evaluation_summary="Feedbackbögen der Kinder (mit Smileys) und der Lehrkraft.",
)


# --------------------------------------------------------------------------------------
# Angebote – Lebensfragen e. V. (Sexualpädagogik)
# --------------------------------------------------------------------------------------

offer(
    "was-passiert-da-mit-mir-pubertaet", "lebensfragen", awarded="2025-04-01",
    title="Was passiert da mit mir? – Workshop zur Pubertät für die Klassen 4 bis 6",
    summary=(
        "Pickel, Stimmbruch, erste Periode, neue Gefühle: Im Workshop stellen Kinder der Klassen "
        "4 bis 6 alle Fragen zur Pubertät, die sie sonst nicht zu fragen wagen. Wir arbeiten "
        "zeitweise in Mädchen- und Jungengruppen und mit einem anonymen Fragenbriefkasten."
    ),
    description=T("""
        Nach einem gemeinsamen Einstieg mit einem Körperumriss, auf dem die Kinder sammeln, was
        sich in der Pubertät verändert, teilen wir die Klasse auf Wunsch in zwei Gruppen. Mit
        Modellen, Hygieneartikeln und Bildkarten besprechen wir Menstruation, Erektion und
        Samenerguss, Körperpflege und Gefühle.

        Zum Schluss kommt die Klasse wieder zusammen und beantwortet gemeinsam die Fragen aus dem
        Briefkasten. Alle Fragen sind erlaubt; niemand muss über sich selbst sprechen.
    """),
    goals=T("""
        Die Kinder können fünf körperliche Veränderungen in der Pubertät bei allen Geschlechtern
        benennen.

        Die Kinder kennen die Fachbegriffe für die Geschlechtsorgane und können sie ohne Scheu
        verwenden.

        Die Kinder wissen, an wen sie sich mit Fragen zu ihrem Körper wenden können.
    """),
    theory=T("""
        Ganzheitliche sexuelle Bildung nach den WHO-Standards für die Sexualaufklärung in Europa:
        altersgerechtes Wissen, positive Haltung zum eigenen Körper, Sprachfähigkeit. Externe
        Fachkräfte ermöglichen einen geschützten Rahmen, der den Unterricht ergänzt.
    """),
    fields=["sexuelle_bildung", "gesundheit"], topics=["koerperwahrnehmung", "gefuehle"],
    audiences=["schueler"], grades=(4, 6),
    school_types=["grundschule", "oberschule", "gymnasium", "foerderschule"], levels=["universell"],
    formats=["workshop"], duration=(3, "unterrichtsstunden"), sessions=1, group=(10, 28),
    staff_count=2,
    staff_qualification="Sexualpädagogin und Sexualpädagoge mit zertifizierter Weiterbildung Sexualpädagogik; erweitertes Führungszeugnis.",
    venues=["schule", "traeger"], cost=(3, "pro_person"),
    cost_note="Mindestens 60 Euro pro Klasse; Hygieneartikel zum Mitnehmen sind enthalten.",
    funding_note="Übernahme über das Bildungspaket möglich.",
    booking_info="Anfrage per E-Mail; Termine werden ein Schulhalbjahr im Voraus vergeben.",
    lead_time_weeks=8,
    requirements="Zwei Räume für die Gruppenarbeit; Lehrkraft nicht im Raum, aber erreichbar.",
    preparation="Elternbrief (Vorlage in vier Sprachen) und ein Fragenbriefkasten in der Woche vorher.",
    curriculum_link="Sachunterricht Klasse 4 (Körper und Entwicklung), Biologie Klasse 6 (Fortpflanzung und Entwicklung des Menschen).",
    evaluation_kind="feedback",
    evaluation_summary="Feedback mit Smiley-Bögen; Fragen aus dem Briefkasten werden anonym ausgewertet und fließen in das Material ein.",
)

offer(
    "liebe-sex-verhuetung", "lebensfragen", awarded="2025-06-24",
    title="Liebe, Sex und Verhütung – sexualpädagogischer Workshop",
    summary=(
        "Ein Workshop für die Klassen 8 bis 10 in unserer Beratungsstelle oder in der Schule: "
        "Beziehungen, erstes Mal, Einverständnis, Verhütung und sexuell übertragbare "
        "Infektionen – mit Verhütungskoffer, Quiz und Raum für anonyme Fragen."
    ),
    description=T("""
        Die Jugendlichen beginnen mit einer Wertediskussion: Was macht eine gute Beziehung aus?
        Woran merke ich, dass jemand wirklich einverstanden ist? Danach lernen sie im
        Stationenlauf Verhütungsmittel kennen, üben am Modell den Umgang mit Kondomen und klären
        Mythen zu sexuell übertragbaren Infektionen.

        Zum Abschluss stellen wir die Beratungsstelle vor: Wer kann hierherkommen, was kostet
        es, wer erfährt davon? So sinkt die Hemmschwelle, sich später selbst Rat zu holen.
    """),
    goals=T("""
        Die Schüler*innen können drei Verhütungsmittel mit ihrer Anwendung und Sicherheit
        erklären.

        Die Schüler*innen können erklären, was Einverständnis (Konsens) in einer sexuellen
        Beziehung bedeutet.

        Die Schüler*innen wissen, wo sie vertraulich und kostenlos Beratung zu Verhütung und
        Schwangerschaft erhalten.
    """),
    theory=T("""
        Sexuelle Bildung als Teil der Gesundheitsförderung (WHO-Standards); Ansatz der
        Selbstbestimmung und Konsensbildung; Abbau von Zugangsbarrieren zur Beratung durch
        persönliches Kennenlernen der Beratungsstelle.
    """),
    fields=["sexuelle_bildung", "gesundheit"], topics=["vielfalt", "koerperwahrnehmung"],
    audiences=["schueler"], grades=(8, 10), school_types=WEITERF_FS, levels=["universell"],
    formats=["workshop"], duration=(4, "unterrichtsstunden"), sessions=1, group=(10, 28),
    staff_count=2,
    staff_qualification="Sexualpädagog*innen der Beratungsstelle mit zertifizierter Weiterbildung; erweitertes Führungszeugnis.",
    venues=["traeger", "schule"], cost=(4, "pro_person"),
    cost_note="Mindestens 80 Euro pro Klasse.",
    funding_note="Übernahme über das Bildungspaket möglich.",
    booking_info="Anfrage per E-Mail; Workshops in der Beratungsstelle dienstags und donnerstags ab 8 Uhr.",
    lead_time_weeks=6,
    requirements="Bei Durchführung in der Schule zwei Räume; Anreise zur Beratungsstelle mit der Straßenbahn (Haltestelle vor der Tür).",
    curriculum_link="Biologie Klasse 8 (Sexualität des Menschen), Ethik Klasse 9 (Liebe und Partnerschaft).",
    evaluation_kind="feedback",
    evaluation_summary="Anonyme Feedbackbögen; jährliche Auswertung im Team.",
    update=("draft", dict(
        cost=(5, "pro_person"),
        cost_note="Ab dem Schuljahr 2027/28: mindestens 100 Euro pro Klasse.",
        description=T("""
            Die Jugendlichen beginnen mit einer Wertediskussion: Was macht eine gute Beziehung
            aus? Woran merke ich, dass jemand wirklich einverstanden ist? Danach lernen sie im
            Stationenlauf Verhütungsmittel kennen, üben am Modell den Umgang mit Kondomen und
            klären Mythen zu sexuell übertragbaren Infektionen.

            Neu ist eine Station zu Beziehungen im Netz: Wie gehe ich mit Druck in Chats um, was
            gilt für das Teilen von Bildern?

            Zum Abschluss stellen wir die Beratungsstelle vor: Wer kann hierherkommen, was
            kostet es, wer erfährt davon? So sinkt die Hemmschwelle, sich später selbst Rat zu
            holen.
        """),
    )),
)

offer(
    "viele-arten-zu-lieben", "lebensfragen", awarded="2026-01-13",
    title="Viele Arten zu lieben – Workshop zu sexueller und geschlechtlicher Vielfalt",
    summary=(
        "Schwul als Schimpfwort, Unsicherheit bei trans Mitschüler*innen, Klischees über "
        "„richtige“ Jungs und Mädchen: Der Workshop für die Klassen 8 bis 12 vermittelt Wissen "
        "über sexuelle und geschlechtliche Vielfalt und stärkt einen respektvollen Umgang in der "
        "Klasse."
    ),
    description=T("""
        Mit einem Begriffe-Memory klären die Jugendlichen Wörter wie lesbisch, bisexuell, trans,
        inter oder nicht-binär. Danach untersuchen sie Rollenbilder in Werbung und Musikvideos
        und sammeln, welche Erwartungen an Mädchen und Jungen sie selbst erleben.

        Im dritten Teil geht es um den Schulalltag: Welche Sprüche fallen, und wie kann man
        reagieren? Die Klasse formuliert Vorschläge für einen respektvollen Umgang, die sie mit
        der Klassenleitung bespricht.
    """),
    goals=T("""
        Die Schüler*innen können fünf Begriffe zu sexueller und geschlechtlicher Vielfalt
        richtig erklären.

        Die Schüler*innen können an einem Beispiel erklären, wie Geschlechterklischees das
        eigene Verhalten beeinflussen.

        Die Klasse formuliert mindestens drei Vorschläge gegen abwertende Sprache im
        Schulalltag.
    """),
    theory=T("""
        Sexualpädagogik der Vielfalt und Anti-Diskriminierungsansatz; Kontakthypothese und
        Perspektivwechsel. Die Arbeit orientiert sich an den Bildungszielen der sächsischen
        Lehrpläne zu Toleranz und Gleichberechtigung.
    """),
    fields=["sexuelle_bildung", "extremismus"], topics=["vielfalt", "hate_speech"],
    audiences=["schueler"], grades=(8, 12), school_types=SEK_BBS, levels=["universell"],
    formats=["workshop"], duration=(3, "unterrichtsstunden"), sessions=1, group=(10, 28),
    staff_count=2,
    staff_qualification="Sexualpädagog*innen mit Fortbildung zu geschlechtlicher Vielfalt; erweitertes Führungszeugnis.",
    venues=["schule"], cost=(120, "pro_klasse"),
    booking_info="Anfrage per E-Mail; bitte kurz schildern, ob es einen konkreten Anlass in der Klasse gibt.",
    lead_time_weeks=6,
    requirements="Klassenraum mit Beamer; Lehrkraft nicht im Raum.",
    curriculum_link="Ethik Klasse 9/10, Biologie Klasse 8, Gemeinschaftskunde (Grundrechte).",
    evaluation_kind="feedback",
    evaluation_summary="Anonyme Feedbackbögen; Rückmeldegespräch mit der Klassenleitung.",
)

offer(
    "porno-ist-nicht-echt", "lebensfragen", awarded="2025-11-25",
    title="Porno ist nicht echt – Workshop zu Pornografie und Medienbildern",
    summary=(
        "Viele Jugendliche sehen Pornos, lange bevor sie darüber sprechen. Der Workshop für die "
        "Klassen 8 bis 10 klärt, wie Pornografie gemacht wird, was sie mit Körperbildern und "
        "Erwartungen macht und was rechtlich gilt – ohne Bilder zu zeigen und ohne zu "
        "moralisieren."
    ),
    description=T("""
        Wir arbeiten in getrennten Gruppen. Nach einem anonymen Stimmungsbild („Wann hast du zum
        ersten Mal einen Porno gesehen – gewollt oder ungewollt?“) vergleichen die Jugendlichen
        Drehbuch und Wirklichkeit: Was zeigt ein Porno nicht? Wie entstehen die Körper, die dort
        zu sehen sind?

        Danach geht es um Rechtliches – Weitergabe an Minderjährige, Deepfakes, Verbreitung im
        Klassenchat – und um die Frage, was eine respektvolle Sexualität ausmacht. Eltern
        erhalten vorab einen Informationsbrief.
    """),
    goals=T("""
        Die Schüler*innen können drei Unterschiede zwischen Pornografie und realer Sexualität
        benennen.

        Die Schüler*innen können erklären, warum das Verschicken pornografischer Inhalte an
        Minderjährige strafbar ist.

        Die Schüler*innen wissen, was sie tun können, wenn sie ungewollt pornografische Inhalte
        erhalten.
    """),
    theory=T("""
        Pornografiekompetenz als Teil von Medienkompetenz und sexueller Bildung; kritische
        Medienanalyse statt Tabuisierung. Sexualpädagogik der Vielfalt; Jugendmedienschutz.
    """),
    fields=["sexuelle_bildung", "medien"], topics=["pornografie", "sexting", "koerperwahrnehmung"],
    audiences=["schueler"], grades=(8, 10), school_types=WEITERF, levels=["universell"],
    formats=["workshop"], duration=(3, "unterrichtsstunden"), sessions=1, group=(10, 28),
    staff_count=2,
    staff_qualification="Sexualpädagogin und Sexualpädagoge mit medienpädagogischer Fortbildung; erweitertes Führungszeugnis.",
    venues=["schule"], cost=(130, "pro_klasse"),
    booking_info="Anfrage per E-Mail; der Informationsbrief an die Eltern muss zwei Wochen vor dem Termin verschickt sein.",
    lead_time_weeks=6,
    requirements="Zwei Räume für getrennte Gruppen; Lehrkraft nicht im Raum.",
    preparation="Elternbrief (Vorlage); Materialien für eine Nachbereitungsstunde zum Thema Körperbilder.",
    curriculum_link="Biologie Klasse 8, Ethik Klasse 9, überfachliches Ziel Medienbildung.",
    evaluation_kind="feedback",
    evaluation_summary="Anonyme Feedbackbögen getrennt nach Gruppen.",
)

offer(
    "mein-koerper-meine-gefuehle-leichte-sprache", "lebensfragen", awarded="2025-06-02",
    listing="paused",
    reason="Die Stelle der Sexualpädagogin mit Gebärdensprachkompetenz ist bis voraussichtlich März 2027 unbesetzt; bis dahin können keine Termine vergeben werden.",
    title="Mein Körper, meine Gefühle – sexuelle Bildung in Leichter Sprache und Gebärdensprache",
    summary=(
        "Eine Reihe mit drei Terminen für Förderschulklassen und inklusive Lerngruppen: "
        "Körper, Pubertät, Freundschaft, Liebe und Grenzen – erklärt in Leichter Sprache, mit "
        "Bildkarten, Modellen und auf Wunsch in Deutscher Gebärdensprache."
    ),
    description=T("""
        Die drei Termine bauen aufeinander auf: (1) Mein Körper verändert sich, (2) Freundschaft,
        Liebe und Gefühle, (3) Meine Grenzen – deine Grenzen. Wir arbeiten in kleinen Gruppen
        mit vielen Wiederholungen, mit anfassbaren Modellen und mit Bildkarten.

        Vorab sprechen wir mit den Lehrkräften über die Klasse, besondere Bedarfe und die
        Kommunikationsformen der Schüler*innen. Die Eltern erhalten einen Elternbrief in
        Leichter Sprache.
    """),
    goals=T("""
        Die Schüler*innen können mit Hilfe von Bildkarten Körperteile und Veränderungen in der
        Pubertät benennen.

        Die Schüler*innen können zeigen oder sagen, wann sie eine Berührung nicht möchten.

        Die Schüler*innen kennen eine Person an der Schule, mit der sie über ihren Körper und
        ihre Gefühle sprechen können.
    """),
    theory=T("""
        Inklusive sexuelle Bildung: Menschen mit Behinderung haben das gleiche Recht auf
        sexuelle Bildung und sind zugleich häufiger von sexualisierter Gewalt betroffen.
        Barrierefreie Kommunikation und Wiederholung sichern das Verstehen.
    """),
    fields=["sexuelle_bildung", "kinderschutz"], topics=["koerperwahrnehmung", "grenzen", "gefuehle"],
    audiences=["schueler"], grades=(5, 10), ages=(10, 18), school_types=["foerderschule"],
    levels=["universell", "selektiv"], formats=["unterrichtseinheit", "workshop"],
    duration=(6, "unterrichtsstunden"), sessions=3, group=(4, 12), staff_count=2,
    staff_qualification="Sexualpädagogin mit DGS-Kompetenz und Heilpädagoge mit Weiterbildung Sexualpädagogik.",
    venues=["schule"],
    funding_note="Kostenfrei dank Förderung durch den Kommunalen Sozialverband.",
    booking_info="Derzeit pausiert; Interessensbekundungen für das Sommerhalbjahr 2027 per E-Mail möglich.",
    lead_time_weeks=8,
    requirements="Ruhiger Raum, Lehrkraft oder Schulbegleitung anwesend.",
    evaluation_kind="feedback",
    evaluation_summary="Rückmeldung mit Bildkarten und Gespräch mit den Lehrkräften.",
    languages=["de", "leichte_sprache", "dgs"],
    accessibility_note="Alle Materialien in Leichter Sprache; Gebärdensprache nach Absprache; rollstuhlgeeignete Modelle und Arbeitshöhen.",
)


# --------------------------------------------------------------------------------------
# Angebote – Brückenschlag – Psychosozialer Jugenddienst gGmbH
# --------------------------------------------------------------------------------------

offer(
    "kopfsache-seelische-gesundheit", "brueckenschlag", awarded="2025-03-11",
    title="Kopfsache – Schultag zur seelischen Gesundheit",
    summary=(
        "Ein Schultag für die Klassen 8 bis 12 über psychische Gesundheit: Was ist eine "
        "Depression, was eine Angststörung? Woran merke ich, dass es einer Freundin nicht gut "
        "geht? Eine junge Erwachsene mit eigener Krisenerfahrung ist Teil des Teams."
    ),
    description=T("""
        Am Vormittag sammeln die Jugendlichen, was sie über psychische Erkrankungen wissen und
        welche Vorurteile es gibt. In Kleingruppen bearbeiten sie Fallgeschichten zu
        Depression, Angst, Essstörungen und Sucht und überlegen, was den Betroffenen helfen
        würde.

        Im zweiten Teil erzählt eine junge Erwachsene im Gespräch mit den Jugendlichen von ihrem
        Weg durch eine Krise und zurück – eingebettet in die Arbeit des Tages, nicht als
        Einzelvortrag. Danach üben die Jugendlichen, wie man jemanden anspricht, und lernen die
        Hilfsangebote in der Stadt kennen.
    """),
    goals=T("""
        Die Schüler*innen können drei Warnzeichen einer psychischen Krise bei Gleichaltrigen
        benennen.

        Die Schüler*innen können in einem Rollenspiel eine Freundin oder einen Freund
        ansprechen, um die es ihnen Sorgen macht.

        Die Schüler*innen kennen zwei Anlaufstellen für Jugendliche in seelischen Krisen.
    """),
    theory=T("""
        Anti-Stigma-Ansatz durch Kontakt: Begegnung mit Menschen mit Krisenerfahrung baut
        Vorurteile nachweislich stärker ab als reine Information. Förderung der Mental Health
        Literacy (Wissen, Hilfesuchverhalten) und des Gatekeeper-Ansatzes unter Gleichaltrigen.
    """),
    fields=["psychische_gesundheit"], topics=["stress", "gefuehle", "selbstverletzung", "essstoerungen"],
    audiences=["schueler"], grades=(8, 12), school_types=SEK_BBS, levels=["universell"],
    formats=["projekttag"], duration=(6, "unterrichtsstunden"), sessions=1, group=(12, 28),
    staff_count=3,
    staff_qualification="Psychologin (M. Sc.), Sozialarbeiter mit Krisenerfahrung und eine geschulte Expertin aus Erfahrung; erweitertes Führungszeugnis.",
    venues=["schule"], cost=(200, "pro_klasse"),
    funding_note="Förderung durch Krankenkassen im Rahmen der Prävention in Lebenswelten möglich; wir stellen den Antrag gemeinsam mit der Schule.",
    booking_info="Anfrage per E-Mail; Vorgespräch mit der Klassenleitung ist verpflichtend, um Jugendliche in akuten Krisen vorab zu berücksichtigen.",
    lead_time_weeks=8,
    requirements="Klassenraum und ein zusätzlicher ruhiger Raum als Rückzugsort; Schulsozialarbeit oder Beratungslehrkraft erreichbar.",
    curriculum_link="Biologie Klasse 9/10 (Gesundheit), Ethik Klasse 10, Psychologie in der Sekundarstufe II.",
    evaluation_kind="extern",
    evaluation_summary="Begleitstudie einer Universität 2024/25 mit Vorher-nachher-Befragung: weniger stigmatisierende Einstellungen und höhere Bereitschaft, Hilfe zu suchen, auch nach drei Monaten.",
    external_rating="Grüne Liste Prävention, Stufe 2 (Effektivität wahrscheinlich)",
    external_rating_url=GRUENE_LISTE + "kopfsache",
)

offer(
    "pruefungsstress-gelassen-bleiben", "brueckenschlag", awarded="2025-01-14",   # Verlängerung fällig
    title="Prüfungsstress? Gelassen bleiben – Training für Abschlussklassen",
    summary=(
        "Drei Termine für Abschlussklassen der Oberschule, des Gymnasiums und der Berufsschule: "
        "Die Jugendlichen lernen, wie Stress und Prüfungsangst entstehen, üben kurze "
        "Entspannungs- und Lernstrategien und planen die Wochen bis zur Prüfung realistisch."
    ),
    description=T("""
        Beim ersten Termin erstellen die Jugendlichen eine persönliche Stresslandkarte: Was
        stresst mich, woran merke ich es, was hilft mir schon? Wir erklären, was im Körper bei
        Stress passiert und warum Schlaf und Pausen das Lernen verbessern.

        Beim zweiten Termin üben sie Atemtechniken, progressive Muskelentspannung und den Umgang
        mit Blackouts in der Prüfung. Beim dritten Termin planen sie ihre Lernzeit bis zur
        Prüfung und verabreden Lerngruppen.
    """),
    goals=T("""
        Die Schüler*innen können zwei kurze Entspannungstechniken selbstständig anwenden.

        Die Schüler*innen haben einen persönlichen Lernplan bis zur Abschlussprüfung erstellt.

        Die Schüler*innen kennen eine Anlaufstelle, falls der Druck zu groß wird.
    """),
    theory=T("""
        Transaktionales Stressmodell nach Lazarus: Stress hängt von der Bewertung der
        Situation und den eigenen Ressourcen ab. Resilienzförderung durch Stärkung von
        Bewältigungsstrategien; Methoden aus evaluierten Stresspräventionsprogrammen für
        Jugendliche.
    """),
    fields=["psychische_gesundheit", "gesundheit"], topics=["stress"],
    audiences=["schueler"], grades=(9, 13), school_types=SEK_BBS, levels=["universell"],
    formats=["workshop", "unterrichtseinheit"], duration=(6, "unterrichtsstunden"), sessions=3,
    group=(10, 28), staff_count=1,
    staff_qualification="Psychologin (M. Sc.) mit Trainerausbildung Stressbewältigung.",
    venues=["schule"],
    funding_note="Kostenfrei, gefördert durch eine Krankenkasse im Rahmen der Prävention in Lebenswelten.",
    booking_info="Anfrage per E-Mail; am besten zwischen November und Februar vor den Abschlussprüfungen.",
    lead_time_weeks=4,
    requirements="Klassenraum, in dem Stühle beiseitegestellt werden können; Isomatten bringen wir mit.",
    curriculum_link="Klassenleiterstunden, Berufsorientierung, Sport (Entspannung).",
    evaluation_kind="prozess",
    evaluation_summary="Kurzer Stressfragebogen beim ersten und dritten Termin; Auswertung je Schule.",
)

offer(
    "fortbildung-selbstverletzung-krisen", "brueckenschlag", awarded="2025-10-21",
    title="Wenn Jugendliche sich selbst verletzen – Fortbildung für Lehrkräfte",
    summary=(
        "Ritzen, Essstörungen, Suizidgedanken: Die Fortbildung vermittelt Lehrkräften und "
        "Schulsozialarbeit Hintergrundwissen und Sicherheit im Gespräch mit betroffenen "
        "Schüler*innen und zeigt, wie die Schule mit Eltern und Hilfesystem zusammenarbeitet."
    ),
    description=T("""
        Im ersten Teil geht es um Hintergründe: Warum verletzen sich Jugendliche selbst? Welche
        Warnzeichen gibt es für Suizidalität? Im zweiten Teil üben die Teilnehmenden in
        Kleingruppen ein erstes Gespräch mit einer betroffenen Schülerin – anhand von Fallkarten
        und mit Rückmeldung.

        Zum Schluss erarbeiten wir, wie ein Ablaufplan für die Schule aussehen kann: Wer spricht
        mit wem, wann werden Eltern informiert, wie wird die Klasse einbezogen?
    """),
    goals=T("""
        Die Teilnehmenden können drei Funktionen selbstverletzenden Verhaltens erklären.

        Die Teilnehmenden können ein erstes Gespräch mit einer betroffenen Schülerin oder einem
        betroffenen Schüler nach einem Leitfaden führen.

        Die Teilnehmenden kennen die Anlaufstellen für akute Krisen in der Stadt.
    """),
    theory=T("""
        Gatekeeper-Ansatz der Suizidprävention: Geschulte Bezugspersonen erkennen Krisen früher
        und vermitteln in Hilfe. Selektive und indizierte Prävention durch Stärkung der
        Handlungssicherheit von Fachkräften.
    """),
    fields=["psychische_gesundheit"], topics=["selbstverletzung", "essstoerungen", "gefuehle"],
    audiences=["lehrkraefte", "fachkraefte"], ages=ERWACHSENE, levels=["selektiv", "indiziert"],
    formats=["fortbildung"], duration=(3.5, "zeitstunden"), sessions=1, group=(8, 25),
    staff_count=2,
    staff_qualification="Kinder- und Jugendlichenpsychotherapeutin und Sozialpädagoge des Krisendienstes.",
    venues=["traeger", "online"], cost=(45, "pro_person"),
    cost_note="Schulinterne Fortbildung für ein Kollegium: 650 Euro pauschal.",
    funding_note="Abrechnung über das Fortbildungsbudget der Schule möglich.",
    booking_info="Offene Termine jeweils im Oktober und März; Anmeldung per E-Mail.",
    lead_time_weeks=3,
    contact_name="Dr. Miriam Hähnel",
    requirements="Bei der Online-Variante Kamera und Mikrofon.",
    evaluation_kind="feedback",
    evaluation_summary="Feedbackbogen und Nachbefragung nach sechs Monaten zur Umsetzung an den Schulen.",
)

offer(
    "krisenintervention-schule", "brueckenschlag", awarded="2025-07-15",
    title="Krisenintervention nach belastenden Ereignissen an der Schule",
    summary=(
        "Nach dem Tod einer Schülerin, einem schweren Unfall, einem Suizid oder einer Gewalttat "
        "unterstützt unser Kriseninterventionsteam die Schule: Beratung der Schulleitung, "
        "Gespräche mit betroffenen Klassen, Informationsabend für Eltern."
    ),
    description=T("""
        Nach dem ersten Anruf berät eine Fachkraft die Schulleitung telefonisch: Wie informieren
        wir Kollegium, Klassen und Eltern? Was sagen wir, was nicht? Innerhalb von 24 Stunden
        kommt das Team auf Wunsch in die Schule.

        Wir begleiten betroffene Klassen in moderierten Gesprächsrunden, bieten Einzelgespräche
        an und vermitteln bei Bedarf in weiterführende Hilfe. Nach einigen Wochen findet ein
        Auswertungsgespräch mit der Schule statt.
    """),
    goals=T("""
        Die Schulleitung hat innerhalb von 24 Stunden einen abgestimmten Plan für Information
        und Begleitung.

        Betroffene Schüler*innen mit erhöhtem Hilfebedarf werden erkannt und an passende Hilfen
        vermittelt.
    """),
    theory=T("""
        Psychosoziale Notfallversorgung nach den Standards der Krisenintervention an Schulen:
        Stabilisierung, Information, Stärkung vorhandener Ressourcen, Triage für weiterführende
        Hilfen. Indizierte Prävention gegen Folgestörungen.
    """),
    fields=["psychische_gesundheit"], topics=["selbstverletzung", "gefuehle"],
    audiences=["schueler", "lehrkraefte", "fachkraefte", "eltern"], grades=(1, 13),
    levels=["indiziert"], formats=["beratung"], duration=(1, "tage"), sessions=2, group=(1, 30),
    staff_count=2,
    staff_qualification="Psycholog*innen und Sozialarbeiter*innen mit Ausbildung in Krisenintervention und Notfallpsychologie.",
    venues=["schule"],
    funding_note="Kostenfrei; finanziert über den Krisendienst der Stadt.",
    booking_info="Krisentelefon werktags 8–18 Uhr; außerhalb dieser Zeiten über den ärztlichen Bereitschaftsdienst bzw. die Polizei.",
    lead_time_weeks=0,
    requirements="Ein ruhiger Raum für Gespräche; eine Ansprechperson der Schulleitung.",
    evaluation_kind="prozess",
    evaluation_summary="Jeder Einsatz wird dokumentiert und mit der Schule ausgewertet.",
)

offer(
    "gefuehlsdetektive-klasse-1-2", "brueckenschlag", awarded="2026-02-24",
    title="Gefühlsdetektive – soziales Lernen in den Klassen 1 und 2",
    summary=(
        "In sechs Stunden lernen Kinder der Klassen 1 und 2 mit der Handpuppe Fred, Gefühle zu "
        "erkennen, zu benennen und mit Wut umzugehen. Die Klasse übt eine einfache "
        "Streitregel ein, die die Lehrkraft im Alltag weiter nutzt."
    ),
    description=T("""
        Jede Stunde beginnt mit einem Gefühlsbarometer, an dem die Kinder zeigen, wie es ihnen
        geht. Die Handpuppe Fred erlebt Alltagssituationen – er wird ausgelacht, verliert ein
        Spiel, freut sich auf Geburtstag – und die Kinder helfen ihm, seine Gefühle zu
        verstehen.

        Ab der vierten Stunde üben die Kinder die Ampelregel bei Streit: Stopp – Nachdenken –
        Lösung suchen. Die Lehrkraft ist in allen Stunden dabei und erhält Material, um die
        Ampelregel im Klassenalltag weiterzuführen.
    """),
    goals=T("""
        Die Kinder können vier Grundgefühle (Freude, Wut, Angst, Trauer) an Gesichtern
        erkennen und benennen.

        Die Kinder können die drei Schritte der Ampelregel aufsagen und in einem Rollenspiel
        anwenden.

        Die Lehrkraft nutzt die Ampelregel nach Abschluss der Reihe mindestens einmal pro Woche.
    """),
    theory=T("""
        Förderung sozial-emotionaler Kompetenzen als Schutzfaktor gegen spätere Gewalt- und
        Suchtprobleme; angelehnt an evaluierte Programme für das Grundschulalter (z. B.
        PATHS). Lernen am Modell (Bandura) mit der Handpuppe als Identifikationsfigur.
    """),
    fields=["soziales_lernen", "psychische_gesundheit"], topics=["gefuehle", "konfliktloesung"],
    audiences=["schueler"], grades=(1, 2), school_types=["grundschule", "foerderschule"],
    levels=["universell"], formats=["unterrichtseinheit"], duration=(6, "unterrichtsstunden"),
    sessions=6, group=(10, 28), staff_count=1,
    staff_qualification="Sozialpädagogin mit Zusatzqualifikation in Kinder-Gruppentrainings; erweitertes Führungszeugnis.",
    venues=["schule"], cost=(240, "pro_klasse"),
    funding_note="Förderung über Schulbudget / Bildungspaket möglich.",
    booking_info="Anfrage per E-Mail; die sechs Stunden finden wöchentlich an einem festen Wochentag statt.",
    lead_time_weeks=6,
    requirements="Klassenraum mit Stuhlkreis; Klassenlehrkraft in allen Stunden anwesend.",
    preparation="Materialmappe mit Gefühlskarten, Ampelplakat und Elternbrief.",
    curriculum_link="Sachunterricht Klasse 1/2 (Ich und die anderen), Ethik Klasse 1/2.",
    evaluation_kind="prozess",
    evaluation_summary="Beobachtungsbogen der Lehrkraft vor und nach der Reihe; Auswertung pro Klasse.",
)


# --------------------------------------------------------------------------------------
# Angebote – Evangelisches Jugendwerk St. Markus
# --------------------------------------------------------------------------------------

offer(
    "tage-der-orientierung", "ev-jugendwerk-st-markus", awarded="2024-09-16",
    listing="expired",   # Siegel im September 2026 abgelaufen, Verlängerung nicht beantragt
    title="Tage der Orientierung – Wer bin ich, was will ich?",
    summary=(
        "Drei Tage mit Übernachtung in unserem Freizeitheim für die Klassen 8 bis 10: Die "
        "Jugendlichen denken über Stärken, Freundschaft, Zukunftspläne und Zusammenhalt in der "
        "Klasse nach. Offen für alle, unabhängig von Religion und Weltanschauung."
    ),
    description=T("""
        Am ersten Tag stehen Kennenlernen und Gruppenaufgaben im Mittelpunkt. Am zweiten Tag
        wählen die Jugendlichen Themenwerkstätten: „Meine Stärken“, „Freundschaft und Liebe“,
        „Was kommt nach der Schule?“ oder „Stress und Druck“. Abends gibt es ein gemeinsames
        Programm, das die Klasse selbst plant.

        Am dritten Tag formuliert jede und jeder einen persönlichen Vorsatz, und die Klasse hält
        fest, was sie in den Schulalltag mitnimmt. Es gibt keine religiösen Pflichtelemente;
        ein freiwilliger Abendimpuls wird vorher angekündigt.
    """),
    goals=T("""
        Die Schüler*innen können drei eigene Stärken benennen und mit Beispielen belegen.

        Die Klasse vereinbart zwei konkrete Verabredungen für ihr Miteinander im Schulalltag.

        Die Schüler*innen formulieren einen persönlichen Vorsatz für die nächsten Monate.
    """),
    theory=T("""
        Lebenskompetenzansatz und Resilienzförderung: Selbstwahrnehmung, Zielklärung und
        Gruppenerleben stärken Schutzfaktoren. Erlebnispädagogische Elemente und der Abstand
        vom Schulalltag erleichtern neue Erfahrungen in der Klassengemeinschaft.
    """),
    fields=["soziales_lernen", "psychische_gesundheit"], topics=["gefuehle", "stress", "vielfalt"],
    audiences=["schueler"], grades=(8, 10), school_types=WEITERF_FS, levels=["universell"],
    formats=["projektwoche"], duration=(3, "tage"), sessions=1, group=(15, 30), staff_count=3,
    staff_qualification="Gemeinde- und Sozialpädagog*innen mit Juleica und erlebnispädagogischer Zusatzausbildung; erweitertes Führungszeugnis.",
    venues=["ausserschulisch"], cost=(45, "pro_person"),
    cost_note="Inklusive Übernachtung und Vollverpflegung; Anreise organisiert die Schule.",
    funding_note="Zuschuss über das Bildungspaket (Klassenfahrten) und den Kinder- und Jugendplan möglich.",
    booking_info="Anfrage per E-Mail; Belegung des Freizeitheims ein Jahr im Voraus.",
    lead_time_weeks=26,
    requirements="Zwei Begleitlehrkräfte; Einverständniserklärungen der Eltern.",
    evaluation_kind="feedback",
    evaluation_summary="Feedbackrunde und Bogen am letzten Tag; Rückmeldung der Lehrkräfte nach vier Wochen.",
)

offer(
    "zusammen-sind-wir-klasse", "ev-jugendwerk-st-markus", awarded="2025-08-12",
    title="Zusammen sind wir Klasse – Teamtag für neue 5. Klassen",
    summary=(
        "Ein Teamtag in den ersten Wochen nach dem Schulwechsel: Neue 5. Klassen lösen "
        "Kooperationsaufgaben, lernen sich kennen und erarbeiten ihre ersten Klassenregeln. "
        "Ein guter Start für ein gutes Klassenklima."
    ),
    description=T("""
        Der Tag findet auf dem Gelände unseres Jugendhauses mit Wiese und Spielplatz statt. Nach
        Kennenlernspielen lösen die Kinder in wechselnden Gruppen Kooperationsaufgaben: ein Seil
        ohne Loslassen entknoten, gemeinsam über den „Fluss“ kommen, einen Turm aus Kisten bauen.

        Nach jeder Aufgabe reflektieren wir kurz: Was hat gut geklappt, wer wurde gehört? Am
        Nachmittag formuliert die Klasse daraus ihre ersten Klassenregeln, die die
        Klassenleitung mit in die Schule nimmt.
    """),
    goals=T("""
        Alle Kinder kennen am Ende des Tages die Vornamen ihrer Mitschüler*innen.

        Die Klasse hat mindestens fünf gemeinsam formulierte Klassenregeln.

        Die Kinder können benennen, was eine Gruppe braucht, um eine Aufgabe gemeinsam zu
        lösen.
    """),
    theory=T("""
        Erlebnispädagogik und Gruppendynamik (Phasen der Gruppenbildung nach Tuckman): Ein
        bewusst gestalteter Start beugt Ausgrenzung und Mobbing vor. Partizipative
        Regelbildung erhöht die Akzeptanz von Klassenregeln.
    """),
    fields=["soziales_lernen", "gewalt"], topics=["konfliktloesung", "mobbing"],
    audiences=["schueler"], grades=(5, 5), school_types=WEITERF_FS, levels=["universell"],
    formats=["projekttag"], duration=(6, "zeitstunden"), sessions=1, group=(15, 30),
    staff_count=2,
    staff_qualification="Sozialpädagog*innen mit erlebnispädagogischer Zusatzausbildung; erweitertes Führungszeugnis.",
    venues=["ausserschulisch", "schule"], cost=(8, "pro_person"),
    cost_note="Bei Durchführung in der Schule 180 Euro pro Klasse.",
    booking_info="Anfrage per E-Mail; Teamtage von August bis Oktober, wetterunabhängiges Ausweichprogramm im Haus.",
    lead_time_weeks=6,
    requirements="Wetterfeste Kleidung; Klassenleitung begleitet den Tag.",
    curriculum_link="Klassenleiterstunden, Ethik Klasse 5 (Ich und die Gemeinschaft).",
    evaluation_kind="feedback",
    evaluation_summary="Blitzlicht der Kinder und Fragebogen für die Klassenleitung nach sechs Wochen.",
)

offer(
    "spurensuche-erinnerungsorte", "ev-jugendwerk-st-markus", awarded="2025-09-30",
    title="Spurensuche – jüdisches Leben und NS-Verfolgung in unserer Stadt",
    summary=(
        "Ein Projekttag an Orten der Stadt: Die Klassen 9 bis 12 recherchieren Biografien "
        "verfolgter Nachbar*innen, besuchen Stolpersteine und einen Friedhof und fragen, was "
        "Antisemitismus und Rechtsextremismus heute bedeuten."
    ),
    description=T("""
        Die Jugendlichen starten im Jugendhaus mit Dokumenten zu einer jüdischen Familie aus
        dem Stadtteil: Meldekarten, Briefe, Fotos. In Gruppen rekonstruieren sie Stationen
        ihres Lebens und ihrer Verfolgung und suchen diese Orte anschließend auf einem
        Stadtrundgang auf.

        Zum Abschluss diskutieren wir, wo den Jugendlichen Antisemitismus heute begegnet – auf
        dem Schulhof, in Songtexten, im Netz – und wie sie widersprechen können. Auf Wunsch
        gestaltet die Klasse danach eine eigene Gedenkaktion.
    """),
    goals=T("""
        Die Schüler*innen können die Lebensstationen einer verfolgten Familie aus der Stadt
        wiedergeben.

        Die Schüler*innen können zwei heutige Erscheinungsformen von Antisemitismus erkennen
        und erklären.

        Die Schüler*innen kennen eine Möglichkeit, antisemitischen Äußerungen zu widersprechen.
    """),
    theory=T("""
        Historisch-politische Bildung mit lokalem Bezug: Biografisches und entdeckendes Lernen
        an authentischen Orten ermöglicht Empathie und Gegenwartsbezug. Prävention von
        Antisemitismus und Rechtsextremismus durch Wissen, Perspektivwechsel und
        Handlungsoptionen.
    """),
    fields=["extremismus", "demokratie"], topics=["antisemitismus", "rechtsextremismus"],
    audiences=["schueler"], grades=(9, 12), school_types=["oberschule", "gymnasium", "gemeinschaftsschule"],
    levels=["universell"], formats=["projekttag"], duration=(5, "zeitstunden"), sessions=1,
    group=(10, 28), staff_count=2,
    staff_qualification="Historikerin (M. A.) und Gemeindepädagoge mit Fortbildung in historisch-politischer Bildung.",
    venues=["ausserschulisch"],
    funding_note="Kostenfrei; gefördert aus Mitteln der Landeskirche und des Lokalen Aktionsplans.",
    booking_info="Anfrage per E-Mail; Projekttage von März bis November (Stadtrundgang bei jedem Wetter).",
    lead_time_weeks=6,
    requirements="Wetterfeste Kleidung, ÖPNV-Tickets für die Klasse; Lehrkraft begleitet den Tag.",
    curriculum_link="Geschichte Klasse 9 (Nationalsozialismus), Ethik, Gemeinschaftskunde.",
    evaluation_kind="feedback",
    evaluation_summary="Feedbackbogen der Jugendlichen und Gespräch mit der Lehrkraft.",
    languages=["de", "en"],
    accessibility_note="Der Rundgang ist mit dem Rollstuhl machbar; eine Variante ohne Friedhofsbesuch ist möglich.",
)


# --------------------------------------------------------------------------------------
# Angebote – SV Blau-Weiß Chemnitz-Süd e. V. (Projekt „Fair bleiben“)
# --------------------------------------------------------------------------------------

offer(
    "fair-kaempfen-ringen-raufen", "sv-blau-weiss", awarded="2025-04-29",
    title="Fair kämpfen – Ringen und Raufen nach Regeln",
    summary=(
        "Eine Kursreihe im Sportunterricht der Klassen 3 bis 6: Kinder messen ihre Kräfte in "
        "Ringen und Raufen nach klaren Regeln, lernen Stopp-Signale zu achten und Wut "
        "körperlich und fair auszuleben."
    ),
    description=T("""
        Die sechs Doppelstunden bauen aufeinander auf: von Kooperationsspielen über Schieben
        und Ziehen bis zu Bodenkämpfen um einen Ball. Jede Stunde beginnt mit einem Ritual, in
        dem die Regeln wiederholt werden: Wir kämpfen miteinander, nicht gegeneinander; Stopp
        heißt Stopp; niemand wird verletzt.

        Nach jeder Kampfrunde sprechen die Kinder kurz darüber, wie es sich angefühlt hat zu
        gewinnen oder zu verlieren. Die Sportlehrkraft macht mit und erhält eine Mappe, um das
        Konzept selbst weiterzuführen.
    """),
    goals=T("""
        Die Kinder halten in einer Kampfrunde die drei Grundregeln ein und reagieren sofort auf
        ein Stopp-Signal.

        Die Kinder können nach einer Runde beschreiben, wie sie sich beim Gewinnen oder
        Verlieren gefühlt haben.

        Die Sportlehrkraft kann zwei Ring- und Raufspiele eigenständig anleiten.
    """),
    theory=T("""
        Gewaltprävention durch Bewegung: Ringen und Raufen nach Regeln ermöglicht
        Körpererfahrung, Impulskontrolle und Respekt vor Grenzen in einem sicheren Rahmen.
        Sozial-emotionales Lernen durch Reflexion direkt nach dem Erleben.
    """),
    fields=["gewalt", "soziales_lernen"], topics=["grenzen", "konfliktloesung", "gefuehle"],
    audiences=["schueler", "lehrkraefte"], grades=(3, 6),
    school_types=["grundschule", "oberschule", "foerderschule", "gemeinschaftsschule"],
    levels=["universell"], formats=["unterrichtseinheit"], duration=(12, "unterrichtsstunden"),
    sessions=6, group=(10, 28), staff_count=2,
    staff_qualification="Übungsleiter*innen mit DOSB-Lizenz und Fortbildung Ringen und Raufen; Sozialpädagoge des Vereins; erweitertes Führungszeugnis.",
    venues=["schule", "ausserschulisch"], cost=(35, "pro_stunde"),
    cost_note="Abrechnung pro Doppelstunde mit zwei Übungsleiter*innen (35 Euro), also 210 Euro für die ganze Reihe.",
    funding_note="Förderung über das Programm „Sport in Schule und Verein“ möglich.",
    booking_info="Anfrage per E-Mail; die Reihe läuft im Sportunterricht oder als Ganztagsangebot.",
    lead_time_weeks=4,
    requirements="Turnhalle mit Weichbodenmatten oder unsere Vereinshalle; Sportlehrkraft anwesend.",
    curriculum_link="Sport Klasse 3–6 (Lernbereich Ringen und Kämpfen).",
    evaluation_kind="feedback",
    evaluation_summary="Beobachtungsbogen der Lehrkraft und Rückmeldung der Kinder.",
)

offer(
    "cool-bleiben-anti-gewalt-training", "sv-blau-weiss", awarded="2025-12-16",
    title="Cool bleiben – Anti-Gewalt-Training für Jugendliche",
    summary=(
        "Ein Gruppentraining für Jugendliche von 12 bis 17 Jahren, die wiederholt durch "
        "Schlägereien oder Bedrohungen aufgefallen sind. In zehn Terminen mit Sport und Gespräch "
        "lernen sie, ihre Wut früh zu bemerken, Konflikte ohne Gewalt zu lösen und "
        "Verantwortung zu übernehmen."
    ),
    description=T("""
        Jeder Termin hat einen sportlichen Teil (Boxtraining ohne Sparring, Teamaufgaben) und
        einen Gesprächsteil in der Gruppe. Die Jugendlichen arbeiten mit einem Wuttagebuch,
        erkennen ihre Auslöser und üben Strategien wie Pausen, Abstand und Hilfe holen.

        In Rollenspielen werden typische Situationen nachgestellt – Provokation auf dem Schulhof,
        Streit im Bus. Die Schule, die Eltern und die Jugendlichen schließen zu Beginn eine
        Vereinbarung; nach Abschluss findet ein Gespräch mit allen statt.
    """),
    goals=T("""
        Die Teilnehmenden können drei persönliche Auslöser für Wut und drei Frühwarnzeichen
        beschreiben.

        Die Teilnehmenden wenden in Rollenspielen mindestens zwei Deeskalationsstrategien an.

        Die Zahl der gemeldeten Gewaltvorfälle sinkt im Halbjahr nach dem Training
        (Rückmeldung der Schule).
    """),
    theory=T("""
        Kognitiv-behaviorales Ärgerkontrolltraining und soziales Kompetenztraining; Sport als
        Zugang und Übungsfeld für Selbstkontrolle. Selektive und indizierte Gewaltprävention
        mit Einbeziehung von Schule und Eltern. Keine Beschämung oder Konfrontation vor der
        Gruppe.
    """),
    fields=["gewalt", "soziales_lernen"], topics=["konfliktloesung", "gefuehle"],
    audiences=["schueler"], grades=(7, 10), ages=(12, 17), school_types=WEITERF_FS,
    levels=["selektiv", "indiziert"], formats=["workshop", "beratung"], duration=(20, "zeitstunden"),
    sessions=10, group=(6, 10), staff_count=2,
    staff_qualification="Anti-Gewalt-Trainer (zertifiziert) und Box-Übungsleiter mit B-Lizenz; erweitertes Führungszeugnis.",
    venues=["traeger", "ausserschulisch"],
    funding_note="Für Schulen kostenfrei; finanziert über das Jugendamt als Angebot der Jugendhilfe.",
    booking_info="Anmeldung einzelner Jugendlicher durch Schulsozialarbeit oder Beratungslehrkraft per E-Mail; zwei Kurse pro Halbjahr.",
    lead_time_weeks=3,
    requirements="Freiwillige Teilnahme der Jugendlichen; Einverständnis der Eltern; Ansprechperson an der Schule.",
    evaluation_kind="prozess",
    evaluation_summary="Fragebogen vor und nach dem Training, Rückmeldung der Schulen nach einem Halbjahr; Auswertung jährlich.",
)

offer(
    "bewegte-klasse-projektwoche", "sv-blau-weiss", awarded="2024-11-04",
    listing="expired",   # Siegel am 4. November 2026 abgelaufen
    title="Bewegte Klasse – Projektwoche Bewegung, Ernährung und Teamgeist",
    summary=(
        "Eine Projektwoche für die Klassen 3 bis 6 mit täglich neuen Sportarten, einem "
        "gemeinsamen Frühstück und kleinen Kochaktionen. Die Kinder entdecken, was ihnen Spaß "
        "an Bewegung macht, und erleben sich als Team."
    ),
    description=T("""
        Jeder Tag beginnt mit einem gesunden Frühstück, das die Kinder in Gruppen vorbereiten.
        Danach probieren sie in unserer Halle und auf dem Sportplatz jeden Tag eine andere
        Sportart aus – von Tischtennis über Parkour bis Frisbee.

        Am Nachmittag stehen Teamaufgaben und kurze Einheiten zu Trinken, Zucker und Schlaf
        auf dem Programm. Am Freitag zeigen die Kinder ihren Eltern bei einem kleinen Sportfest,
        was sie gelernt haben.
    """),
    goals=T("""
        Die Kinder können drei Bestandteile eines ausgewogenen Frühstücks nennen.

        Jedes Kind hat mindestens fünf Sportarten ausprobiert und benennt eine, die es
        weitermachen möchte.

        Die Klasse löst am Freitag eine Teamaufgabe gemeinsam.
    """),
    theory=T("""
        Settingansatz der Gesundheitsförderung; Bewegungsförderung über positive Erfahrungen
        statt Leistungsdruck. Teamaufgaben stärken soziale Kompetenzen.
    """),
    fields=["gesundheit", "soziales_lernen"], topics=["ernaehrung"], audiences=["schueler"],
    grades=(3, 6), school_types=["grundschule", "oberschule", "foerderschule"],
    levels=["universell"], formats=["projektwoche"], duration=(5, "tage"), sessions=5,
    group=(15, 28), staff_count=3,
    staff_qualification="Übungsleiter*innen mit DOSB-Lizenz und eine Ökotrophologin; erweitertes Führungszeugnis.",
    venues=["ausserschulisch"], cost=(12, "pro_person"),
    cost_note="Inklusive Frühstück an allen fünf Tagen.",
    booking_info="Anfrage per E-Mail; Projektwochen vor den Sommerferien.",
    lead_time_weeks=12,
    requirements="Sportkleidung; Begleitung durch eine Lehrkraft an allen Tagen.",
    evaluation_kind="feedback",
    evaluation_summary="Rückmeldebogen für Kinder und Lehrkräfte am Ende der Woche.",
)

offer(
    "fair-play-liga", "sv-blau-weiss", awarded="2026-06-23",
    title="Fair-Play-Liga – Straßenfußball-Turnier mit Dialogregeln",
    summary=(
        "Gemischte Teams, keine Schiedsrichter, Punkte für Fairness: Beim Turnier für die "
        "Klassen 5 bis 8 handeln die Teams vor jedem Spiel eigene Regeln aus und bewerten "
        "danach gemeinsam, ob sie eingehalten wurden. Ältere Jugendliche moderieren als Teamer."
    ),
    description=T("""
        Das Turnier folgt der Methode „Straßenfußball für Toleranz“: Gespielt wird in gemischten
        Teams ohne Schiedsrichter. Vor jedem Spiel vereinbaren die Teams in einer Dialogzone drei
        Fairplay-Regeln, zum Beispiel „Ein Tor zählt nur, wenn vorher ein Mädchen getroffen
        hat“ oder „Wer foult, entschuldigt sich“.

        Nach dem Spiel bewerten beide Teams gemeinsam die Einhaltung der Regeln; die
        Fairplay-Punkte zählen so viel wie die Tore. Moderiert werden die Dialogzonen von
        ausgebildeten Teamer*innen ab 16 Jahren.
    """),
    goals=T("""
        Die Teams handeln vor jedem Spiel drei Fairplay-Regeln aus und halten sie schriftlich
        fest.

        Die Schüler*innen können nach einem Spiel einen Konflikt in der Dialogzone ohne
        Erwachsene klären.

        Teams mit Kindern unterschiedlicher Herkunft und Geschlechter spielen erfolgreich
        zusammen.
    """),
    theory=T("""
        Kontakthypothese (Allport) unter günstigen Bedingungen: gemeinsames Ziel, gleicher
        Status, Kooperation. Demokratiepädagogik durch Aushandeln und Einhalten eigener Regeln;
        Peer-Moderation durch ältere Jugendliche.
    """),
    fields=["gewalt", "demokratie", "extremismus"], topics=["rassismus", "konfliktloesung", "vielfalt"],
    audiences=["schueler", "multiplikatoren"], grades=(5, 8), school_types=WEITERF_FS,
    levels=["universell"], formats=["projekttag", "peer_projekt"], duration=(5, "zeitstunden"),
    sessions=1, group=(20, 80), staff_count=4,
    staff_qualification="Sozialpädagoge des Vereins und ausgebildete Jugend-Teamer*innen (Teamerschulung 30 Stunden); erweitertes Führungszeugnis für alle Volljährigen.",
    venues=["ausserschulisch"],
    funding_note="Kostenfrei; gefördert aus dem Lokalen Aktionsplan für Demokratie und Vielfalt.",
    booking_info="Anmeldung von Klassen oder Jahrgängen per E-Mail; Turniertage im Mai, Juni und September.",
    lead_time_weeks=8,
    requirements="Sportkleidung und Getränke; Anreise zum Kleinfeld am Sportforum Süd; Lehrkräfte begleiten.",
    curriculum_link="Sport (Spielen, Fairness), Ethik Klasse 6/7, Gemeinschaftskunde.",
    evaluation_kind="feedback",
    evaluation_summary="Auswertung der Dialogzonen-Protokolle und Feedback der Lehrkräfte.",
)


# --------------------------------------------------------------------------------------
# Angebote – Konfliktkultur e. V.
# --------------------------------------------------------------------------------------

offer(
    "streitschlichter-ausbildung", "konfliktkultur", awarded="2025-01-06",   # Verlängerung fällig
    title="Streitschlichtung an der Schule – Ausbildung von Schüler-Streitschlichter*innen",
    summary=(
        "In acht Terminen bilden wir 8 bis 16 Schüler*innen der Klassen 6 bis 9 zu "
        "Streitschlichter*innen aus. Sie lernen, Konflikte zwischen Mitschüler*innen nach einem "
        "festen Ablauf zu schlichten, und richten mit zwei Lehrkräften einen Schlichtungsraum ein."
    ),
    description=T("""
        Die Ausbildung folgt dem klassischen Schlichtungsablauf in fünf Phasen: Einleitung,
        Sichtweisen klären, Gefühle und Interessen herausarbeiten, Lösungen suchen,
        Vereinbarung. In jedem Termin wird eine Phase in Rollenspielen geübt.

        Zwei Lehrkräfte nehmen an der Ausbildung teil und begleiten die Streitschlichter*innen
        danach. Wir unterstützen beim Aufbau des Schlichtungsraums, bei der Vorstellung in den
        Klassen und kommen nach drei Monaten zu einem Praxistreffen wieder.
    """),
    goals=T("""
        Die Streitschlichter*innen können eine Schlichtung in allen fünf Phasen durchführen.

        Die Streitschlichter*innen können aktiv zuhören und Ich-Botschaften formulieren.

        Die Schule hat nach der Ausbildung einen Schlichtungsraum mit festen Sprechzeiten.
    """),
    theory=T("""
        Peer-Mediation: Gleichaltrige werden als Schlichter*innen eher akzeptiert, und die
        Schlichtenden erwerben selbst Konfliktkompetenz. Mediationsansatz nach dem
        Harvard-Konzept (Interessen statt Positionen). Schulentwicklung durch eine verankerte
        Konfliktkultur.
    """),
    fields=["gewalt", "soziales_lernen"], topics=["konfliktloesung", "mobbing"],
    audiences=["schueler", "multiplikatoren", "lehrkraefte"], grades=(6, 9),
    school_types=WEITERF_FS, levels=["universell"], formats=["peer_projekt", "fortbildung"],
    duration=(16, "unterrichtsstunden"), sessions=8, group=(8, 16), staff_count=2,
    staff_qualification="Zertifizierte Mediator*innen (BM) mit Erfahrung in der Schulmediation; erweitertes Führungszeugnis.",
    venues=["schule", "traeger"], cost=(1200, "pauschal"),
    cost_note="Pauschale für acht Termine, Praxistreffen und Materialkoffer für den Schlichtungsraum.",
    funding_note="Förderung über den städtischen Präventionsfonds oder Mittel der Schulsozialarbeit möglich.",
    booking_info="Vorgespräch mit der Schulleitung per E-Mail vereinbaren; Ausbildungsbeginn jeweils im September oder Februar.",
    lead_time_weeks=10,
    requirements="Zwei Lehrkräfte für die Begleitung; ein Raum für die künftigen Schlichtungen; Freistellung der Schüler*innen.",
    curriculum_link="Ethik Klasse 7/8 (Konflikte), Deutsch (Gesprächsführung), Ganztagsangebote.",
    evaluation_kind="prozess",
    evaluation_summary="Schlichtungsprotokolle (anonymisiert) und Praxistreffen nach drei Monaten; 2025 führten die Schlichtungsgruppen an sechs Schulen insgesamt 140 Schlichtungen durch.",
)

offer(
    "klassenrat-einfuehren", "konfliktkultur", awarded="2025-05-13",
    title="Klassenrat einführen – Begleitung für Klassen und Lehrkräfte",
    summary=(
        "Wir führen mit Ihrer Klasse den Klassenrat ein: eine wöchentliche Sitzung, in der "
        "Schüler*innen Anliegen und Konflikte selbst besprechen und entscheiden. Geeignet ab "
        "Klasse 3; nach vier begleiteten Sitzungen leitet die Klasse den Rat selbst."
    ),
    description=T("""
        In der ersten Sitzung lernt die Klasse den Ablauf kennen: Rollen (Vorsitz, Protokoll,
        Zeitwächter*in), Tagesordnung aus dem Anliegenbriefkasten, Abstimmungsregeln. In den
        folgenden drei Sitzungen übernehmen die Schüler*innen nach und nach die Leitung;
        unsere Fachkraft beobachtet und gibt danach Rückmeldung.

        Parallel erhält die Klassenleitung eine kurze Einweisung in die Rolle der Lehrkraft im
        Klassenrat und ein Materialpaket mit Rollenkarten und Protokollvorlagen.
    """),
    goals=T("""
        Die Klasse führt nach vier Sitzungen einen Klassenrat ohne Unterstützung von außen
        durch.

        Die Schüler*innen können die Rollen im Klassenrat übernehmen und die Abstimmungsregeln
        erklären.

        Im Klassenrat werden mindestens zwei Konflikte oder Anliegen der Klasse mit einer
        Vereinbarung abgeschlossen.
    """),
    theory=T("""
        Demokratiepädagogik: Demokratie wird durch Beteiligung im Alltag gelernt. Der
        Klassenrat fördert Selbstwirksamkeit, Konfliktfähigkeit und Verantwortungsübernahme und
        entlastet Lehrkräfte bei Klassenkonflikten.
    """),
    fields=["demokratie", "soziales_lernen"], topics=["konfliktloesung"],
    audiences=["schueler", "lehrkraefte"], grades=(3, 10),
    school_types=["grundschule", "oberschule", "gymnasium", "foerderschule", "gemeinschaftsschule"],
    levels=["universell"], formats=["unterrichtseinheit", "fortbildung"],
    duration=(4, "unterrichtsstunden"), sessions=4, group=(12, 30), staff_count=1,
    staff_qualification="Demokratiepädagogin mit Mediationsausbildung und Erfahrung als Lehrkraft.",
    venues=["schule"], cost=(60, "pro_stunde"),
    cost_note="Abgerechnet werden vier Sitzungen plus Einweisung der Lehrkraft, insgesamt fünf Stunden (300 Euro).",
    funding_note="Förderung über Schulbudget / Bildungspaket möglich.",
    booking_info="Anfrage per E-Mail; die vier Sitzungen finden wöchentlich zur gleichen Zeit statt.",
    lead_time_weeks=4,
    requirements="Eine feste Wochenstunde für den Klassenrat; Stuhlkreis; Klassenleitung anwesend.",
    curriculum_link="Gemeinschaftskunde, Ethik, Sachunterricht Klasse 3/4 (Zusammenleben).",
    evaluation_kind="feedback",
    evaluation_summary="Rückmeldung der Klasse und der Lehrkraft nach der vierten Sitzung; Nachfrage nach drei Monaten.",
)

offer(
    "gemeinsam-gegen-mobbing-intervention", "konfliktkultur", awarded="2025-08-05",
    title="Gemeinsam gegen Mobbing – Intervention im akuten Mobbingfall",
    summary=(
        "Wenn ein Kind in der Klasse gemobbt wird, unterstützen wir die Schule mit einer "
        "strukturierten Intervention nach dem No-Blame-Approach: ohne Schuldzuweisung, mit einer "
        "Unterstützungsgruppe aus Mitschüler*innen und Nachgesprächen."
    ),
    description=T("""
        Zuerst führt unsere Fachkraft mit der Lehrkraft ein Beratungsgespräch und danach ein
        Gespräch mit dem betroffenen Kind. Dann wird eine Unterstützungsgruppe aus sechs bis acht
        Mitschüler*innen gebildet – darunter auch Kinder, die am Mobbing beteiligt waren. Die
        Gruppe bekommt keine Schuld zugewiesen, sondern den Auftrag, Ideen zu entwickeln, damit
        es dem betroffenen Kind besser geht.

        Nach ein bis zwei Wochen finden Einzelgespräche mit allen Beteiligten statt. Die
        Lehrkraft wird in allen Schritten angeleitet, sodass sie das Vorgehen künftig selbst
        anwenden kann.
    """),
    goals=T("""
        Das Mobbing hat nach spätestens drei Wochen aufgehört (Rückmeldung des betroffenen
        Kindes und der Lehrkraft).

        Die Unterstützungsgruppe setzt mindestens drei eigene Ideen um.

        Die Lehrkraft kann die Schritte des No-Blame-Approach beschreiben und beim nächsten Fall
        selbst anwenden.
    """),
    theory=T("""
        No-Blame-Approach (Maines/Robinson): Lösungsorientierte Intervention, die auf Empathie
        und Verantwortung der Gruppe statt auf Strafe setzt; in Studien an deutschen Schulen in
        der großen Mehrheit der Fälle erfolgreich. Indizierte Prävention und Bystander-Ansatz.
    """),
    need=T("""
        Schulen fragen oft nach einem „Anti-Mobbing-Training“ für die Klasse, wenn ein Fall
        bereits läuft. In dieser Lage hilft ein allgemeines Training wenig; das betroffene Kind
        braucht eine schnelle, gezielte Intervention, die die Gruppe einbezieht.
    """),
    fields=["gewalt", "soziales_lernen"], topics=["mobbing", "cybermobbing"],
    audiences=["lehrkraefte", "fachkraefte", "schueler"], grades=(3, 10),
    school_types=["grundschule", "oberschule", "gymnasium", "foerderschule", "gemeinschaftsschule"],
    levels=["indiziert"], formats=["beratung"], duration=(4, "zeitstunden"), sessions=3,
    group=(1, 8), staff_count=1,
    staff_qualification="Mediator*innen mit Fortbildung No-Blame-Approach und Erfahrung in der Schulsozialarbeit.",
    venues=["schule"],
    funding_note="Kostenfrei; finanziert über eine Vereinbarung mit dem Jugendamt.",
    booking_info="Anruf oder E-Mail; erstes Beratungsgespräch innerhalb einer Woche.",
    lead_time_weeks=1,
    requirements="Einverständnis des betroffenen Kindes und Information der Eltern; ein ruhiger Raum für Gespräche.",
    evaluation_kind="prozess",
    evaluation_summary="Jede Intervention wird dokumentiert und nach sechs Wochen mit der Lehrkraft ausgewertet; 2025 endete das Mobbing in 21 von 24 Fällen.",
    update=("in_review", dict(
        description=T("""
            Zuerst führt unsere Fachkraft mit der Lehrkraft ein Beratungsgespräch und danach
            ein Gespräch mit dem betroffenen Kind. Dann wird eine Unterstützungsgruppe aus sechs
            bis acht Mitschüler*innen gebildet – darunter auch Kinder, die am Mobbing beteiligt
            waren. Die Gruppe bekommt keine Schuld zugewiesen, sondern den Auftrag, Ideen zu
            entwickeln, damit es dem betroffenen Kind besser geht.

            Nach ein bis zwei Wochen finden Einzelgespräche mit allen Beteiligten statt. Neu:
            Nach sechs Wochen folgt ein verbindliches Nachgespräch mit dem betroffenen Kind und
            der Lehrkraft, um Rückfälle früh zu erkennen.

            Die Lehrkraft wird in allen Schritten angeleitet, sodass sie das Vorgehen künftig
            selbst anwenden kann.
        """),
        sessions=4, duration=(5, "zeitstunden"),
    )),
)

offer(
    "fortbildung-mobbing-erkennen-stoppen", "konfliktkultur", awarded="2026-09-15",
    title="Mobbing erkennen und stoppen – Fortbildung für Lehrkräfte und Schulsozialarbeit",
    summary=(
        "Eintägige Fortbildung: Woran erkenne ich Mobbing und Cybermobbing, wie unterscheide ich "
        "es von gewöhnlichen Konflikten, und welche Interventionen wirken? Die Teilnehmenden üben "
        "Gespräche und entwerfen einen Anti-Mobbing-Leitfaden für ihre Schule."
    ),
    description=T("""
        Am Vormittag vermitteln wir Grundlagen: Definition und Dynamik von Mobbing,
        Rollen in der Gruppe, Besonderheiten von Cybermobbing. Anhand von Fallbeispielen
        unterscheiden die Teilnehmenden Mobbing von Streit und Konflikt.

        Am Nachmittag stellen wir Interventionsansätze vor – No-Blame-Approach, Farsta-Methode,
        Klassengespräch – und üben Erstgespräche mit Betroffenen. Zum Abschluss entwirft jede
        Schule einen Ablauf für ihr Anti-Mobbing-Konzept.
    """),
    goals=T("""
        Die Teilnehmenden können Mobbing anhand von vier Merkmalen von anderen Konflikten
        unterscheiden.

        Die Teilnehmenden können zwei Interventionsmethoden beschreiben und wissen, wann sie
        welche einsetzen.

        Jede teilnehmende Schule verlässt die Fortbildung mit einem Entwurf für einen
        Anti-Mobbing-Leitfaden.
    """),
    theory=T("""
        Mehrebenenansatz der Mobbingprävention (Schule, Klasse, Einzelne) nach Olweus und
        Participant-Role-Ansatz nach Salmivalli. Lösungsorientierte Interventionsmethoden;
        Lehrkräfte als zentrale Akteur*innen.
    """),
    fields=["gewalt", "soziales_lernen"], topics=["mobbing", "cybermobbing", "konfliktloesung"],
    audiences=["lehrkraefte", "fachkraefte"], ages=ERWACHSENE, levels=["universell", "indiziert"],
    formats=["fortbildung"], duration=(1, "tage"), sessions=1, group=(8, 24), staff_count=2,
    staff_qualification="Zwei Mediator*innen mit Fortbildungserfahrung und Zertifizierung No-Blame-Approach.",
    venues=["traeger", "schule"], cost=(70, "pro_person"),
    cost_note="Schulinterne Fortbildung für bis zu 30 Personen: 1.200 Euro pauschal.",
    funding_note="Abrechnung über das Fortbildungsbudget der Schule möglich.",
    booking_info="Offene Termine im November und April; Anmeldung per E-Mail. Schulinterne Termine nach Absprache.",
    lead_time_weeks=4,
    requirements="Keine besonderen Voraussetzungen.",
    evaluation_kind="feedback",
    evaluation_summary="Feedbackbogen am Ende des Tages; Nachbefragung zur Umsetzung des Leitfadens nach sechs Monaten.",
)

offer(
    "konfliktworkshop-berufsschule", "konfliktkultur", awarded="2026-10-06",
    title="Stress mit Kolleg*innen? – Konfliktworkshop für Berufsschulklassen",
    summary=(
        "Konflikte im Ausbildungsbetrieb und in der Berufsschulklasse: Im Workshop analysieren "
        "Auszubildende eigene Konfliktsituationen, üben klare Ansagen ohne Eskalation und "
        "lernen, wann und wie sie sich Unterstützung holen."
    ),
    description=T("""
        Die Auszubildenden bringen eigene, anonymisierte Konfliktsituationen mit – mit dem
        Ausbilder, mit Kolleg*innen, in der Klasse. In Kleingruppen analysieren sie, wie die
        Situation eskaliert ist und welche Interessen dahinterstanden.

        Im zweiten Teil üben sie Gesprächstechniken (Ich-Botschaften, Feedback geben und
        annehmen) in Rollenspielen. Wir informieren auch über Rechte von Auszubildenden und
        Ansprechpersonen bei Mobbing oder Belästigung am Arbeitsplatz.
    """),
    goals=T("""
        Die Auszubildenden können einen eigenen Konflikt mit dem Eisbergmodell analysieren.

        Die Auszubildenden können in einem Rollenspiel eine Kritik als Ich-Botschaft
        formulieren.

        Die Auszubildenden kennen zwei Ansprechstellen bei Konflikten im Ausbildungsbetrieb.
    """),
    theory=T("""
        Konfliktmanagement nach Glasl (Eskalationsstufen) und Kommunikationspsychologie;
        Lebenskompetenzansatz im Übergang in den Beruf. Arbeit an eigenen Fällen erhöht den
        Transfer.
    """),
    fields=["soziales_lernen", "gewalt"], topics=["konfliktloesung", "mobbing"],
    audiences=["auszubildende", "schueler"], grades=(11, 13), ages=(16, 27),
    school_types=["berufsbildende_schule"], levels=["universell"], formats=["workshop"],
    duration=(4, "unterrichtsstunden"), sessions=1, group=(10, 30), staff_count=2,
    staff_qualification="Mediator*innen mit Erfahrung in der Arbeit mit Auszubildenden.",
    venues=["schule"], cost=(160, "pro_klasse"),
    funding_note="Ausbildungsbetriebe oder Kammern können die Kosten übernehmen.",
    booking_info="Anfrage per E-Mail mit Ausbildungsberuf und Blockzeiten.",
    lead_time_weeks=4,
    requirements="Klassenraum, Flipchart; Lehrkraft im Haus.",
    curriculum_link="Lernfeld Kommunikation und Kooperation; Gemeinschaftskunde an berufsbildenden Schulen.",
    evaluation_kind="feedback",
    evaluation_summary="Feedbackbogen der Auszubildenden und der Klassenleitung.",
)


# --------------------------------------------------------------------------------------
# Angebote – Gesundheitsladen Chemnitz e. V.
# --------------------------------------------------------------------------------------

offer(
    "brotdosen-check", "gesundheitsladen", awarded="2025-02-04",
    title="Brotdosen-Check – Frühstück, Trinken und Bewegung in der Grundschule",
    summary=(
        "Zwei Projektstunden für die Klassen 1 bis 3: Die Kinder untersuchen ihre Brotdosen, "
        "bereiten gemeinsam ein Frühstück zu, testen versteckten Zucker in Getränken und "
        "bringen Bewegungspausen in den Unterricht."
    ),
    description=T("""
        Beim ersten Termin sortieren die Kinder den Inhalt ihrer Brotdosen spielerisch in die
        Ernährungspyramide und entdecken mit Zuckerwürfeln, wie viel Zucker in Saft, Limo und
        Eistee steckt. Danach bereiten sie in Gruppen ein gemeinsames Frühstück mit Obst,
        Gemüse und Vollkornbrot zu.

        Beim zweiten Termin lernen die Kinder drei kurze Bewegungspausen, die die Klasse danach
        täglich nutzt. Die Eltern erhalten einen Elternbrief mit Brotdosen-Ideen in Deutsch,
        Arabisch und Ukrainisch.
    """),
    goals=T("""
        Die Kinder können drei Lebensmittel nennen, die in eine gesunde Brotdose gehören.

        Die Kinder können erklären, warum Wasser das beste Getränk für den Durst ist.

        Die Klasse nutzt nach dem Projekt mindestens eine Bewegungspause am Tag.
    """),
    theory=T("""
        Settingansatz der Gesundheitsförderung: Gesundes Verhalten wird dort gefördert, wo
        Kinder ihren Alltag verbringen. Handlungsorientiertes Lernen mit allen Sinnen;
        Einbeziehung der Eltern, die das Frühstück packen.
    """),
    fields=["gesundheit"], topics=["ernaehrung"], audiences=["schueler", "eltern"],
    grades=(1, 3), school_types=["grundschule", "foerderschule"], levels=["universell"],
    formats=["unterrichtseinheit"], duration=(4, "unterrichtsstunden"), sessions=2,
    group=(10, 28), staff_count=1,
    staff_qualification="Ökotrophologin (B. Sc.) mit Erfahrung in der Ernährungsbildung für Grundschulkinder.",
    venues=["schule"], cost=(2, "pro_person"),
    cost_note="Lebensmittel für das gemeinsame Frühstück sind enthalten.",
    funding_note="Für Schulen im Landesprogramm „Gesunde Schule“ kostenfrei; sonst Übernahme über das Bildungspaket möglich.",
    booking_info="Anfrage per E-Mail mit Klassenstufe und Schülerzahl; Termine vormittags.",
    lead_time_weeks=4,
    requirements="Klassenraum mit Waschbecken oder Zugang zur Schulküche; Klassenleitung anwesend; Information über Allergien vorab.",
    curriculum_link="Sachunterricht Klasse 1–3 (Gesunde Ernährung, Körper).",
    evaluation_kind="feedback",
    evaluation_summary="Rückmeldung der Lehrkraft nach vier Wochen zur Nutzung der Bewegungspausen.",
    languages=["de", "ar", "uk"],
    accessibility_note="Elternbrief mehrsprachig; Bildkarten für Kinder mit geringen Deutschkenntnissen.",
)

offer(
    "schoen-genug-koerperbilder", "gesundheitsladen", awarded="2025-10-01",
    title="Schön genug? – Körperbilder, Social Media und Essstörungen",
    summary=(
        "Filter, Fitness-Influencer und Diät-Tipps: Der Workshop für die Klassen 7 bis 10 "
        "untersucht, wie Schönheitsideale in sozialen Netzwerken entstehen, was sie mit dem "
        "eigenen Körpergefühl machen und woran man eine beginnende Essstörung erkennt."
    ),
    description=T("""
        Die Jugendlichen analysieren in Kleingruppen Beispiele aus Instagram und TikTok: Welche
        Tricks stecken hinter dem Bild? Wer verdient daran? In einer Schreibübung formulieren
        sie Gegenbotschaften zu gängigen Schönheitsidealen und stellen sie der Klasse vor.

        Im zweiten Teil sprechen wir über Warnzeichen für Essstörungen, darüber, wie man eine
        Freundin oder einen Freund anspricht, und über Hilfsangebote. Über Gewicht, Kalorien
        oder Kleidergrößen wird bewusst nicht gesprochen; Bilder von Betroffenen zeigen wir nicht.
    """),
    goals=T("""
        Die Schüler*innen können drei Techniken der Bildbearbeitung oder Inszenierung in
        Social-Media-Beiträgen erkennen.

        Die Schüler*innen können drei Warnzeichen einer Essstörung nennen.

        Die Schüler*innen kennen eine Beratungsstelle für Essstörungen und wissen, wie sie
        jemanden ansprechen können.
    """),
    theory=T("""
        Dissonanzbasierter Präventionsansatz: Wer selbst Argumente gegen das Schlankheitsideal
        formuliert, verinnerlicht es weniger (in Studien wirksam gegen Risikofaktoren für
        Essstörungen). Medienkritik als Teil der Medienkompetenz; Vermeidung von
        Trigger-Inhalten.
    """),
    fields=["gesundheit", "psychische_gesundheit", "medien"],
    topics=["essstoerungen", "koerperwahrnehmung", "gefuehle"], audiences=["schueler"],
    grades=(7, 10), school_types=WEITERF_FS, levels=["universell"], formats=["workshop"],
    duration=(4, "unterrichtsstunden"), sessions=1, group=(10, 28), staff_count=2,
    staff_qualification="Psychologin und Ökotrophologin mit Fortbildung in der Prävention von Essstörungen.",
    venues=["schule"], cost=(150, "pro_klasse"),
    funding_note="Förderung über Krankenkassen im Rahmen der Prävention in Lebenswelten möglich.",
    booking_info="Anfrage per E-Mail; bitte vorab mitteilen, ob es in der Klasse bekannte Betroffene gibt, damit wir das Vorgehen abstimmen können.",
    lead_time_weeks=6,
    requirements="Klassenraum mit Beamer; Schulsozialarbeit oder Beratungslehrkraft am Tag erreichbar.",
    curriculum_link="Biologie Klasse 7/8 (Ernährung und Verdauung), Kunst (Bildanalyse), Ethik.",
    evaluation_kind="feedback",
    evaluation_summary="Anonyme Feedbackbögen; Auswertung halbjährlich.",
)

offer(
    "wachmacher-im-check", "gesundheitsladen", awarded="2026-08-25",
    title="Wachmacher im Check – Energydrinks, Koffein und Schlaf",
    summary=(
        "Warum bin ich morgens so müde? Der Workshop für die Klassen 6 bis 9 verbindet ein "
        "Schlaftagebuch mit einem Koffein-Check: Die Jugendlichen vergleichen Energydrinks, "
        "Cola und Kaffee, erfahren, was Koffein im Körper bewirkt, und entwickeln eigene "
        "Tipps für mehr Schlaf."
    ),
    description=T("""
        Eine Woche vor dem Workshop führen die Jugendlichen ein anonymes Schlaf- und
        Getränketagebuch. Im Workshop werten sie die Klassenergebnisse aus und ordnen Getränke
        nach ihrem Koffeingehalt. An Stationen erfahren sie, wie Koffein, Zucker und Bildschirmlicht
        den Schlaf beeinflussen.

        Zum Schluss entwickelt die Klasse eine „Ausgeschlafen-Challenge“ für die nächsten zwei
        Wochen, deren Ergebnis die Lehrkraft mit der Klasse auswertet.
    """),
    goals=T("""
        Die Schüler*innen können den Koffeingehalt einer Dose Energydrink mit dem einer Tasse
        Kaffee vergleichen.

        Die Schüler*innen können drei Faktoren nennen, die ihren Schlaf verschlechtern.

        Die Klasse setzt eine selbst gewählte Schlafregel zwei Wochen lang um.
    """),
    theory=T("""
        Gesundheitsförderung durch Selbstbeobachtung (Tagebuch) und Feedback; Social-Norms-Ansatz
        durch Auswertung der Klassendaten. Energydrinks als Einstieg in die Reflexion von
        Konsumverhalten im Sinne früher Suchtprävention.
    """),
    fields=["gesundheit", "sucht"], topics=["ernaehrung", "stress"], audiences=["schueler"],
    grades=(6, 9), school_types=WEITERF_FS, levels=["universell"], formats=["workshop"],
    duration=(2, "unterrichtsstunden"), sessions=1, group=(10, 28), staff_count=1,
    staff_qualification="Ökotrophologe (M. Sc.) mit Weiterbildung Schlafmedizin für Laien.",
    venues=["schule"],
    funding_note="Kostenfrei dank Förderung durch eine Krankenkasse.",
    booking_info="Anfrage per E-Mail; das Tagebuch schicken wir eine Woche vorher an die Klassenleitung.",
    lead_time_weeks=3,
    requirements="Klassenraum mit Beamer; Tagebücher werden vorab von der Klassenleitung ausgeteilt und eingesammelt.",
    preparation="Schlaf- und Getränketagebuch (Kopiervorlage), Auswertungsbogen für die Challenge.",
    curriculum_link="Biologie Klasse 7 (Ernährung), Chemie Klasse 8, Klassenleiterstunden.",
    evaluation_kind="feedback",
    evaluation_summary="Feedback der Lehrkraft zur Challenge und Kurzumfrage der Jugendlichen.",
)


# --------------------------------------------------------------------------------------
# Angebote – Erinnern & Handeln e. V.
# --------------------------------------------------------------------------------------

offer(
    "nicht-sprachlos-stammtischparolen", "erinnern-und-handeln", awarded="2025-01-15",   # Verlängerung fällig
    title="Nicht sprachlos – Argumentationstraining gegen Stammtischparolen",
    summary=(
        "„Die nehmen uns die Arbeitsplätze weg“, „Man darf ja nichts mehr sagen“: Im Training "
        "für die Klassen 9 bis 13 und Berufsschulklassen üben Jugendliche, auf rassistische und "
        "menschenfeindliche Sprüche in Familie, Verein und Klassenchat zu reagieren."
    ),
    description=T("""
        Die Jugendlichen sammeln Sprüche, die sie selbst gehört haben, und untersuchen ihre
        Muster: Verallgemeinerung, Sündenbock, Opferrolle. In einem Bewegungsspiel erleben sie,
        wie schnell man mit schlagfertigen Parolen in die Defensive gerät.

        Im Hauptteil üben sie in Kleingruppen verschiedene Reaktionen: nachfragen, eigene
        Haltung zeigen, Fakten nennen, Betroffene unterstützen, Grenzen ziehen. Wichtig ist
        dabei nicht, die Diskussion zu „gewinnen“, sondern die Zuhörenden zu erreichen.
    """),
    goals=T("""
        Die Schüler*innen können drei typische Muster von Stammtischparolen erkennen und
        benennen.

        Die Schüler*innen können in einem Rollenspiel mindestens zwei unterschiedliche
        Reaktionsstrategien anwenden.

        Die Schüler*innen können erklären, warum es oft wichtiger ist, die Zuhörenden zu
        erreichen als die Person mit der Parole.
    """),
    theory=T("""
        Argumentationstraining gegen Stammtischparolen (nach Hufer) als Methode der politischen
        Bildung; Stärkung demokratischer Handlungskompetenz und Zivilcourage. Die Übung in
        geschütztem Rahmen senkt die Hemmschwelle, im Alltag zu widersprechen.
    """),
    fields=["extremismus", "demokratie"], topics=["rechtsextremismus", "rassismus", "zivilcourage"],
    audiences=["schueler", "auszubildende"], grades=(9, 13), school_types=SEK_BBS,
    levels=["universell"], formats=["workshop"], duration=(5, "unterrichtsstunden"), sessions=1,
    group=(12, 28), staff_count=2,
    staff_qualification="Politikwissenschaftlerin und Sozialpädagoge mit Trainerausbildung Argumentationstraining.",
    venues=["schule"], cost=(180, "pro_klasse"),
    funding_note="Förderung über den Lokalen Aktionsplan oder die Landeszentrale für politische Bildung möglich.",
    booking_info="Anfrage per E-Mail; Termine auch in Blockwochen der Berufsschulen.",
    lead_time_weeks=6,
    contact_name="Hannah Oertel",
    requirements="Klassenraum mit beweglichen Tischen; Lehrkraft nach Absprache im Raum.",
    curriculum_link="Gemeinschaftskunde/Rechtserziehung/Wirtschaft Klasse 9/10, Ethik, Lernfeld Gesellschaft an Berufsschulen.",
    evaluation_kind="feedback",
    evaluation_summary="Feedbackbogen und Blitzlicht; jährlicher Bericht an den Lokalen Aktionsplan.",
)

offer(
    "hass-im-netz-gegenrede", "erinnern-und-handeln", awarded="2025-07-08",
    title="Hass im Netz – Hate Speech erkennen und Gegenrede üben",
    summary=(
        "Hasskommentare, rassistische Memes und gezielte Shitstorms: Im Workshop für die Klassen "
        "8 bis 12 lernen Jugendliche, Hate Speech zu erkennen und einzuordnen, was strafbar ist, "
        "und wie wirksame Gegenrede und Melden funktionieren."
    ),
    description=T("""
        Anhand echter, anonymisierter Kommentare unterscheiden die Jugendlichen Meinung,
        Beleidigung, Hetze und Volksverhetzung. Sie lernen die Mechanismen kennen, mit denen
        extremistische Gruppen Memes und Codes nutzen, und warum Algorithmen empörende Inhalte
        verbreiten.

        Im zweiten Teil schreiben sie in Gruppen Gegenrede-Kommentare für verschiedene Fälle und
        testen, welche Formulierungen überzeugen. Zum Schluss zeigen wir, wie man Inhalte auf
        Plattformen und bei Meldestellen meldet und Betroffene unterstützt.
    """),
    goals=T("""
        Die Schüler*innen können an Beispielen zwischen zulässiger Meinungsäußerung und
        strafbarer Hetze unterscheiden.

        Die Schüler*innen können zwei Strategien für Gegenrede anwenden.

        Die Schüler*innen wissen, wie sie Hasskommentare melden und Betroffene unterstützen
        können.
    """),
    theory=T("""
        Medienkompetenz und politische Bildung; Bystander-Ansatz im digitalen Raum (Gegenrede
        stärkt Betroffene und verändert die Wahrnehmung der Mitlesenden). Inokulationsansatz
        gegen extremistische Strategien.
    """),
    fields=["extremismus", "medien"], topics=["hate_speech", "rassismus", "cybermobbing"],
    audiences=["schueler"], grades=(8, 12), school_types=SEK_BBS, levels=["universell"],
    formats=["workshop"], duration=(4, "unterrichtsstunden"), sessions=1, group=(12, 28),
    staff_count=2,
    staff_qualification="Medienpädagoge und Bildungsreferentin mit Schwerpunkt Rechtsextremismus im Netz.",
    venues=["schule"],
    funding_note="Gefördert im Rahmen eines Bundesprogramms zur Demokratieförderung; für Schulen kostenfrei.",
    booking_info="Anfrage per E-Mail; begrenztes Kontingent von 40 Workshops pro Jahr.",
    lead_time_weeks=6,
    requirements="Klassenraum mit Beamer und WLAN; Smartphones oder Tablets für die Gruppenarbeit.",
    curriculum_link="Gemeinschaftskunde, Deutsch (Argumentieren), überfachliches Ziel Medienbildung.",
    evaluation_kind="prozess",
    evaluation_summary="Kurzer Vorher-nachher-Test zur Einordnung von Beispielen; Auswertung für den Förderbericht.",
    languages=["de", "en"],
)

offer(
    "antisemitismus-heute", "erinnern-und-handeln", awarded="2026-03-24",
    title="Antisemitismus heute – erkennen, einordnen, widersprechen",
    summary=(
        "Ein Workshop für die Klassen 9 bis 13 über aktuellen Antisemitismus: in "
        "Verschwörungserzählungen, im Netz, in Songtexten und im Zusammenhang mit dem "
        "Nahostkonflikt. Mit einem Gesprächsteil mit einer jungen jüdischen Referentin."
    ),
    description=T("""
        Zu Beginn ordnen die Jugendlichen Aussagen und Bilder ein: Was ist antisemitisch, was ist
        Kritik, was ist eine Verschwörungserzählung? Wir arbeiten mit den gängigen
        Erscheinungsformen – klassischer, israelbezogener und Schuldabwehr-Antisemitismus – und
        zeigen, wie alte Bilder in neuen Memes wiederkehren.

        Im zweiten Teil kommen die Jugendlichen mit einer jungen jüdischen Referentin ins
        Gespräch über ihren Alltag. Abschließend üben sie, wie sie im Klassenchat oder auf dem
        Schulhof reagieren können.
    """),
    goals=T("""
        Die Schüler*innen können drei Erscheinungsformen von Antisemitismus unterscheiden.

        Die Schüler*innen können an einem Beispiel erklären, wie Verschwörungserzählungen
        antisemitische Bilder nutzen.

        Die Schüler*innen kennen eine Meldestelle für antisemitische Vorfälle.
    """),
    theory=T("""
        Antisemitismuskritische Bildungsarbeit: Wissen, Perspektivwechsel und Begegnung. Die
        Begegnung ist in eine strukturierte Bildungseinheit eingebettet und ersetzt sie nicht.
    """),
    fields=["extremismus"], topics=["antisemitismus", "verschwoerungserzaehlungen"],
    audiences=["schueler"], grades=(9, 13), school_types=SEK_BBS, levels=["universell"],
    formats=["workshop", "vortrag"], duration=(4, "unterrichtsstunden"), sessions=1,
    group=(12, 30), staff_count=2,
    staff_qualification="Bildungsreferentin für antisemitismuskritische Bildung und eine geschulte jüdische Referentin.",
    venues=["schule"], cost=(120, "pro_klasse"),
    funding_note="Förderung über die Landeszentrale für politische Bildung möglich.",
    booking_info="Anfrage per E-Mail; der Gesprächsteil ist je nach Verfügbarkeit der Referentin auch online möglich.",
    lead_time_weeks=8,
    contact_name="Hannah Oertel",
    requirements="Klassenraum mit Beamer; Lehrkraft anwesend.",
    curriculum_link="Geschichte Klasse 9/10, Ethik und Religion, Gemeinschaftskunde.",
    evaluation_kind="feedback",
    evaluation_summary="Feedbackbögen; Auswertungsgespräch mit der Lehrkraft.",
)

offer(
    "zwischen-glaube-und-ideologie", "erinnern-und-handeln", listing="unlisted", state="in_review",
    title="Zwischen Glaube und Ideologie – Workshop zu Islamismus und Radikalisierung im Netz",
    summary=(
        "Islamistische Influencer erreichen Jugendliche mit Fragen nach Identität, "
        "Gerechtigkeit und Zugehörigkeit. Der Workshop für die Klassen 9 bis 13 unterscheidet "
        "Religion und Ideologie, zeigt Ansprachestrategien und stärkt Jugendliche darin, "
        "Propaganda zu erkennen."
    ),
    description=T("""
        Ausgangspunkt sind kurze Videos von Influencer*innen: Welche Fragen greifen sie auf, mit
        welchen Mitteln arbeiten sie? Die Jugendlichen unterscheiden in Gruppen zwischen
        religiöser Praxis, konservativen Positionen und extremistischer Ideologie.

        Im zweiten Teil diskutieren wir Erfahrungen mit Rassismus und Ausgrenzung, an die
        Extremist*innen anknüpfen, und sammeln Orte, an denen Jugendliche ihre Fragen stellen
        können. Der Workshop kann mit Sprachmittlung auf Arabisch oder Türkisch stattfinden.
    """),
    goals=T("""
        Die Schüler*innen können drei Ansprachestrategien islamistischer Akteure in sozialen
        Netzwerken benennen.

        Die Schüler*innen können den Unterschied zwischen Religion und politischer Ideologie an
        einem Beispiel erklären.

        Die Schüler*innen kennen eine Beratungsstelle zu Radikalisierung.
    """),
    theory=T("""
        Universelle Extremismusprävention nach dem Ansatz der Ambiguitätstoleranz und
        Medienkritik; Anerkennung von Diskriminierungserfahrungen als Schutzfaktor gegen
        Radikalisierung; keine Stigmatisierung muslimischer Jugendlicher.
    """),
    fields=["extremismus", "medien"], topics=["islamismus", "rassismus"], audiences=["schueler"],
    grades=(9, 13), school_types=SEK_BBS, levels=["universell"], formats=["workshop"],
    duration=(4, "unterrichtsstunden"), sessions=1, group=(12, 28), staff_count=2,
    staff_qualification="Islamwissenschaftlerin (M. A.) und Sozialpädagoge mit Erfahrung in der Distanzierungsarbeit.",
    venues=["schule"],
    funding_note="Gefördert im Rahmen eines Bundesprogramms; für Schulen kostenfrei.",
    booking_info="Anfrage per E-Mail.",
    lead_time_weeks=6,
    requirements="Klassenraum mit Beamer; Lehrkraft anwesend.",
    evaluation_kind="feedback",
    evaluation_summary="Feedbackbögen; Auswertung im Team.",
    languages=["de", "ar", "tr"],
)


# --------------------------------------------------------------------------------------
# Angebote – Forum Zivilcourage und Demokratie e. V.
# --------------------------------------------------------------------------------------

offer(
    "planspiel-kommunalpolitik", "forum-zivilcourage", awarded="2025-11-11",
    title="Wählen ab 16? – Planspiel Kommunalpolitik",
    summary=(
        "Die Klasse wird zum Stadtrat: In einem eintägigen Planspiel für die Klassen 8 bis 12 "
        "verhandeln Fraktionen, Verwaltung und Bürgerinitiative über einen neuen Jugendtreff. "
        "Die Jugendlichen erleben, wie Entscheidungen in ihrer Stadt zustande kommen."
    ),
    description=T("""
        Nach einer kurzen Einführung in die Aufgaben des Stadtrats erhalten die Jugendlichen
        Rollenkarten: Fraktionen, Oberbürgermeisterin, Verwaltung, Anwohner*innen, Jugendbeirat,
        Presse. Sie verhandeln über Standort und Kosten eines Jugendtreffs, schmieden
        Koalitionen und bereiten Reden vor.

        Am Nachmittag tagt der „Stadtrat“ öffentlich und stimmt ab. In der Auswertung vergleichen
        die Jugendlichen das Spiel mit der Wirklichkeit und erfahren, wie sie sich selbst
        einbringen können – über den Jugendbeirat, Einwohneranträge oder die Kommunalwahl.
    """),
    goals=T("""
        Die Schüler*innen können drei Aufgaben des Stadtrats und den Weg eines Beschlusses
        beschreiben.

        Die Schüler*innen können eine Position in einer Verhandlung vertreten und einen
        Kompromiss aushandeln.

        Die Schüler*innen kennen zwei Wege, sich als Jugendliche in die Kommunalpolitik
        einzubringen.
    """),
    theory=T("""
        Handlungsorientierte politische Bildung: Planspiele machen demokratische Prozesse
        erlebbar und fördern politische Urteils- und Handlungsfähigkeit. Beutelsbacher Konsens
        (Überwältigungsverbot, Kontroversität, Schülerorientierung).
    """),
    fields=["demokratie"], audiences=["schueler"], grades=(8, 12),
    school_types=["oberschule", "gymnasium", "gemeinschaftsschule", "berufsbildende_schule"],
    levels=["universell"], formats=["projekttag"], duration=(1, "tage"), sessions=1,
    group=(16, 30), staff_count=2,
    staff_qualification="Bildungsreferent*innen für politische Bildung mit Planspielerfahrung.",
    venues=["schule", "ausserschulisch"], cost=(250, "pro_klasse"),
    cost_note="Auf Wunsch im Ratssaal des Rathauses (nach Verfügbarkeit, ohne Aufpreis).",
    funding_note="Förderung über die Landeszentrale für politische Bildung möglich.",
    booking_info="Anfrage per E-Mail; vor Kommunal- und Landtagswahlen früh buchen.",
    lead_time_weeks=8,
    contact_name="Paul Wendler",
    requirements="Ein großer und zwei kleinere Räume; Lehrkraft anwesend.",
    curriculum_link="Gemeinschaftskunde/Rechtserziehung/Wirtschaft Klasse 9 (Politik in der Gemeinde).",
    evaluation_kind="prozess",
    evaluation_summary="Fragebogen zu politischem Interesse und Wissen vor und nach dem Planspiel; jährliche Auswertung.",
)

offer(
    "nicht-wegsehen-zivilcourage", "forum-zivilcourage", awarded="2025-06-10",
    title="Nicht wegsehen! – Zivilcourage-Workshop gegen Diskriminierung im Schulalltag",
    summary=(
        "Ein Workshop für die Klassen 7 bis 10 nach dem Bystander-Ansatz: Was hält uns davon ab "
        "einzugreifen, wenn Mitschüler*innen beleidigt, ausgelacht oder ausgegrenzt werden? Die "
        "Jugendlichen üben kleine, machbare Schritte der Zivilcourage."
    ),
    description=T("""
        Mit einer Szene aus dem Schulalltag – abwertende Sprüche über einen Mitschüler mit
        Migrationsgeschichte – steigen die Jugendlichen ein und sammeln, warum die Umstehenden
        nichts tun. Wir besprechen die fünf Schritte vom Bemerken bis zum Handeln.

        Im Hauptteil üben die Jugendlichen in Kleingruppen Handlungsmöglichkeiten in
        verschiedenen Schwierigkeitsstufen: Blickkontakt mit der betroffenen Person, Nachfragen,
        Unterstützer*innen suchen, eine Lehrkraft holen. Zum Abschluss vereinbart die Klasse,
        woran sie sich künftig halten will.
    """),
    goals=T("""
        Die Schüler*innen können die fünf Schritte des Bystander-Modells benennen.

        Die Schüler*innen können drei Handlungsmöglichkeiten nennen, mit denen sie Betroffene
        unterstützen, ohne sich zu gefährden.

        Die Klasse formuliert eine gemeinsame Vereinbarung gegen Diskriminierung.
    """),
    theory=T("""
        Bystander-Ansatz (Latané/Darley): Verantwortungsdiffusion und pluralistische Ignoranz
        werden bewusst gemacht und durch eingeübte Handlungsschritte überwunden.
        Anti-Bias-Ansatz zur Sensibilisierung für Diskriminierung.
    """),
    fields=["gewalt", "demokratie", "extremismus"], topics=["zivilcourage", "rassismus", "mobbing"],
    audiences=["schueler"], grades=(7, 10), school_types=WEITERF_FS, levels=["universell"],
    formats=["workshop"], duration=(4, "unterrichtsstunden"), sessions=1, group=(12, 28),
    staff_count=2,
    staff_qualification="Teamer*innen mit Ausbildung in Anti-Diskriminierungsarbeit; erweitertes Führungszeugnis.",
    venues=["schule"],
    funding_note="Kostenfrei, gefördert über den Lokalen Aktionsplan für Demokratie und Vielfalt.",
    booking_info="Anfrage per E-Mail; Workshops montags bis freitags.",
    lead_time_weeks=5,
    requirements="Klassenraum, in dem Tische beiseitegeräumt werden können; Lehrkraft im Haus.",
    curriculum_link="Ethik Klasse 7/8, Gemeinschaftskunde, Klassenleiterstunde.",
    evaluation_kind="feedback",
    evaluation_summary="Feedbackbogen; Rückmeldung der Klassenleitung nach vier Wochen.",
)

offer(
    "schuelerhaushalt-projektwoche", "forum-zivilcourage", awarded="2026-07-07",
    title="Unsere Schule, unser Geld – Projektwoche Schülerhaushalt",
    summary=(
        "In einer Projektwoche entwickeln Schüler*innen der Klassen 5 bis 10 Ideen für ihre "
        "Schule, stellen sie im Schulhaus vor und stimmen gemeinsam ab, wofür ein echtes Budget "
        "ausgegeben wird. Demokratie zum Anfassen."
    ),
    description=T("""
        Am ersten Tag sammeln die Klassen, was sie an ihrer Schule verändern wollen. Ein
        gewähltes Schülerhaushalts-Team prüft die Vorschläge mit der Schulleitung auf
        Machbarkeit und Kosten.

        An den folgenden Tagen gestalten die Klassen Plakate und Kurzvideos und werben im
        Schulhaus für ihre Ideen. Am vierten Tag wählen alle Schüler*innen geheim in einem
        Wahllokal mit Urne. Am letzten Tag werden die Ergebnisse verkündet und die Umsetzung
        geplant.
    """),
    goals=T("""
        Alle Schüler*innen der teilnehmenden Klassen nehmen an einer geheimen Abstimmung teil.

        Die Schüler*innen können erklären, wie ein Vorschlag von der Idee bis zur Umsetzung
        kommt.

        Mindestens ein gewählter Vorschlag ist zum Schuljahresende umgesetzt.
    """),
    theory=T("""
        Demokratiepädagogik und Partizipation: Wer echte Entscheidungen trifft, erlebt
        Selbstwirksamkeit und lernt demokratische Verfahren. Bürgerhaushalte als Modell
        kommunaler Beteiligung.
    """),
    fields=["demokratie"], audiences=["schueler", "lehrkraefte"], grades=(5, 10),
    school_types=WEITERF_FS, levels=["universell"], formats=["projektwoche"],
    duration=(5, "tage"), sessions=5, group=(50, 400), staff_count=2,
    staff_qualification="Bildungsreferent*innen mit Erfahrung in Beteiligungsprojekten und Schülerhaushalten.",
    venues=["schule"], cost=(1500, "pauschal"),
    cost_note="Pauschale für Begleitung der Projektwoche, Wahlmaterial und Auswertung.",
    funding_note="Das Budget für die Umsetzung der Ideen (empfohlen mindestens 2.000 Euro) stellt die Schule, z. B. aus Fördervereinsmitteln. Die Begleitung kann über den Lokalen Aktionsplan gefördert werden.",
    booking_info="Vorgespräch mit Schulleitung und Schülerrat per E-Mail vereinbaren; Planung ein Halbjahr im Voraus.",
    lead_time_weeks=16,
    contact_name="Paul Wendler",
    requirements="Beschluss der Schulkonferenz, ein verbindliches Budget, eine koordinierende Lehrkraft.",
    evaluation_kind="prozess",
    evaluation_summary="Dokumentation von Beteiligung und Umsetzung; Befragung des Schülerrats nach einem Jahr.",
)

offer(
    "fortbildung-verschwoerungserzaehlungen", "forum-zivilcourage", awarded="2026-09-29",
    title="Verschwörungserzählungen im Klassenzimmer – Online-Fortbildung",
    summary=(
        "Zwei Online-Abende für Lehrkräfte und Schulsozialarbeit: Wie funktionieren "
        "Verschwörungserzählungen? Wie reagiere ich, wenn Schüler*innen oder Eltern sie im "
        "Unterricht oder beim Elternabend vertreten? Mit Gesprächsübungen in Kleingruppen."
    ),
    description=T("""
        Am ersten Abend geht es um Grundlagen: Merkmale von Verschwörungserzählungen, ihre
        Funktion für die Gläubigen, Verbindungen zu Antisemitismus und Rechtsextremismus und die
        Rolle von Messenger-Kanälen.

        Am zweiten Abend üben die Teilnehmenden in Kleingruppenräumen Gesprächssituationen:
        eine Schülerin, die im Unterricht Falschbehauptungen verbreitet, ein Vater beim
        Elternabend. Sie erhalten eine Materialsammlung für den Unterricht.
    """),
    goals=T("""
        Die Teilnehmenden können fünf Merkmale von Verschwörungserzählungen erkennen.

        Die Teilnehmenden können zwei Gesprächsstrategien für den Umgang mit
        verschwörungsgläubigen Schüler*innen anwenden.

        Die Teilnehmenden kennen Beratungsangebote für Angehörige und Schulen.
    """),
    theory=T("""
        Politische Bildung nach dem Beutelsbacher Konsens; Gesprächsführung nach Ansätzen der
        Distanzierungsarbeit (Beziehung halten, Zweifel säen, nicht beschämen). Lehrkräfte als
        Multiplikator*innen.
    """),
    fields=["extremismus", "medien", "demokratie"], topics=["verschwoerungserzaehlungen", "fake_news", "antisemitismus"],
    audiences=["lehrkraefte", "fachkraefte"], ages=ERWACHSENE, levels=["universell"],
    formats=["online", "fortbildung"], duration=(4, "zeitstunden"), sessions=2, group=(8, 30),
    staff_count=2,
    staff_qualification="Bildungsreferentin mit Schwerpunkt Verschwörungsideologien und systemischer Berater aus der Distanzierungsarbeit.",
    venues=["online"],
    funding_note="Kostenfrei, gefördert über den Lokalen Aktionsplan.",
    booking_info="Anmeldung per E-Mail; zwei Durchgänge pro Halbjahr, jeweils dienstags von 17 bis 19 Uhr.",
    lead_time_weeks=2,
    requirements="Rechner mit Kamera und Mikrofon; stabile Internetverbindung.",
    evaluation_kind="feedback",
    evaluation_summary="Online-Feedback nach dem zweiten Abend.",
)


# --------------------------------------------------------------------------------------
# Entwürfe noch nicht geprüfter Träger (nie freigegeben)
# --------------------------------------------------------------------------------------

offer(
    "elterncafe-schule-medien-erziehung", "jugendtreff-mosaik", listing="unlisted", state="submitted",
    title="Elterncafé: Schule, Medien und Erziehung – mehrsprachiger Gesprächskreis",
    summary=(
        "Ein offener Gesprächskreis für zugewanderte Eltern zu Schule in Sachsen, Handy und "
        "Internet in der Familie sowie Streit und Mobbing. Mit Dolmetscher*innen auf Arabisch, "
        "Persisch, Ukrainisch und Russisch."
    ),
    description=T("""
        Das Elterncafé findet an vier Nachmittagen in der Schule oder in unserem Treff statt.
        Jeder Nachmittag hat ein Thema: Schulsystem und Elternrechte, Medien in der Familie,
        Konflikte und Mobbing, Pubertät und Jugendschutz.

        Nach einem kurzen Impuls sprechen die Eltern in Sprachgruppen miteinander;
        Dolmetscher*innen übersetzen in der großen Runde. Schulsozialarbeit und Lehrkräfte sind
        eingeladen, sich vorzustellen.
    """),
    goals=T("""
        Die Eltern kennen die wichtigsten Ansprechpersonen an der Schule ihres Kindes.

        Die Eltern kennen zwei Einstellungen zum Jugendschutz auf dem Smartphone ihres Kindes.

        Die Eltern wissen, was sie tun können, wenn ihr Kind gemobbt wird.
    """),
    theory=T("""
        Niedrigschwellige, muttersprachliche Elternbildung; Empowerment zugewanderter Familien
        und Stärkung der Erziehungspartnerschaft zwischen Familie und Schule.
    """),
    fields=["soziales_lernen", "medien"], topics=["mobbing", "datenschutz", "mediensucht"],
    audiences=["eltern"], ages=ERWACHSENE, levels=["universell", "selektiv"],
    formats=["elternabend", "vortrag"], duration=(8, "zeitstunden"), sessions=4, group=(6, 30),
    staff_count=3,
    staff_qualification="Sozialpädagogin des Jugendtreffs und ehrenamtliche Sprachmittler*innen.",
    venues=["schule", "traeger"],
    booking_info="Anfrage per E-Mail oder Telefon.",
    lead_time_weeks=4,
    requirements="Raum für bis zu 30 Personen, Kinderbetreuung wünschenswert.",
    evaluation_kind="feedback",
    evaluation_summary="Mündliche Rückmelderunde in den Sprachgruppen, protokolliert von den Sprachmittler*innen.",
    languages=["de", "ar", "fa", "uk", "ru"],
    accessibility_note="Kinderbetreuung während des Elterncafés nach Absprache.",
)

offer(
    "wir-reden-mit-peer-workshops", "jugendtreff-mosaik", listing="unlisted", state="draft",
    title="Wir reden mit – Peer-Workshops gegen Rassismus",
    summary=(
        "Jugendliche aus unserem Treff, selbst mit Fluchterfahrung oder Migrationsgeschichte, "
        "werden zu Peer-Teamer*innen ausgebildet und gestalten Workshops über Rassismus und "
        "Zugehörigkeit für die Klassen 7 bis 10."
    ),
    description=T("""
        Die Peer-Teamer*innen erzählen aus ihrem Alltag und laden die Klasse ein, über eigene
        Erfahrungen mit Vorurteilen zu sprechen. In Übungen wie „Ein Schritt nach vorn“ erleben
        die Jugendlichen, wie unterschiedlich Chancen verteilt sind.

        Danach sammeln sie gemeinsam, was an ihrer Schule gegen Rassismus getan werden kann.
        (Entwurf: Ablauf der Teamer-Ausbildung wird noch ergänzt.)
    """),
    goals=T("""
        Die Schüler*innen können zwei Formen von Alltagsrassismus erkennen und benennen.

        Die Klasse sammelt mindestens drei Ideen gegen Rassismus an ihrer Schule.
    """),
    theory=T("""
        Peer-Education und Kontakthypothese; Anti-Bias-Ansatz.
    """),
    fields=["extremismus", "demokratie"], topics=["rassismus", "vielfalt"],
    audiences=["schueler", "multiplikatoren"], grades=(7, 10), school_types=WEITERF,
    levels=["universell"], formats=["peer_projekt", "workshop"], duration=(3, "unterrichtsstunden"),
    sessions=1, group=(12, 28), staff_count=3,
    staff_qualification="Zwei Peer-Teamer*innen und eine Sozialpädagogin des Jugendtreffs.",
    venues=["schule"],
    booking_info="Noch offen.",
    lead_time_weeks=4,
    requirements="Klassenraum; Lehrkraft im Haus.",
    evaluation_kind="keine",
    languages=["de", "ar", "fa"],
)

offer(
    "fahrrad-check-werkstatt", "fahrradwerkstatt-rueckenwind", listing="unlisted", state="draft",
    title="Fahrrad-Check – Werkstatt-Projekttag für verkehrssichere Räder",
    summary=(
        "Die Klassen 5 bis 8 kommen mit ihren Fahrrädern in die Jugendfahrradwerkstatt, "
        "prüfen Bremsen, Licht und Reifen und reparieren kleine Mängel selbst. Dazu gibt es "
        "eine Runde zum toten Winkel bei Lkw und Bussen."
    ),
    description=T("""
        Am Vormittag zeigen die Werkstatt-Teamer*innen an einem Rad, worauf es bei der
        Verkehrssicherheit ankommt. Danach prüfen die Jugendlichen in Zweiergruppen ihre eigenen
        Räder mit einer Checkliste und beheben kleine Mängel: Bremsen nachstellen, Licht
        reparieren, Schlauch flicken.

        Zum Abschluss erleben die Jugendlichen mit einem Linienbus der Verkehrsbetriebe, wie groß
        der tote Winkel ist. (Entwurf: Kooperation mit den Verkehrsbetrieben noch nicht
        bestätigt.)
    """),
    goals=T("""
        Die Schüler*innen können ihr Fahrrad anhand einer Checkliste auf Verkehrssicherheit
        prüfen.

        Die Schüler*innen können einen Schlauch flicken und Bremsen nachstellen.

        Die Schüler*innen können den toten Winkel eines Busses beschreiben.
    """),
    theory=T("""
        Handlungsorientiertes Lernen: Wer sein Rad selbst instand hält, fährt sicherer und
        häufiger. Verkehrsprävention durch Erfahrungslernen.
    """),
    fields=["verkehr"], topics=["schulweg"], audiences=["schueler"], grades=(5, 8),
    school_types=["oberschule", "gymnasium", "foerderschule"], levels=["universell"],
    formats=["projekttag"], duration=(5, "zeitstunden"), sessions=1, group=(8, 16),
    staff_count=2,
    staff_qualification="Zweiradmechaniker und ein ehrenamtlicher Jugend-Teamer.",
    venues=["ausserschulisch"], cost=(6, "pro_person"),
    cost_note="Ersatzteile werden zum Selbstkostenpreis abgerechnet.",
    booking_info="Anfrage per E-Mail.",
    lead_time_weeks=4,
    requirements="Eigene Fahrräder; bei großen Klassen Teilung in zwei Gruppen.",
    evaluation_kind="feedback",
)


# --------------------------------------------------------------------------------------
# Weitere Angebote: Texte, die Format, Zielgruppe oder Sprache nicht wiederholen
# --------------------------------------------------------------------------------------

offer(
    "mein-handy-meine-zeit", "medienkompass", awarded="2026-04-21",
    title="Mein Handy, meine Zeit – Bildschirmzeit selbst im Griff",
    summary=(
        "In zwei Doppelstunden untersuchen Jugendliche der Klassen 6 bis 8 ihre eigene "
        "Bildschirmzeit: Welche Apps halten mich fest, wie funktionieren Streaks, Autoplay und "
        "Push-Nachrichten, und was hilft, das Smartphone auch einmal wegzulegen?"
    ),
    description=T("""
        Eine Woche vorher notieren die Jugendlichen anonym, wie lange und wofür sie ihr Handy
        nutzen. In der ersten Doppelstunde werten sie die Klassenergebnisse aus und entschlüsseln
        an Beispielen, mit welchen Tricks Apps und Spiele Aufmerksamkeit binden.

        In der zweiten Doppelstunde probieren sie Einstellungen aus (Bildschirmzeit, Fokus-Modus,
        Benachrichtigungen), sprechen über Datenspuren und vereinbaren als Klasse eine
        „Handy-Challenge“ für die nächsten zwei Wochen.
    """),
    goals=T("""
        Die Schüler*innen können drei Gestaltungstricks von Apps nennen, die die Nutzungsdauer
        verlängern.

        Die Schüler*innen können auf ihrem eigenen Gerät Bildschirmzeit und Benachrichtigungen
        einstellen.

        Die Klasse vereinbart eine gemeinsame Regel für die Handynutzung und überprüft sie.
    """),
    theory=T("""
        Selbstbeobachtung und Selbstregulation (Lebenskompetenzansatz); Aufklärung über
        Persuasive Design als Beitrag zur Prävention exzessiver Nutzung.
    """),
    fields=["medien"], topics=["mediensucht", "datenschutz"], audiences=["schueler"],
    grades=(6, 8), school_types=WEITERF_FS, levels=["universell"], formats=["workshop"],
    duration=(4, "unterrichtsstunden"), sessions=2, group=(12, 28), staff_count=1,
    staff_qualification="Medienpädagog*innen des Netzwerks (Diplom/M. A.) mit Erfahrung in der Jugendarbeit.",
    venues=["schule"],
    funding_note="Gefördert durch das Landesprogramm Medienbildung an Schulen; für Schulen ohne Kosten.",
    booking_info="Anfrage per E-Mail mit Klassenstufe und drei Wunschterminen.",
    lead_time_weeks=4,
    requirements="Klassenraum mit Beamer und WLAN; die Jugendlichen bringen ihr eigenes Gerät mit (Leihgeräte nach Absprache).",
    preparation="Nutzungstagebuch als Kopiervorlage, eine Woche vor dem ersten Termin.",
    curriculum_link="Informatik Klasse 7, Ethik Klasse 6, Medienbildung nach dem Kompetenzrahmen der KMK.",
    evaluation_kind="feedback",
    evaluation_summary="Kurzumfrage der Jugendlichen nach der Challenge; Rückmeldung der Klassenleitung.",
)

offer(
    "ankommen-regeln-rechte", "ev-jugendwerk-st-markus", awarded="2026-05-12",
    title="Ankommen, Regeln, Rechte – Gesprächsreihe für Jugendliche in Vorbereitungsklassen",
    summary=(
        "Jugendliche, die erst seit kurzem in Deutschland leben, sprechen in drei Terminen mit "
        "Teamer*innen in ihrer Herkunftssprache über Regeln in Schule und Stadt, über Streit, "
        "Respekt und ihre Rechte – und darüber, wo sie Hilfe bekommen."
    ),
    description=T("""
        Die Reihe richtet sich an Vorbereitungs- und DaZ-Klassen. Zwei Teamer*innen, die selbst
        vor einigen Jahren nach Deutschland gekommen sind, leiten die Gruppe zweisprachig an. Im
        ersten Termin geht es um Regeln und Erwartungen in der Schule, im zweiten um Konflikte,
        Beleidigungen und Gewalt, im dritten um Rechte von Kindern und Jugendlichen.

        Die Gruppe besucht zum Abschluss gemeinsam eine Beratungsstelle und den Jugendtreff im
        Stadtteil, damit die Wege dorthin bekannt sind.
    """),
    goals=T("""
        Die Jugendlichen kennen drei Anlaufstellen in der Stadt, an die sie sich bei Problemen
        wenden können.

        Die Jugendlichen können beschreiben, wie sie einen Streit ohne Gewalt austragen.

        Die Jugendlichen kennen ihre wichtigsten Rechte nach der UN-Kinderrechtskonvention.
    """),
    theory=T("""
        Peer- und Mentoring-Ansatz mit muttersprachlichen Teamer*innen; Empowerment und
        Stärkung von Schutzfaktoren bei neu zugewanderten Jugendlichen.
    """),
    fields=["soziales_lernen", "gewalt"], topics=["konfliktloesung", "grenzen"],
    audiences=["schueler"], grades=(5, 10), school_types=["oberschule", "gemeinschaftsschule"],
    levels=["universell", "selektiv"], formats=["workshop"], duration=(6, "unterrichtsstunden"),
    sessions=3, group=(6, 16), staff_count=2,
    staff_qualification="Zwei geschulte Teamer*innen mit eigener Migrationsgeschichte und eine Sozialpädagogin des Jugendwerks.",
    venues=["schule", "ausserschulisch"],
    funding_note="Finanziert aus Mitteln der Integrationsarbeit des Kirchenkreises.",
    booking_info="Anfrage per E-Mail mit Größe der Gruppe und den Herkunftssprachen der Jugendlichen.",
    lead_time_weeks=5,
    requirements="Ruhiger Raum; eine Lehrkraft der Vorbereitungsklasse ist beim ersten Termin dabei.",
    evaluation_kind="feedback",
    evaluation_summary="Bildgestützte Rückmeldebögen nach jedem Termin, ausgewertet mit der Klassenleitung.",
    languages=["de", "ar", "uk", "fa"],
)

offer(
    "pausenprofis-konfliktlotsen", "konfliktkultur", awarded="2026-06-02",
    title="Pausenprofis – Konfliktlotsen für die Klassen 3 und 4",
    summary=(
        "Zoff um den Ball, Schubsen in der Schlange, Ausgelachtwerden: Kinder der Klassen 3 und 4 "
        "lernen in sechs Stunden, kleine Konflikte auf dem Pausenhof selbst zu klären. Die "
        "Pausenprofis helfen danach Jüngeren, sich wieder zu vertragen."
    ),
    description=T("""
        In sechs Stunden lernen die Kinder mit einfachen Bildkarten, was bei einem Konflikt
        passiert, wie man Gefühle ausdrückt und wie ein Gespräch nach dem Vier-Schritte-Modell
        abläuft: Stopp – Erzählen – Wünschen – Vertragen.

        Acht bis zwölf Kinder, die sich bewähren, werden als „Pausenprofis“ mit Weste und
        Ausweis eingesetzt. Eine Lehrkraft begleitet sie in den ersten Wochen und trifft sich
        monatlich mit ihnen.
    """),
    goals=T("""
        Die Kinder können die vier Schritte einer Konfliktklärung nennen und anwenden.

        Die Kinder können in Ich-Botschaften sagen, was sie stört.

        Auf dem Pausenhof sind während der großen Pause zwei Pausenprofis ansprechbar.
    """),
    theory=T("""
        Mediation und Peer-Konfliktlösung in altersgerecht vereinfachter Form; Förderung
        sozial-emotionaler Kompetenzen.
    """),
    fields=["soziales_lernen", "gewalt"], topics=["konfliktloesung", "gefuehle"],
    audiences=["schueler", "multiplikatoren"], grades=(3, 4),
    school_types=["grundschule", "foerderschule"], levels=["universell"],
    formats=["unterrichtseinheit", "peer_projekt"], duration=(6, "unterrichtsstunden"), sessions=3,
    group=(12, 28), staff_count=1,
    staff_qualification="Mediatorin (BM) und Grundschulpädagogin.",
    venues=["schule"],
    funding_note="Kostenfrei dank einer Förderung durch den Kommunalen Präventionsrat.",
    booking_info="Anfrage per E-Mail oder Telefon; pro Schuljahr bis zu zehn Schulen.",
    lead_time_weeks=6,
    requirements="Klassenraum; Westen und Ausweise bringen wir mit.",
    curriculum_link="Sachunterricht Klasse 3 (Zusammenleben), Ethik Klasse 4.",
    evaluation_kind="prozess",
    evaluation_summary="Protokolle der Pausenprofi-Treffen und eine kurze Befragung der Aufsichtskräfte nach drei Monaten.",
)

offer(
    "radikalisierung-erkennen-studientag", "forum-zivilcourage", awarded="2026-07-14",
    title="Radikalisierung erkennen – Studientag für das Kollegium",
    summary=(
        "Ein pädagogischer Tag für das ganze Kollegium: Woran erkennt man, dass sich Jugendliche "
        "islamistischen oder rechtsextremen Gruppen zuwenden? Wie spreche ich das an, und wen ziehe "
        "ich hinzu, ohne zu stigmatisieren?"
    ),
    description=T("""
        Am Vormittag geben zwei Referent*innen einen Überblick über Anwerbestrategien
        islamistischer und rechtsextremer Gruppen in sozialen Netzwerken, über Codes, Musik und
        Symbole. An Fallbeispielen aus Schulen unterscheidet das Kollegium zwischen provozierender
        Pubertät, Protest und ernsthaften Warnsignalen.

        Am Nachmittag übt das Kollegium Gesprächssituationen und entwirft einen schulinternen
        Ablauf: Wer spricht mit wem, wann werden Eltern, Schulsozialarbeit und
        Beratungsstellen einbezogen?
    """),
    goals=T("""
        Das Kollegium kann drei Warnsignale einer beginnenden Radikalisierung von
        jugendtypischem Protest unterscheiden.

        Die Schule hat einen Entwurf für einen Ablauf bei Verdacht auf Radikalisierung.

        Das Kollegium kennt die Ansprechstellen der Ausstiegs- und Distanzierungsberatung.
    """),
    theory=T("""
        Sekundärprävention nach dem Ansatz der Distanzierungsarbeit; Stärkung der
        Handlungssicherheit pädagogischer Fachkräfte und Lehrkräfte als Schlüsselpersonen.
    """),
    fields=["extremismus", "demokratie"],
    topics=["islamismus", "rechtsextremismus", "verschwoerungserzaehlungen"],
    audiences=["lehrkraefte", "fachkraefte"], ages=ERWACHSENE, levels=["universell", "selektiv"],
    formats=["fortbildung"], duration=(6, "zeitstunden"), sessions=1, group=(10, 60),
    staff_count=2,
    staff_qualification="Politikwissenschaftlerin und Sozialpädagoge mit langjähriger Erfahrung in der Ausstiegsberatung.",
    venues=["schule"], cost=(450, "pauschal"),
    cost_note="Pauschal für das ganze Kollegium, zuzüglich Fahrtkosten außerhalb der Stadt.",
    booking_info="Anfrage durch die Schulleitung per E-Mail; Vorgespräch per Telefon.",
    lead_time_weeks=10,
    requirements="Aula oder großer Raum mit Beamer; Teilnahme des ganzen Kollegiums empfohlen.",
    evaluation_kind="feedback",
    evaluation_summary="Feedbackbogen am Ende des Tages; Nachfrage bei der Schulleitung nach einem halben Jahr.",
)

offer(
    "wenn-das-zocken-kein-ende-findet", "suchtberatung-mitte", awarded="2026-03-03",
    title="Wenn das Zocken kein Ende findet – Informationsabend für Mütter und Väter",
    summary=(
        "Stundenlang Fortnite, nachts noch am Handy, Streit um jede Minute: Der Abend für Mütter "
        "und Väter von Kindern der Klassen 5 bis 10 erklärt, wann Gaming problematisch wird, "
        "welche Regeln helfen und wo Familien Unterstützung finden."
    ),
    description=T("""
        Eine Fachkraft der Beratungsstelle erklärt, warum Spiele und soziale Netzwerke so
        fesseln, woran man eine beginnende Abhängigkeit erkennt und was in Familien hilft:
        verlässliche Absprachen, gemeinsame Spielzeit, Bildschirmfreie Zonen.

        Danach beantwortet sie Fragen und stellt die offene Sprechstunde der Beratungsstelle vor.
        Auf Wunsch kommt eine Sprachmittlerin dazu.
    """),
    goals=T("""
        Die Teilnehmenden können drei Anzeichen problematischer Computerspielnutzung nennen.

        Die Teilnehmenden kennen Regeln für die Nutzungszeit, die zum Alter ihres Kindes passen.

        Die Teilnehmenden wissen, wie sie einen Termin in der Beratungsstelle bekommen.
    """),
    theory=T("""
        Selektive und universelle Prävention über die Familie; Stärkung der elterlichen
        Erziehungskompetenz und frühzeitiger Zugang zum Hilfesystem.
    """),
    fields=["sucht", "medien"], topics=["mediensucht", "gluecksspiel"], audiences=["eltern"],
    grades=(5, 10), levels=["universell", "selektiv"], formats=["elternabend", "vortrag"],
    duration=(2, "zeitstunden"), sessions=1, group=(8, 80), staff_count=1,
    staff_qualification="Sozialarbeiterin (B. A.) der Beratungsstelle mit Weiterbildung Mediensucht.",
    venues=["schule", "traeger"],
    booking_info="Anfrage durch Schule oder Elternrat per E-Mail.",
    lead_time_weeks=4,
    requirements="Raum mit Beamer; Einladung über die Schule.",
    evaluation_kind="feedback",
    languages=["de", "tr"],
)


# --------------------------------------------------------------------------------------
# Ausgabe und Selbstprüfung
# --------------------------------------------------------------------------------------

META = {"kind": "meta", "format": "praeventionskatalog/1", "exported_at": REFERENCE_DATE.isoformat()}

REF_RE = re.compile(r"[a-z0-9-]{2,60}")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.example")
PROVIDER_KEYS = {"kind", "ref", "name", "legal_form", "org_type", "description", "website", "email",
                 "phone", "street", "postcode", "city", "districts", "verified_on", "contacts"}
OFFER_KEYS = {"kind", "ref", "provider", "listing", "listing_reason", "live", "seal", "pending"}
REQUIRED_CONTENT = {"title", "summary", "description", "goals", "theory", "fields", "audiences",
                    "levels", "formats", "duration_value", "duration_unit", "sessions", "group_min",
                    "group_max", "staff_count", "staff_qualification", "venues", "districts",
                    "is_free", "booking_info", "lead_time_weeks", "contact_email", "requirements",
                    "evaluation_kind", "languages"}
LIST_VOCABULARY = {"fields": "field", "topics": "topic", "audiences": "audience",
                   "school_types": "school_type", "levels": "level", "formats": "format",
                   "venues": "venue", "districts": "district", "languages": "language"}
REQUIRED_LISTS = {"fields", "audiences", "levels", "formats", "venues", "districts", "languages"}
LISTINGS = {"live", "paused", "withdrawn", "expired", "unlisted"}
PENDING_STATES = {"draft", "submitted", "in_review", "changes_requested"}


def _date(value, where):
    assert isinstance(value, str), f"{where}: Datum als Zeichenkette erwartet"
    return date.fromisoformat(value)


def _is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def _url(value, where):
    parsed = urlparse(value)
    assert parsed.scheme in ("http", "https") and parsed.netloc, f"{where}: ungültige URL {value!r}"
    assert parsed.hostname.endswith(".example"), f"{where}: Demo-URLs nur auf .example-Domains"


def check_content(c: dict, where: str) -> None:
    unknown = set(c) - set(CONTENT_KEYS)
    assert not unknown, f"{where}: unbekannte Schlüssel {unknown}"
    missing = REQUIRED_CONTENT - set(c)
    assert not missing, f"{where}: Pflichtfelder fehlen {missing}"
    for key in ("title", "summary", "description", "goals", "theory", "staff_qualification",
                "booking_info", "requirements"):
        assert isinstance(c[key], str) and c[key].strip(), f"{where}.{key}: leerer Text"
    assert len(c["title"]) <= 200, f"{where}: Titel zu lang"
    assert len(c["summary"]) <= 500, f"{where}: Kurzbeschreibung hat {len(c['summary'])} Zeichen"
    assert "\n" not in c["summary"], f"{where}: Kurzbeschreibung soll ein Absatz sein"
    sentences = re.findall(r"[.!?…](?=\s+[A-ZÄÖÜ„]|\s*$)", c["summary"])
    assert 1 <= len(sentences) <= 3, f"{where}: Kurzbeschreibung hat {len(sentences)} Sätze"
    paragraphs = c["description"].split("\n\n")
    assert 2 <= len(paragraphs) <= 4, f"{where}: Beschreibung hat {len(paragraphs)} Absätze"
    for key, vocabulary in LIST_VOCABULARY.items():
        if key not in c:
            assert key not in REQUIRED_LISTS, f"{where}: {key} fehlt"
            continue
        values = c[key]
        assert isinstance(values, list) and values, f"{where}.{key}: nicht-leere Liste erwartet"
        assert len(set(values)) == len(values), f"{where}.{key}: doppelte Codes"
        bad = set(values) - CODES[vocabulary]
        assert not bad, f"{where}.{key}: ungültige Codes {bad}"
    has_grades = "grade_from" in c or "grade_to" in c
    has_ages = "age_from" in c or "age_to" in c
    assert has_grades or has_ages, f"{where}: Klassenstufe oder Alter nötig"
    if has_grades:
        assert _is_int(c["grade_from"]) and _is_int(c["grade_to"]), f"{where}: Klassenstufen als Zahl"
        assert 1 <= c["grade_from"] <= c["grade_to"] <= 13, f"{where}: Klassenstufen"
    if has_ages:
        assert _is_int(c["age_from"]) and _is_int(c["age_to"]), f"{where}: Alter als Zahl"
        assert 3 <= c["age_from"] <= c["age_to"] <= 99, f"{where}: Alter"
    assert isinstance(c["duration_value"], (int, float)) and c["duration_value"] > 0, f"{where}: Dauer"
    assert c["duration_unit"] in SEED.DURATION_UNITS, f"{where}: Dauereinheit"
    for key in ("sessions", "group_min", "group_max", "staff_count"):
        assert _is_int(c[key]) and c[key] >= 1, f"{where}.{key}: ganze Zahl ≥ 1"
    assert c["group_min"] <= c["group_max"], f"{where}: group_min > group_max"
    assert isinstance(c["is_free"], bool), f"{where}: is_free"
    if c["is_free"]:
        assert "cost_amount" not in c and "cost_unit" not in c, f"{where}: kostenfrei mit Preis"
    else:
        assert isinstance(c.get("cost_amount"), (int, float)) and c["cost_amount"] >= 0, f"{where}: Betrag"
        assert c.get("cost_unit") in SEED.COST_UNITS, f"{where}: Kosteneinheit"
    assert _is_int(c["lead_time_weeks"]) and c["lead_time_weeks"] >= 0, f"{where}: Vorlaufzeit"
    assert EMAIL_RE.fullmatch(c["contact_email"]), f"{where}: E-Mail {c['contact_email']!r}"
    assert c["evaluation_kind"] in SEED.EVALUATION_KINDS, f"{where}: Evaluationsart"
    if "external_rating_url" in c:
        _url(c["external_rating_url"], where)
        assert c["external_rating_url"].startswith("https://"), f"{where}: Einstufung per https"


def check_records(records: list[dict]) -> None:
    """Alle Regeln aus docs/import-format.md, Zeile für Zeile."""
    assert records[0] == META, "Erste Zeile muss die meta-Zeile sein"
    providers: dict[str, dict] = {}
    offer_refs: set[str] = set()
    for number, record in enumerate(records[1:], start=2):
        where = f"Zeile {number}"
        kind = record.get("kind")
        if kind == "provider":
            where += f" (Träger {record.get('ref')})"
            assert set(record) <= PROVIDER_KEYS, f"{where}: unbekannte Schlüssel {set(record) - PROVIDER_KEYS}"
            for key in ("ref", "name", "org_type", "email"):
                assert record.get(key), f"{where}: {key} fehlt"
            assert REF_RE.fullmatch(record["ref"]), f"{where}: ref"
            assert record["ref"] not in providers, f"{where}: ref doppelt"
            assert len(record["name"]) <= 200, f"{where}: Name zu lang"
            assert record["org_type"] in SEED.ORG_TYPES, f"{where}: org_type"
            assert EMAIL_RE.fullmatch(record["email"]), f"{where}: E-Mail"
            if "website" in record:
                _url(record["website"], where)
            assert set(record.get("districts", [])) <= CODES["district"], f"{where}: districts"
            assert "verified_on" in record, f"{where}: verified_on (Datum oder null) angeben"
            if record["verified_on"] is not None:
                assert _date(record["verified_on"], where) <= REFERENCE_DATE, f"{where}: verified_on in der Zukunft"
            for contact in record.get("contacts", []):
                assert set(contact) == {"name", "role", "email", "phone", "consent_on"}, f"{where}: Kontakt"
                assert EMAIL_RE.fullmatch(contact["email"]), f"{where}: Kontakt-E-Mail"
                assert _date(contact["consent_on"], where) <= REFERENCE_DATE, f"{where}: consent_on"
            providers[record["ref"]] = record
        elif kind == "offer":
            where += f" (Angebot {record.get('ref')})"
            assert set(record) <= OFFER_KEYS, f"{where}: unbekannte Schlüssel {set(record) - OFFER_KEYS}"
            assert REF_RE.fullmatch(record["ref"]), f"{where}: ref"
            assert record["ref"] not in offer_refs, f"{where}: ref doppelt"
            offer_refs.add(record["ref"])
            assert record["provider"] in providers, f"{where}: Träger nicht vorher definiert"
            listing = record["listing"]
            assert listing in LISTINGS, f"{where}: listing"
            if listing in ("paused", "withdrawn"):
                assert record.get("listing_reason"), f"{where}: listing_reason fehlt"
            else:
                assert "listing_reason" not in record, f"{where}: listing_reason nur bei paused/withdrawn"
            pending = record.get("pending")
            if pending is not None:
                assert set(pending) == {"state", "content"}, f"{where}: pending"
                assert pending["state"] in PENDING_STATES, f"{where}: pending.state"
                check_content(pending["content"], where + " pending")
            if listing == "unlisted":
                assert record.get("live") is None and "seal" not in record, f"{where}: unlisted ohne live/seal"
                assert pending is not None, f"{where}: unlisted braucht eine offene Revision"
            else:
                assert record.get("live"), f"{where}: live fehlt"
                check_content(record["live"], where + " live")
                s = record["seal"]
                assert set(s) == {"awarded_on", "valid_until", "checked_on"}, f"{where}: seal"
                awarded = _date(s["awarded_on"], where)
                valid_until = _date(s["valid_until"], where)
                assert awarded <= REFERENCE_DATE, f"{where}: Siegel in der Zukunft vergeben"
                assert valid_until == CLOCK.add_months(awarded, SEAL_MONTHS), f"{where}: valid_until ≠ awarded + 24 Monate"
                assert _date(s["checked_on"], where) == awarded, f"{where}: checked_on"
                if listing == "expired":
                    assert valid_until < REFERENCE_DATE, f"{where}: expired, aber Siegel noch gültig"
                else:
                    assert valid_until >= REFERENCE_DATE, f"{where}: Siegel abgelaufen, aber nicht expired"
                    assert awarded.year in (2025, 2026), f"{where}: Siegel 2025/2026 erwartet"
                assert providers[record["provider"]]["verified_on"] is not None, f"{where}: freigegeben, aber Träger ungeprüft"
        else:
            raise AssertionError(f"{where}: unbekannte Art {kind!r}")


def check_coverage(providers: list[dict], offers: list[dict]) -> None:
    """Abdeckung für eine aussagekräftige Demo (Anforderungen an den Demo-Datensatz)."""
    assert len(providers) >= 14, "mindestens 14 Träger"
    unverified = [p for p in providers if p["verified_on"] is None]
    assert 1 <= len(unverified) <= 2, "ein bis zwei ungeprüfte Träger"
    assert sum(1 for p in providers if p.get("contacts")) >= 4, "einige Träger mit Kontaktpersonen"
    assert len(offers) >= 64, "mindestens 64 Angebote"

    current = [o["live"] or o["pending"]["content"] for o in offers]   # jeweils maßgebliche Fassung
    count = Counter()
    for c in current:
        for key in ("fields", "formats", "audiences", "school_types", "venues", "levels", "languages"):
            count.update((key, code) for code in c.get(key, []))
        count[("duration_unit", c["duration_unit"])] += 1
        count[("evaluation_kind", c["evaluation_kind"])] += 1
        if not c["is_free"]:
            count[("cost_unit", c["cost_unit"])] += 1
    for code in CODES["field"]:
        assert count[("fields", code)] >= 3, f"Handlungsfeld {code} in weniger als 3 Angeboten"
    for code in CODES["format"]:
        assert count[("formats", code)] >= 2, f"Format {code} in weniger als 2 Angeboten"
    for key, vocabulary in (("audiences", "audience"), ("school_types", "school_type"),
                            ("venues", "venue"), ("levels", "level")):
        for code in CODES[vocabulary]:
            assert count[(key, code)] >= 1, f"{vocabulary} {code} nicht verwendet"
    for key, units in (("duration_unit", SEED.DURATION_UNITS), ("cost_unit", SEED.COST_UNITS),
                       ("evaluation_kind", SEED.EVALUATION_KINDS)):
        for code in units:
            assert count[(key, code)] >= 1, f"{key} {code} nicht verwendet"
    assert len({code for (key, code) in count if key == "languages"} - {"de"}) >= 5, "mehrere Sprachen außer Deutsch"

    grades = set()
    for c in current:
        if "grade_from" in c:
            grades.update(range(c["grade_from"], c["grade_to"] + 1))
    assert grades == set(range(1, 14)), f"Klassenstufen nicht abgedeckt: {set(range(1, 14)) - grades}"
    assert any(c.get("grade_to", 99) <= 4 for c in current), "Grundschulangebote fehlen"
    assert any(c.get("grade_from", 0) >= 11 for c in current), "Berufsschulangebote fehlen"
    assert sum(1 for c in current if "grade_from" not in c) >= 3, "Angebote nur mit Altersangabe fehlen"

    free = sum(1 for c in current if c["is_free"])
    assert 3 * free >= len(current), f"nur {free} von {len(current)} Angeboten kostenfrei"
    assert sum(1 for c in current if "funding_note" in c) >= 5, "Finanzierungshinweise fehlen"
    assert sum(1 for c in current if "external_rating" in c) >= 2, "externe Einstufungen fehlen"
    titles = [c["title"] for c in current]
    assert len(set(titles)) == len(titles), "Titel doppelt"
    assert len({c["description"] for c in current}) == len(current), "Beschreibungen doppelt"

    by_listing = Counter(o["listing"] for o in offers)
    assert by_listing["expired"] == 2 and by_listing["paused"] == 1 and by_listing["withdrawn"] == 1
    unlisted_states = {o["pending"]["state"] for o in offers if o["listing"] == "unlisted"}
    assert by_listing["unlisted"] >= 4 and unlisted_states == PENDING_STATES, "unlisted: alle vier Zustände"
    assert sum(1 for o in offers if o["listing"] == "live" and o["pending"]) >= 4, "live mit offener Revision"
    assert sum(1 for o in offers if o["listing"] == "live" and o["pending"]
               and o["pending"]["state"] in ("draft", "submitted")) >= 4
    for o in offers:   # eine offene Revision auf einem live-Angebot muss etwas ändern
        if o["live"] and o["pending"]:
            assert o["pending"]["content"] != o["live"], f"{o['ref']}: offene Revision ohne Änderung"
    due = [o for o in offers if o["listing"] == "live"
           and date(2026, 11, 25) <= date.fromisoformat(o["seal"]["valid_until"]) <= date(2027, 1, 15)]
    assert len(due) >= 5, f"nur {len(due)} Angebote mit fälliger Verlängerung"
    assert by_listing["live"] > len(offers) / 2, "die meisten Angebote sind live"


def summary_lines(offers: list[dict]) -> list[str]:
    by_listing = Counter(o["listing"] for o in offers)
    due = sum(1 for o in offers if o["listing"] == "live"
              and date.fromisoformat(o["seal"]["valid_until"]) <= date(2027, 1, 17))
    live_pending = Counter(o["pending"]["state"] for o in offers if o["live"] and o["pending"])
    unlisted = Counter(o["pending"]["state"] for o in offers if o["listing"] == "unlisted")
    free = sum(1 for o in offers if (o["live"] or o["pending"]["content"])["is_free"])
    return [
        f"{len(PROVIDERS)} Träger, {len(offers)} Angebote ({free} kostenfrei)",
        "Listing: " + ", ".join(f"{k} {v}" for k, v in sorted(by_listing.items())),
        f"Siegel läuft in den nächsten 8 Wochen ab: {due}",
        "Offene Revisionen auf freigegebenen Angeboten: " + ", ".join(f"{k} {v}" for k, v in sorted(live_pending.items())),
        "Offene Revisionen nie freigegebener Angebote: " + ", ".join(f"{k} {v}" for k, v in sorted(unlisted.items())),
    ]


def main() -> None:
    # wie beim Export: jeder Träger, gefolgt von seinen Angeboten
    records = [META]
    for prov in PROVIDERS:
        records.append(prov)
        records.extend(o for o in OFFERS if o["provider"] == prov["ref"])
    assert len(records) == 1 + len(PROVIDERS) + len(OFFERS)
    check_records(records)
    check_coverage(PROVIDERS, OFFERS)
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    # Gegenprobe: die geschriebene Datei neu einlesen und erneut prüfen
    reread = [json.loads(line) for line in OUTPUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert reread == records
    check_records(reread)
    print(f"{OUTPUT.relative_to(REPO_DIR)} geschrieben, Selbstprüfung bestanden.")
    for line in summary_lines(OFFERS):
        print("  " + line)


if __name__ == "__main__":
    main()
