"""Berichte pages for the office: three reports with period filter, CSV per figure, the council print.

Read-only: nothing here writes to the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, Response, abort, render_template, request
from flask_login import current_user, login_required

from catalogue.db import get_session
from catalogue.errors import PermissionDenied
from catalogue.permissions import is_office
from catalogue.policy import current_policy
from catalogue.reports.coverage import coverage_figures
from catalogue.reports.demand import DEMAND_FIGURES, demand_figures
from catalogue.reports.figures import to_csv
from catalogue.reports.keys import key_figures
from catalogue.reports.period import parse_period
from catalogue.reports.quality import QUALITY_FIGURES, quality_figures

bp = Blueprint("reports", __name__, url_prefix="/koordination/berichte")


@dataclass(frozen=True)
class Report:
    slug: str
    title: str
    lead: str
    uses_period: bool


REPORTS = {
    "abdeckung": Report(
        "abdeckung",
        "Abdeckung",
        "Was der Katalog heute bietet: nach Handlungsfeld, Einsatzgebiet, Klassenstufe und Zielgruppe, mit Lücken.",
        False,
    ),
    "nachfrage": Report(
        "nachfrage",
        "Nachfrage",
        "Was Schulen suchen und nicht finden, welche Filter eine Suche leer machen, was sie aufrufen.",
        True,
    ),
    "qualitaet": Report(
        "qualitaet",
        "Qualitätsarbeit",
        "Einreichungen, Bearbeitungszeiten, offene Prüfungen, verfehlte Kriterien, auslaufende Siegel, Rückmeldungen.",
        True,
    ),
}


@bp.before_request
@login_required
def _office_only():
    if not is_office(current_user):
        raise PermissionDenied()


def _figures(slug: str, session, period, today):
    if slug == "abdeckung":
        return coverage_figures(session)
    if slug == "nachfrage":
        return demand_figures(session, period, today)
    return quality_figures(session, period, today)


def _report(slug: str) -> Report:
    if slug not in REPORTS:
        abort(404)
    return REPORTS[slug]


@bp.get("/")
def index():
    return render_template("reports/index.html", reports=REPORTS.values())


@bp.get("/<slug>")
def report(slug: str):
    chosen, today = _report(slug), current_policy().today
    period, problem = parse_period(request.args, today)
    figures = _figures(slug, get_session(), period, today)
    return render_template("reports/report.html", report=chosen, figures=figures, period=period, problem=problem)


@bp.get("/<slug>/<key>.csv")
def figure_csv(slug: str, key: str):
    chosen, today = _report(slug), current_policy().today
    period, _ = parse_period(request.args, today)
    builders = {"nachfrage": DEMAND_FIGURES, "qualitaet": QUALITY_FIGURES}.get(chosen.slug)
    if builders is not None:  # only the one figure; coverage counts all its matrices in one pass anyway
        figure = builders[key](get_session(), period, today) if key in builders else None
    else:
        figure = next((f for f in coverage_figures(get_session()) if f.key == key), None)
    if figure is None:
        abort(404)
    name = f"{chosen.slug}-{key}-{period.args()['von']}-{period.args()['bis']}.csv"
    return Response(
        "\ufeff" + to_csv(figure),  # the BOM makes Excel read UTF-8
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@bp.get("/rat")
def council():
    """One printable A4 document for the council: cover with period and key figures, one section per report."""
    today = current_policy().today
    period, problem = parse_period(request.args, today)
    session = get_session()
    sections = [(r, _figures(r.slug, session, period, today)) for r in REPORTS.values()]
    return render_template(
        "reports/council.html",
        sections=sections,
        period=period,
        problem=problem,
        today=today,
        keys=key_figures(session, period, today),
    )
