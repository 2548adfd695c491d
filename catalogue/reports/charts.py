"""Accessible server-rendered SVG charts: horizontal bars, lines, a matrix.

Each chart is `role="img"`, labelled by its <title> and described by its <desc>; the page
shows the same numbers as a table beneath, so nothing depends on seeing the picture.
Colours meet 3:1 against white; values are written as text, never shown by colour alone.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from markupsafe import Markup, escape

BAR = "#0b4f8a"
LINE_COLOURS = ("#0b4f8a", "#b3541e", "#1d6b34", "#6a3d9a")
TEXT = "#1b1b1b"
GRID = "#767676"
WIDTH = 640
_ids = itertools.count(1)


def _number(value: float) -> str:
    text = f"{value:,.1f}" if isinstance(value, float) and not float(value).is_integer() else f"{int(value):,}"
    return text.replace(",", "\u202f").replace(".", ",").replace("\u202f", ".")


def _short(label: str, limit: int = 30) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _frame(title: str, desc: str, height: int, body: list[str], *, n: int | None = None, width: int = WIDTH) -> Markup:
    n = n or next(_ids)
    return Markup(
        f'<svg class="chart" role="img" aria-labelledby="chart-{n}-t chart-{n}-d" viewBox="0 0 {width} {height}" '
        f'width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg" '
        f'font-family="system-ui, sans-serif" font-size="13">'
        f'<title id="chart-{n}-t">{escape(title)}</title><desc id="chart-{n}-d">{escape(desc)}</desc>'
        + "".join(body)
        + "</svg>"
    )


def bar_chart(title: str, desc: str, labels: Sequence[str], values: Sequence[float], unit: str = "") -> Markup:
    """One horizontal bar per label, its value written after it."""
    label_width, row, top = 220, 24, 8
    height = top * 2 + row * max(len(labels), 1)
    biggest = max([*values, 0]) or 1
    span = WIDTH - label_width - 70
    body = []
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = top + i * row
        width = span * value / biggest
        body.append(
            f'<text x="{label_width - 8}" y="{y + 16}" text-anchor="end" fill="{TEXT}">{escape(_short(label, 28))}</text>'
            f'<rect x="{label_width}" y="{y + 4}" width="{width:.1f}" height="{row - 8}" fill="{BAR}"/>'
            f'<text x="{label_width + width + 6:.1f}" y="{y + 16}" fill="{TEXT}">{_number(value)}{escape(unit)}</text>'
        )
    return _frame(title, desc, height, body)


def line_chart(title: str, desc: str, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]) -> Markup:
    """Lines over time (labels along the x axis), a legend naming each line, the last values written."""
    left, right, top, bottom, height = 48, 16, 28, 40, 260
    biggest = max([v for _, values in series for v in values] + [0]) or 1
    step = (WIDTH - left - right) / max(len(labels) - 1, 1)
    y_of = lambda v: top + (height - top - bottom) * (1 - v / biggest)  # noqa: E731
    body = [
        f'<line x1="{left}" y1="{y_of(0):.1f}" x2="{WIDTH - right}" y2="{y_of(0):.1f}" stroke="{GRID}"/>',
        f'<text x="{left - 6}" y="{y_of(biggest) + 4:.1f}" text-anchor="end" fill="{TEXT}">{_number(biggest)}</text>',
        f'<text x="{left - 6}" y="{y_of(0) + 4:.1f}" text-anchor="end" fill="{TEXT}">0</text>',
    ]
    every = max(1, len(labels) // 8)
    for i, label in enumerate(labels):
        if i % every == 0 or i == len(labels) - 1:
            x = left + i * step
            body.append(
                f'<text x="{x:.1f}" y="{height - 18}" text-anchor="middle" fill="{TEXT}">{escape(label)}</text>'
            )
    for n, ((name, values), colour) in enumerate(zip(series, itertools.cycle(LINE_COLOURS))):
        points = " ".join(f"{left + i * step:.1f},{y_of(v):.1f}" for i, v in enumerate(values))
        dash = "" if n == 0 else ' stroke-dasharray="6 3"'
        body.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2.5"{dash}/>')
        body += [
            f'<circle cx="{left + i * step:.1f}" cy="{y_of(v):.1f}" r="3" fill="{colour}"/>'
            for i, v in enumerate(values)
        ]
        body.append(
            f'<text x="{left + n * 200}" y="16" fill="{colour}" font-weight="600">— {escape(_short(name, 26))}</text>'
        )
    return _frame(title, desc, height, body)


def matrix_chart(
    title: str, desc: str, rows: Sequence[str], columns: Sequence[str], values: Sequence[Sequence[int]]
) -> Markup:
    """A grid of counts; an empty cell is a gap, drawn hatched and written as "–"."""
    label_width, cell_h, head = 210, 26, 110
    cell_w = max(28, min(80, (WIDTH - label_width) // max(len(columns), 1)))
    width = label_width + cell_w * len(columns)
    height = head + cell_h * len(rows) + 4
    biggest = max([v for row in values for v in row] + [1])
    n = next(_ids)
    body = [
        f'<defs><pattern id="luecke-{n}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        f'<line x1="0" y1="0" x2="0" y2="6" stroke="{GRID}" stroke-width="1.5"/></pattern></defs>'
    ]
    for j, column in enumerate(columns):
        x = label_width + j * cell_w + cell_w / 2
        body.append(
            f'<text transform="translate({x:.1f},{head - 6}) rotate(-50)" fill="{TEXT}">{escape(_short(column, 18))}</text>'
        )
    for i, (row, counts) in enumerate(zip(rows, values, strict=True)):
        y = head + i * cell_h
        body.append(
            f'<text x="{label_width - 8}" y="{y + 17}" text-anchor="end" fill="{TEXT}">{escape(_short(row, 26))}</text>'
        )
        for j, count in enumerate(counts):
            x = label_width + j * cell_w
            if count:
                share = count / biggest
                fill = f"rgb({int(232 - 221 * share)},{int(240 - 161 * share)},{int(248 - 110 * share)})"
                ink = "#ffffff" if share > 0.45 else TEXT
                body.append(
                    f'<rect x="{x}" y="{y}" width="{cell_w - 2}" height="{cell_h - 2}" fill="{fill}"/>'
                    f'<text x="{x + cell_w / 2 - 1:.1f}" y="{y + 17}" text-anchor="middle" fill="{ink}">{count}</text>'
                )
            else:
                body.append(
                    f'<rect x="{x}" y="{y}" width="{cell_w - 2}" height="{cell_h - 2}" fill="url(#luecke-{n})" '
                    f'stroke="{GRID}"/><text x="{x + cell_w / 2 - 1:.1f}" y="{y + 17}" text-anchor="middle" '
                    f'fill="{TEXT}">–</text>'
                )
    return _frame(title, desc, height, body, n=n, width=max(width, WIDTH))
