"""Origins allowed to frame an embed: https://host[:port], http only for this machine, normalised."""

from __future__ import annotations

import pytest

from catalogue.embed.origins import MAX_ORIGINS, OriginError, parse_origin, parse_origins


@pytest.mark.parametrize(
    "raw, origin",
    [
        ("https://www.stadt-beispiel.de", "https://www.stadt-beispiel.de"),
        ("  HTTPS://WWW.Stadt-Beispiel.DE/ ", "https://www.stadt-beispiel.de"),
        ("https://schule.example:443", "https://schule.example"),
        ("https://schule.example:8443", "https://schule.example:8443"),
        ("https://www.münchen.de", "https://www.xn--mnchen-3ya.de"),
        ("https://192.0.2.7", "https://192.0.2.7"),
        ("https://[2001:db8:0::1]", "https://[2001:db8::1]"),
        ("http://localhost:8000", "http://localhost:8000"),
        ("http://127.0.0.1:5000", "http://127.0.0.1:5000"),
        ("http://[::1]:80", "http://[::1]"),
    ],
)
def test_usable_origins_are_normalised(raw, origin):
    assert parse_origin(raw) == origin


@pytest.mark.parametrize(
    "raw, message",
    [
        ("http://www.stadt-beispiel.de", "nur für localhost erlaubt"),
        ("http://192.0.2.7", "nur für localhost erlaubt"),
        ("ftp://stadt-beispiel.de", "nur Adressen mit https://"),
        ("www.stadt-beispiel.de", "keine Adresse der Form https://host"),
        ("https://www.stadt-beispiel.de/schulen/praevention", "ohne Pfad"),
        ("https://www.stadt-beispiel.de?x=1", "keine Adresse der Form"),
        ("https://*.stadt-beispiel.de", "Platzhalter (*) sind nicht erlaubt"),
        ("*", "Platzhalter (*) sind nicht erlaubt"),
        ("https://person@stadt-beispiel.de", "keine Adresse der Form"),
        ("https://stadt-beispiel.de:70000", "Port muss zwischen 1 und 65535"),
        ("https://stadt-beispiel.de:0", "Port muss zwischen 1 und 65535"),
        ("https://stadt;beispiel.de", "keinen gültigen Rechnernamen"),
        ("https://'self'", "keinen gültigen Rechnernamen"),
        ("https://-stadt.de", "keinen gültigen Rechnernamen"),
        ("https://" + "a" * 70 + ".de", "keinen gültigen Rechnernamen"),
        ("https://stadt..de", "keinen gültigen Rechnernamen"),
        ("https://300.1.1.1", "keine gültige IPv4-Adresse"),
        ("https://[zz::1]", "keine Adresse der Form"),
        ("https://[::g]", "keine Adresse der Form"),
        ("https://[1::2::3]", "keine gültige IPv6-Adresse"),
        ("'none'", "keine Adresse der Form"),
    ],
)
def test_unusable_origins_are_refused_with_a_german_reason(raw, message):
    with pytest.raises(OriginError, match=message.replace("(", r"\(").replace(")", r"\)").replace("*", r"\*")):
        parse_origin(raw)


def test_a_list_takes_lines_spaces_and_commas_and_drops_duplicates():
    text = "https://a.example\r\nhttps://b.example, https://A.example/\n\n  http://localhost:9000"
    assert parse_origins(text) == ["https://a.example", "https://b.example", "http://localhost:9000"]


def test_an_empty_list_is_refused():
    with pytest.raises(OriginError, match="mindestens eine Adresse"):
        parse_origins(" \n ")


def test_every_unusable_entry_is_named_at_once():
    with pytest.raises(OriginError) as raised:
        parse_origins("https://gut.example\nhttp://schlecht.example\nhttps://auch-schlecht.example/pfad")
    assert "http://schlecht.example" in str(raised.value) and "auch-schlecht.example/pfad" in str(raised.value)


def test_an_overlong_entry_is_refused_without_echoing_it():
    with pytest.raises(OriginError, match="länger als 300 Zeichen"):
        parse_origins("https://" + "a" * 400 + ".example")


def test_the_number_of_origins_is_limited():
    many = "\n".join(f"https://schule{n}.example" for n in range(MAX_ORIGINS + 1))
    with pytest.raises(OriginError, match=f"Höchstens {MAX_ORIGINS} Adressen"):
        parse_origins(many)
    assert len(parse_origins("\n".join(many.split("\n")[:MAX_ORIGINS]))) == MAX_ORIGINS
