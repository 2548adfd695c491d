"""The office's form for an embeddable list; its filter fields carry the search page's parameter names."""

from __future__ import annotations

from urllib.parse import urlencode

from markupsafe import escape
from wtforms import BooleanField, IntegerField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from catalogue.accounts.forms import REQUIRED, GermanForm
from catalogue.search.params import CODE_PARAMS, GRADES, MAX_PER_PAGE, SORT_LABELS, SearchParams, format_money

GRADE_CHOICES = [SelectChoice("", "keine Angabe")] + [
    SelectChoice(str(g), f"Klasse {g}") for g in range(GRADES[0], GRADES[1] + 1)
]
TEXT_FILTERS = ("q", "klasse", "klasse_bis", "alter", "max_kosten")
HEIGHTS = (200, 3000)
DEFAULT_HEIGHT = 600


class EmbedForm(GermanForm):
    name = StringField(
        "Name der Liste",
        description="Überschrift der Liste und Titel des iframes, z. B. „Suchtprävention für die Klassen 5 bis 8“.",
        validators=[DataRequired(REQUIRED), Length(max=100)],
    )
    q = StringField("Suchbegriff (optional)", description="Nur Angebote, die diesen Begriff enthalten.")
    klasse = SelectField("Klassenstufe von", choices=GRADE_CHOICES)
    klasse_bis = SelectField("Klassenstufe bis", choices=GRADE_CHOICES)
    alter = StringField("Alter in Jahren", description="Eine Zahl, z. B. 12.")
    kostenfrei = BooleanField("nur kostenfreie Angebote")
    max_kosten = StringField(
        "höchstens … Euro", description="Betrag in Euro, z. B. 150. Kostenfreie Angebote sind immer dabei."
    )
    sort = SelectField(
        "Reihenfolge",
        description="„Relevanz“ ordnet nur mit Suchbegriff sinnvoll.",
        choices=[SelectChoice(key, SORT_LABELS[key]) for key in ("titel", "neueste", "relevanz")],
        default="titel",
    )
    max_items = IntegerField(
        "Höchstens so viele Angebote zeigen (optional)",
        description=f"Leer lassen für alle passenden (bis {MAX_PER_PAGE}); darunter folgt ein Link zur ganzen Suche.",
        validators=[
            Optional(),
            NumberRange(
                1, MAX_PER_PAGE, f"Bitte eine Zahl von 1 bis {MAX_PER_PAGE} angeben oder das Feld leer lassen."
            ),
        ],
    )
    origins = TextAreaField(
        "Websites, die die Liste zeigen dürfen",
        description=(
            "Eine Adresse je Zeile, nur https://, Rechnername und gegebenenfalls Port, ohne Pfad, "
            "z. B. https://www.stadt-beispiel.de. Nur Seiten dieser Websites können die Liste einbetten."
        ),
        validators=[DataRequired(REQUIRED), Length(max=6500)],
    )

    def set_options(self, options) -> None:
        """Choices of the vocabulary filters (active terms, the office's order)."""
        for param in CODE_PARAMS:
            self[param.name].choices = [SelectChoice(o.code, o.label) for o in options.get(param.vocabulary, [])]

    def filter_query(self) -> str:
        """The chosen filter as search URL parameters, for the service to check and store."""
        pairs = [(p.name, code) for p in CODE_PARAMS for code in self[p.name].data or []]
        pairs += [(name, self[name].data.strip()) for name in TEXT_FILTERS if (self[name].data or "").strip()]
        if self.kostenfrei.data:
            pairs.append(("kostenfrei", "1"))
        return urlencode(pairs)


# One checkbox group per vocabulary, named like the search page's URL parameter.
for _param in CODE_PARAMS:
    setattr(EmbedForm, _param.name, SelectMultipleField(_param.label, choices=[], validate_choice=False))


def form_data(params: SearchParams) -> dict:
    """The form's filter fields from stored search parameters (for editing)."""
    data = {p.name: list(params.selected(p.vocabulary)) for p in CODE_PARAMS}
    grade_to = params.grade_to if params.grade_to is not None else params.grade
    return {
        **data,
        "q": params.text,
        "klasse": "" if params.grade is None else str(params.grade),
        "klasse_bis": "" if params.grade is None or grade_to is None else str(grade_to),
        "alter": "" if params.age is None else str(params.age),
        "kostenfrei": params.free_only,
        "max_kosten": "" if params.max_cost is None else format_money(params.max_cost),
    }


def frame_height(raw: str | None) -> int:
    """The snippet's height in CSS pixels from the generator's field; the default if unusable."""
    try:
        height = int((raw or "").strip())
    except ValueError:
        return DEFAULT_HEIGHT
    return min(max(height, HEIGHTS[0]), HEIGHTS[1])


def snippet(url: str, title: str, height: int) -> str:
    """The HTML a web team pastes: plain text (the page escapes it again inside the textarea)."""
    return (
        f'<iframe src="{escape(url)}" title="{escape(title)}" width="100%" height="{height}" '
        'loading="lazy" style="border: 0;"></iframe>'
    )
