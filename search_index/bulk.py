"""Postings kept in memory per term while a segment is written, then written a block at a time.

Whoosh's own posting pool pickles every posting into temporary run files, sorts
and merges them back through a heap, and hands them to the codec one call per
posting: in a 10,000-offer rebuild that was 2.7 million pickle dumps and loads and
more than half of the time. :class:`MemoryPool` groups the postings by field and
term as they arrive (docnums grow within a term, so nothing needs sorting), and
the codec's field writer (``storage._FieldWriter``) writes each term's postings in
whole blocks with :func:`write_grouped`. The files written are the same bytes
Whoosh would write; only the way there is shorter.

Memory: about 20 bytes per posting (a 100,000-offer rebuild holds ~27 million).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from io import BytesIO

from whoosh.codec.whoosh3 import W3Codec, W3LeafMatcher, W3TermsReader
from whoosh.filedb.structfile import StructFile
from whoosh.util.numeric import byte_to_length

# Whoosh's placeholder docnum for "spelling word, not a posting"; its own writer skips them.
_SPELLING_ONLY = -1


class MemoryPool:
    """Drop-in for Whoosh's ``PostingPool`` (``writer.pool``) that never touches the disk."""

    def __init__(self):
        # field name -> term bytes -> [docnums, weights, values, in docnum order?]
        self._fields: dict[str, dict[bytes, list]] = {}
        # Values are a handful of distinct short byte strings (encoded frequencies):
        # keep one object of each instead of millions of copies.
        self._values: dict[bytes, bytes] = {}

    def add(self, item) -> None:
        """Add one ``(fieldname, term bytes, docnum, weight, value bytes)`` posting."""
        fieldname, btext, docnum, weight, value = item
        if docnum == _SPELLING_ONLY:
            return
        entry = self._entry(fieldname, btext, docnum)
        value = value or b""
        entry[0].append(docnum)
        entry[1].append(weight)
        entry[2].append(self._values.setdefault(value, value))

    def _entry(self, fieldname: str, btext: bytes, first: int) -> list:
        """The term's entry, created if new; marked out of order unless ``first`` comes after it."""
        terms = self._fields.setdefault(fieldname, {})
        entry = terms.get(btext)
        if entry is None:
            entry = terms[btext] = [array("I"), array("d"), [], True]
        elif first <= entry[0][-1]:
            entry[3] = False
        return entry

    def add_field(self, fieldname: str, docnum: int, items) -> None:
        """Add the ``(term bytes, frequency, weight, value bytes)`` items of one field of one
        document. :meth:`_entry` inlined: this runs once per posting of a rebuild."""
        terms = self._fields.setdefault(fieldname, {})
        intern = self._values.setdefault
        for btext, _, weight, value in items:
            entry = terms.get(btext)
            if entry is None:
                entry = terms[btext] = [array("I"), array("d"), [], True]
            elif docnum <= entry[0][-1]:
                entry[3] = False
            entry[0].append(docnum)
            entry[1].append(weight)
            entry[2].append(intern(value or b"", value or b""))

    def extend(self, fieldname: str, btext: bytes, docnums: list[int], weights, values) -> None:
        """Add many postings of one term at once (``docnums`` ascending)."""
        if not docnums:
            return
        entry = self._entry(fieldname, btext, docnums[0])
        entry[0].fromlist(docnums)
        entry[1].fromlist(list(weights))
        intern = self._values.setdefault
        entry[2].extend(intern(value or b"", value or b"") for value in values)

    def iter_postings(self) -> GroupedPostings:
        return GroupedPostings(self._fields)

    def cleanup(self) -> None:
        self._fields = {}


