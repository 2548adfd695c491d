"""Filter words in the search text become filters (search_index/understanding.py does the
recognising); explicit filters always win over recognised ones."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from catalogue.formatting import german_money
from catalogue.search.params import PARAM_BY_VOCABULARY, SearchParams
from catalogue.search.queries import Option
from search_index.understanding import KEEP_IN_TEXT, Recognised, label_rules, understand_with, without_phrase

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Understood:
    """One recognised phrase that was applied as a filter."""

    item: Recognised
    parameter: str  # URL/API parameter it stands for
    value: object  # as the API reports it
    label: str  # German, for the chip

    @property
    def phrase(self) -> str:
        return self.item.phrase

    @property
    def kept_in_text(self) -> bool:
        """The words also stay a text word of the search (format names)."""
        return self.item.kind in KEEP_IN_TEXT


def apply_understanding(
    params: SearchParams, options: dict[str, list[Option]]
) -> tuple[SearchParams, list[Understood]]:
    """The parameters to search with, and the phrases that became filters."""
    if not params.understand or not params.text:
        return params, []
    terms = tuple((vocabulary, tuple((o.code, o.label) for o in items)) for vocabulary, items in options.items())
    result = understand_with(params.text, _rules(terms))
    labels = {(v, o.code): o.label for v, items in options.items() for o in items}
    effective = replace(params, text=result.text)
    applied: list[Understood] = []
    for item in result.recognised:
        effective, understood = _apply(effective, params, item, labels)
        if understood is not None:
            applied.append(understood)
    return effective, applied


@lru_cache(maxsize=4)
def _rules(terms: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]):
    """Compiled label rules per vocabulary state: compiling them took ~1 ms per search."""
    return label_rules(dict(terms))


def _apply(effective: SearchParams, explicit: SearchParams, item: Recognised, labels):
    """``effective`` with one recognised filter added, unless a filter of its kind was set."""
    if item.kind == "grade":
        if explicit.grade is not None or effective.grade is not None:
            return effective, None
        low, high = item.value
        label = f"Klasse {low}" if low == high else f"Klassen {low}–{high}"
        value = {"von": low, "bis": high}
        return replace(effective, grade=low, grade_to=high), Understood(item, "klasse", value, label)
    if item.kind == "free":
        if explicit.free_only or effective.free_only:
            return effective, None
        return replace(effective, free_only=True), Understood(item, "kostenfrei", True, "kostenfrei")
    if item.kind == "max_cost":
        if explicit.max_cost is not None or effective.max_cost is not None:
            return effective, None
        label = f"höchstens {german_money(item.value)}"
        return replace(effective, max_cost=item.value), Understood(item, "max_kosten", float(item.value), label)
    vocabulary, code = item.kind, item.value
    if explicit.selected(vocabulary) or code in effective.selected(vocabulary):
        return effective, None
    codes = {**effective.codes, vocabulary: (*effective.selected(vocabulary), code)}
    param = PARAM_BY_VOCABULARY[vocabulary]
    label = f"{param.label}: {labels.get((vocabulary, code), code)}"
    return replace(effective, codes=codes), Understood(item, param.name, code, label)


def without_kept_words(effective: SearchParams, applied: list[Understood]) -> tuple[SearchParams, list[Understood]]:
    """``effective`` without the filters of words that stay in the text anyway."""
    dropped = [u for u in applied if u.kept_in_text]
    codes = dict(effective.codes)
    for u in dropped:
        vocabulary = u.item.kind
        codes[vocabulary] = tuple(c for c in codes.get(vocabulary, ()) if c != u.item.value)
    narrowed = replace(effective, codes={v: c for v, c in codes.items() if c})
    return narrowed, [u for u in applied if not u.kept_in_text]


def suggestion_in_text(text: str, searched: str, suggestion: str | None) -> str | None:
    """A spelling suggestion made for the ``searched`` words, applied to the user's whole
    ``text`` so that its filter words stay in the "Meinten Sie …?" link."""
    if suggestion is None or text == searched:
        return suggestion
    before, after = _WORD.findall(searched), _WORD.findall(suggestion)
    if len(before) != len(after):
        return suggestion
    replacements = {old: new for old, new in zip(before, after, strict=True) if old != new}
    return _WORD.sub(lambda m: replacements.get(m.group(0), m.group(0)), text)


def removal_args(params: SearchParams, understood: Understood) -> dict:
    """URL arguments of the search without one recognised phrase (its chip removed)."""
    return params.query_args(text=without_phrase(params.text, understood.item), page=1)


def plain_text_args(params: SearchParams) -> dict:
    """URL arguments of the same text searched as plain words, nothing recognised."""
    return params.query_args(understand=False, page=1)


def api_understood(params: SearchParams, effective: SearchParams, applied: list[Understood]) -> dict | None:
    """The API's `understood` object; None when understanding was switched off."""
    if not params.understand:
        return None
    return {
        "text": effective.text,
        "filters": [
            {"phrase": u.phrase, "parameter": u.parameter, "value": u.value, "label": u.label} for u in applied
        ],
    }
