"""QR codes as inline SVG, drawn on the server (no image service, nothing fetched)."""

from __future__ import annotations

from markupsafe import Markup, escape


def qr_svg(url: str, label: str, scale: int = 3) -> Markup:
    """An accessible inline SVG QR code of `url` (role img, labelled by `label`)."""
    import segno  # here, not at the top: only the poster pages draw codes; keeps segno out of search workers

    svg = segno.make(url, error="m").svg_inline(scale=scale, title=label, svgclass="qr-code")
    return Markup(svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1))
