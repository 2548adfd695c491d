"""The rendered result area of the search page (filters, hits, pages), kept per process.

Rendering the area and loading its offers was two thirds of a search page's time, and
popular searches repeat. A kept area is used only while everything it shows is the
same: the address (the parameters), the index's answer (cached per index generation,
so any indexed change starts afresh), the state of every offer on the page as the
database tells it in this request (`queries.live_stamps`: an offer withdrawn or
changed is never shown from the cache), the filter choices, and which of the page's
offers the visitor has on the Merkliste. The visitor's CSRF token is put in after.

Pages without hits (they also count the miss and suggest what to relax), database
fallbacks and pages with partner offers are always rendered afresh.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from catalogue.search.searching import SearchOutcome

# Stands in for the visitor's CSRF token in a kept area (letters only: escaping keeps it).
TOKEN_PLACEHOLDER = "csrfTokenOfThisVisitorGoesHere"
# ~30 KB of HTML each.
MAX_AREAS = 128


class AreaCache:
    """Least recently used rendered areas; safe to share between threads."""

    def __init__(self, size: int = MAX_AREAS):
        self.size = size
        self._lock = threading.Lock()
        self._areas: OrderedDict[tuple, tuple[object, str]] = OrderedDict()

    def get(self, key: tuple, found: object) -> str | None:
        with self._lock:
            entry = self._areas.get(key)
            if entry is None or entry[0] is not found:  # not a reused id of another answer
                return None
            self._areas.move_to_end(key)
            return entry[1]

    def put(self, key: tuple, found: object, html: str) -> None:
        with self._lock:
            self._areas[key] = (found, html)
            self._areas.move_to_end(key)
            while len(self._areas) > self.size:
                self._areas.popitem(last=False)


def area_key(outcome: SearchOutcome, address: str, marked: set[int]) -> tuple | None:
    """What the area shows depends on; None when it is not to be kept."""
    if outcome.found is None or outcome.page_stamp is None or not outcome.total:
        return None
    on_page = frozenset(stamp[0] for stamp in outcome.page_stamp) & marked
    choices = tuple((name, tuple(options)) for name, options in outcome.options.items())
    return (address, id(outcome.found), outcome.page_stamp, choices, on_page)


def rendered_area(
    cache: AreaCache, key: tuple | None, found: object, token: Callable[[], str], render: Callable
) -> str:
    """The area from the cache, or ``render(token)`` (``token``: the template's
    ``csrf_token``), with the visitor's token in it."""
    if key is None:
        return render(token)
    html = cache.get(key, found)
    if html is None:
        html = render(lambda: TOKEN_PLACEHOLDER)
        cache.put(key, found, html)
    return html.replace(TOKEN_PLACEHOLDER, token()) if TOKEN_PLACEHOLDER in html else html
