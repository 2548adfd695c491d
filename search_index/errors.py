"""Exceptions raised by the search index."""


class SearchIndexError(Exception):
    """Base class of the errors below."""


class IndexBusy(SearchIndexError):
    """Another process holds the index writer lock longer than the timeout.

    Callers syncing right after a request treat this as "try later": the
    periodic sync job catches up.
    """


class SchemaOutdated(SearchIndexError):
    """The index was built with another SCHEMA_VERSION; rebuild it before writing."""