class GroupedPostings:
    """The pool's postings in Whoosh's order: by field name, term, docnum."""

    def __init__(self, fields: dict[str, dict[bytes, list]]):
        self._fields = fields

    def fields(self) -> Iterator[tuple[str, Iterator[tuple[bytes, array, array, list]]]]:
        """``(fieldname, terms)`` with ``terms`` yielding ``(term, docnums, weights, values)``."""
        for fieldname in sorted(self._fields):
            if self._fields[fieldname]:  # Whoosh records no field without terms
                yield fieldname, self._terms(self._fields[fieldname])

    @staticmethod
    def _terms(terms: dict[bytes, list]):
        for btext in sorted(terms):
            docnums, weights, values, in_order = terms[btext]
            if not in_order:
                rows = sorted(zip(docnums, weights, values, strict=True))
                docnums = array("I", (row[0] for row in rows))
                weights = array("d", (row[1] for row in rows))
                values = [row[2] for row in rows]
            yield btext, docnums, weights, values

    def __iter__(self):
        """Posting tuples one by one, for any caller that wants Whoosh's plain interface."""
        for fieldname, terms in self.fields():
            for btext, docnums, weights, values in terms:
                for docnum, weight, value in zip(docnums, weights, values, strict=True):
                    yield fieldname, btext, docnum, weight, value


def add_document(writer, fields: dict) -> None:
    """``writer.add_document(**fields)``, handing each field's postings to the
    :class:`MemoryPool` at once instead of one call per posting.

    Covers what the offer schema uses (no vectors, no separate spelling words, no
    ``_boost`` keywords); anything else goes through Whoosh's own method.
    """
    schema = writer.schema
    if not isinstance(writer.pool, MemoryPool) or any(name.startswith("_") for name in fields):
        writer.add_document(**fields)
        return
    writer._check_state()
    names = sorted(fields)
    writer._check_fields(schema, names)
    perdoc, docnum = writer.perdocwriter, writer.docnum
    perdoc.start_doc(docnum)
    try:
        for name in names:
            value = fields[name]
            if value is not None:
                _add_field(writer, perdoc, docnum, name, schema[name], value)
    except Exception:
        perdoc.cancel_doc()
        raise
    perdoc.finish_doc()
    writer._added = True
    writer.docnum += 1


def _add_field(writer, perdoc, docnum: int, name: str, field, value) -> None:
    if field.vector or field.separate_spelling():
        raise ValueError(f"field {name!r}: vectors and separate spelling words are not supported here")
    length = 0
    if field.indexed:
        items = list(field.index(value))
        if field.scorable:
            length = sum(item[1] for item in items)
        writer.pool.add_field(name, docnum, items)
    perdoc.add_field(name, field, value if field.stored else None, length)
    if field.column_type:
        perdoc.add_column_value(name, field.column_type, field.to_column_value(value))


def add_segment(writer, reader) -> None:
    """``writer.add_reader(reader)`` (a merge), with the postings read a block at a time.

    Whoosh's own ``add_reader`` reads each posting through a matcher's ``id()``,
    ``weight()`` and ``value()``: 1.5 ms of CPU per merged document. Falls back to it
    when the writer does not use a :class:`MemoryPool`.
    """
    pool = writer.pool
    if not isinstance(pool, MemoryPool):
        writer.add_reader(reader)
        return
    schema = writer.schema
    basedoc = writer.docnum
    fieldnames = set(schema.names()) | {name for name in reader.indexed_field_names() if name in schema}
    docmap = writer.write_per_doc(fieldnames, reader)  # None unless the segment has deletions
    terms = _terms_in_memory(reader)
    for (fieldname, btext), terminfo in terms.items():
        if fieldname not in schema:
            continue
        matcher = terms._codec.postings_reader(terms._postfile, terminfo, schema[fieldname].format)
        for ids, weights, values in stored_blocks(matcher):
            if docmap is None:
                pool.extend(fieldname, btext, [basedoc + docnum for docnum in ids], weights, values)
                continue
            kept = [i for i, docnum in enumerate(ids) if docnum in docmap]  # deleted documents drop out
            pool.extend(
                fieldname,
                btext,
                [docmap[ids[i]] for i in kept],
                [weights[i] for i in kept],
                [values[i] for i in kept],
            )
    writer._added = True


