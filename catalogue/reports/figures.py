"""A figure: its title, a text description, a chart and the same numbers as a table (and CSV)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from markupsafe import Markup


@dataclass
class Figure:
    key: str  # stable, used in URLs (CSV) and anchors
    title: str
    description: str  # what it shows and how to read it; also the chart's <desc>
    headers: list[str]
    rows: list[list]  # first column names the row
    chart: Markup | None = None
    note: str = ""
    gaps: list[str] = field(default_factory=list)  # empty cells worth naming in words


def to_csv(figure: Figure) -> str:
    """The figure's table as CSV for spreadsheets (semicolon, as German Excel expects)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(figure.headers)
    for row in figure.rows:
        writer.writerow([_cell(value) for value in row])
    return out.getvalue()


def _cell(value) -> str:
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")
    return "" if value is None else str(value)
