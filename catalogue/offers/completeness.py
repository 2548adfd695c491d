"""What an offer revision's content must satisfy: field checks and the rules for submission.

The checks report to a `Problems` collector: the offer form shows the first problem per
field with German labels (`content_problems`), the exchange file names line and key.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from email_validator import EmailNotValidError, validate_email

from catalogue.offers.spec import CONTENT_FIELDS, CONTENT_LABELS, TEXT_KINDS, FieldSpec
from catalogue.weburl import is_web_url

# Pairs of fields given together, the second not below the first.
RANGES = (("grade_from", "grade_to"), ("age_from", "age_to"), ("group_min", "group_max"))


class Problems:
    """Where checks report; `field_name` is how a message names another field."""

    def add(self, name: str, message: str) -> None:
        raise NotImplementedError

    def field_name(self, key: str) -> str:
        return key


class FieldProblems(Problems):
    """The first problem per field as a German sentence, for showing next to form fields."""

    def __init__(self):
        self.by_field: dict[str, str] = {}

    def add(self, name: str, message: str) -> None:
        self.by_field.setdefault(name, message[:1].upper() + message[1:] + ".")

    def field_name(self, key: str) -> str:
        return f"„{CONTENT_LABELS[key]}“"


def content_problems(content: dict, vocabularies: dict[str, set[str]], complete: bool = True) -> dict[str, str]:
    """Field → German message for everything that keeps `content` from being submitted."""
    problems = FieldProblems()
    check_content(content, problems, vocabularies, complete=complete)
    return problems.by_field


def check_content(
    content: dict, problems: Problems, vocabularies: dict[str, set[str]], prefix: str = "", complete: bool = True
) -> dict:
    """The checked values of every content field; `complete` adds the rules for submission."""
    values = check_fields(content, CONTENT_FIELDS, problems, vocabularies, prefix, complete)
    for low, high in RANGES:
        if (values.get(low) is None) != (values.get(high) is None):
            problems.add(
                prefix + high, f"{problems.field_name(low)} und {problems.field_name(high)} nur gemeinsam angeben"
            )
        elif values.get(low) is not None and values[low] > values[high]:
            problems.add(prefix + high, f"muss größer oder gleich {problems.field_name(low)} sein")
    if complete and values.get("grade_from") is None and values.get("age_from") is None:
        problems.add(prefix + "grade_from", "Klassenstufe oder Alter angeben")
    if complete and values.get("is_free") is False:
        for name in ("cost_amount", "cost_unit"):
            if values.get(name) is None:
                problems.add(prefix + name, "ist bei kostenpflichtigen Angeboten erforderlich")
    if values.get("is_free"):
        values["cost_amount"], values["cost_unit"] = None, None
    return values


def check_fields(
    record: dict,
    specs: tuple[FieldSpec, ...],
    problems: Problems,
    vocabularies: dict[str, set[str]],
    prefix: str = "",
    complete: bool = True,
) -> dict:
    """Each spec's value from `record`, checked; empty values are "", [] or None."""
    return {
        spec.name: _value(spec, record.get(spec.name), prefix + spec.name, problems, vocabularies, complete)
        for spec in specs
    }


def _value(spec: FieldSpec, value, name: str, problems: Problems, vocabularies, complete: bool):
    if value is None or value == "" or value == []:
        if spec.required and complete:
            problems.add(name, "ist erforderlich")
        return [] if spec.kind == "codes" else ("" if spec.kind in TEXT_KINDS else None)
    return _CHECKERS[spec.kind](spec, value, name, problems, vocabularies)


def check_text(value, name: str, problems: Problems, max_length: int | None = None) -> str:
    """Trimmed text; None is ""."""
    if value is None:
        return ""
    if not isinstance(value, str):
        problems.add(name, "muss Text sein")
        return ""
    value = value.strip()
    if "\x00" in value:
        problems.add(name, "enthält ein unzulässiges Steuerzeichen")
    if max_length and len(value) > max_length:
        problems.add(name, f"ist länger als {max_length} Zeichen ({len(value)})")
    return value


def _check_text(spec, value, name, problems, _vocabularies):
    return check_text(value, name, problems, spec.max_length or (100_000 if spec.kind == "longtext" else 300))


def _check_int(spec, value, name, problems, _vocabularies):
    if isinstance(value, bool) or not isinstance(value, int):
        problems.add(name, "muss eine ganze Zahl sein")
        return None
    return _range(spec, value, name, problems)


def _check_number(spec, value, name, problems, _vocabularies):
    amount = None
    if not isinstance(value, bool) and isinstance(value, (int, float, str, Decimal)):
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            pass
    if amount is None or not amount.is_finite():
        problems.add(name, "muss eine Zahl sein")
        return None
    return _range(spec, amount, name, problems)


def _range(spec, value, name, problems):
    if (spec.minimum is not None and value < spec.minimum) or (spec.maximum is not None and value > spec.maximum):
        problems.add(name, f"muss zwischen {spec.minimum:g} und {spec.maximum:g} liegen")
        return None
    return value


def _check_bool(spec, value, name, problems, _vocabularies):
    if not isinstance(value, bool):
        problems.add(name, "muss true oder false sein")
        return None
    return value


def _check_choice(spec, value, name, problems, _vocabularies):
    if value not in spec.choices:
        problems.add(name, f'"{value}" ist unbekannt; erlaubt: ' + ", ".join(spec.choices))
        return None
    return value


def _check_email(spec, value, name, problems, _vocabularies):
    text = check_text(value, name, problems, 254)
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        problems.add(name, f'"{text}" ist keine gültige E-Mail-Adresse')
        return ""


def _check_url(spec, value, name, problems, _vocabularies):
    text = check_text(value, name, problems, spec.max_length)
    if not is_web_url(text):
        problems.add(name, "muss eine Web-Adresse mit http:// oder https:// sein")
        return ""
    return text


def _check_codes(spec, value, name, problems, vocabularies):
    if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
        problems.add(name, "muss eine Liste von Codes sein")
        return []
    allowed = vocabularies.get(spec.vocabulary, set())
    unknown = [code for code in value if code not in allowed]
    if unknown:
        problems.add(name, f'unbekannte Codes im Vokabular "{spec.vocabulary}": ' + ", ".join(unknown))
    return list(dict.fromkeys(code for code in value if code in allowed))


_CHECKERS = {
    "text": _check_text,
    "longtext": _check_text,
    "int": _check_int,
    "number": _check_number,
    "bool": _check_bool,
    "choice": _check_choice,
    "email": _check_email,
    "url": _check_url,
    "codes": _check_codes,
}