def _terms_in_memory(reader) -> W3TermsReader:
    """The segment's term index and postings read into memory: reading them in place
    took a seek and a read call on the compound file for every few bytes."""
    storage, segment = reader.storage(), reader.segment()

    def load(ext: str) -> bytes:
        handle = storage.open_file(segment.make_filename(ext))
        try:
            return handle.read()
        finally:
            handle.close()

    terms, postings = load(W3Codec.TERMS_EXT), load(W3Codec.POSTS_EXT)
    return W3TermsReader(W3Codec(), StructFile(BytesIO(terms)), len(terms), StructFile(BytesIO(postings)))


def stored_blocks(matcher):
    """``(docnums, weights, values)`` of a term, block by block, deleted documents included."""
    if not isinstance(matcher, W3LeafMatcher):  # e.g. postings inlined in the term info
        rows = []
        while matcher.is_active():
            rows.append((matcher.id(), matcher.weight(), matcher.value()))
            matcher.next()
        yield [row[0] for row in rows], [row[1] for row in rows], [row[2] for row in rows]
        return
    while True:
        matcher._read_ids()
        matcher._read_weights()
        matcher._read_values()
        yield matcher._ids, matcher._weights, matcher._values
        if matcher._lastblock:
            return
        matcher._goto(matcher._nextoffset)


def write_grouped(fieldwriter, schema, lengths, postings: GroupedPostings) -> None:
    """Write ``postings`` through a ``W3FieldWriter`` a block at a time.

    Does what ``FieldWriter.add_postings`` plus ``W3PostingsWriter.add_posting``
    do per posting: blocks of ``blocklimit`` postings with their weight and
    length statistics; the last block stays buffered so that ``finish_term``
    inlines short posting lists exactly as Whoosh does.
    """
    for fieldname, terms in postings.fields():
        fieldwriter.start_field(fieldname, schema[fieldname])
        field_lengths = _field_lengths(lengths, fieldname)
        postwriter = fieldwriter._postwriter
        limit = postwriter._blocklimit
        for btext, docnums, weights, values in terms:
            fieldwriter.start_term(btext)
            count = len(docnums)
            for start in range(0, count, limit):
                end = min(start + limit, count)
                _fill_block(postwriter, docnums[start:end], weights[start:end], values[start:end], field_lengths)
                if end < count:
                    postwriter._write_block()
            fieldwriter.finish_term()
        fieldwriter.finish_field()


def _fill_block(postwriter, docnums: array, weights: array, values: list, field_lengths) -> None:
    postwriter._ids = docnums
    postwriter._weights = array("f", weights)
    heaviest = max(weights)
    postwriter._maxweight = heaviest if heaviest > 0 else 0
    postwriter._values = [value for value in values if value]
    if field_lengths is None:
        return  # no lengths: Whoosh's defaults from _new_block() stand
    found = [length for length in map(field_lengths.__getitem__, docnums) if length]
    if found:
        postwriter._minlength = min(found)
        postwriter._maxlength = max(found)


def _field_lengths(lengths, fieldname: str) -> list | None:
    """Decoded length of ``fieldname`` per docnum, or None where no lengths are kept."""
    if lengths is None:
        return None
    table = lengths.doc_field_length
    if not hasattr(table, "column"):  # a plain Whoosh reader: ask per docnum
        return _PerDocnum(table, fieldname)
    column = table.column(fieldname)
    if column is None:
        return None
    return [byte_to_length(lbyte) if lbyte else None for lbyte in column]


class _PerDocnum:
    def __init__(self, doc_field_length, fieldname: str):
        self._lookup, self._fieldname = doc_field_length, fieldname

    def __getitem__(self, docnum: int):
        return self._lookup(docnum, self._fieldname)
