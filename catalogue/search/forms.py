"""The office's synonym form."""

from __future__ import annotations

from wtforms import StringField
from wtforms.validators import DataRequired, Length

from catalogue.accounts.forms import REQUIRED, GermanForm


class SynonymForm(GermanForm):
    term = StringField(
        "Suchwort",
        description="Ein einzelnes Wort, wie Schulen es eintippen, z. B. „Kippe“.",
        validators=[DataRequired(REQUIRED), Length(max=100)],
    )
    expansions = StringField(
        "Findet zusätzlich",
        description="Wörter aus dem Katalog, durch Kommas getrennt, z. B. „Tabak, Rauchen“.",
        validators=[DataRequired(REQUIRED), Length(max=500)],
    )
