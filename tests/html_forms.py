"""Read back what a browser would send for a form on a page (inputs, checked boxes, text areas, selects)."""

from __future__ import annotations

from html.parser import HTMLParser


class _FormReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[list[tuple[str, str]]] = []
        self._form: list[tuple[str, str]] | None = None
        self._textarea: str | None = None
        self._select: str | None = None
        self._text = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self._form = []
        elif self._form is None:
            return
        elif tag == "input" and a.get("name") and a.get("type") not in ("submit", "button"):
            if a.get("type") not in ("checkbox", "radio") or "checked" in a:
                self._form.append((a["name"], a.get("value") or ""))
        elif tag == "textarea":
            self._textarea, self._text = a.get("name"), ""
        elif tag == "select":
            self._select = a.get("name")
        elif tag == "option" and self._select and "selected" in a:
            self._form.append((self._select, a.get("value") or ""))

    def handle_data(self, data):
        if self._textarea is not None:
            self._text += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea is not None and self._form is not None:
            self._form.append((self._textarea, self._text.removeprefix("\n")))
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form" and self._form is not None:
            self.forms.append(self._form)
            self._form = None


def form_with(html: str, field: str) -> dict[str, list[str]]:
    """The values of the first form on the page that has `field`, as a browser would post them."""
    reader = _FormReader()
    reader.feed(html)
    for form in reader.forms:
        if any(name == field for name, _ in form):
            values: dict[str, list[str]] = {}
            for name, value in form:
                values.setdefault(name, []).append(value)
            return values
    raise AssertionError(f"no form with {field!r}")
