"""The office's form for a partner catalogue."""

from __future__ import annotations

from wtforms import SelectMultipleField, StringField, widgets
from wtforms.validators import DataRequired, Length

from catalogue.accounts.forms import REQUIRED, GermanForm


class CheckboxesField(SelectMultipleField):
    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()

    def pre_validate(self, form):
        """Only offered choices; none chosen is allowed (then every Handlungsfeld is taken)."""
        if self.data:
            super().pre_validate(form)


class PartnerForm(GermanForm):
    name = StringField(
        "Name",
        description="Für die Koordinierungsstelle, eindeutig, z. B. „Landespräventionsrat Sachsen“.",
        validators=[DataRequired(REQUIRED), Length(max=200)],
    )
    label = StringField(
        "Bezeichnung für Besucher*innen",
        description="Erscheint bei jedem Angebot als „aus dem Katalog von …“, z. B. „Landespräventionsrat Sachsen“.",
        validators=[DataRequired(REQUIRED), Length(max=200)],
    )
    base_url = StringField(
        "HSDS-Adresse",
        description="Die Basisadresse der HSDS-3.0-Schnittstelle, z. B. https://katalog.example/api/hsds/v3",
        validators=[DataRequired(REQUIRED), Length(max=500)],
    )
    fields = CheckboxesField("Übernommene Handlungsfelder")
