"""The in-memory posting pool writes exactly the files Whoosh's own pool writes."""

from pathlib import Path

from whoosh.codec.whoosh3 import W3Codec
from whoosh.reading import SegmentReader
from whoosh.writing import OPTIMIZE

from search_index.bulk import MemoryPool, add_document, add_segment
from search_index.schema import build_schema
from search_index.storage import open_writer, storage_for


def segment_files(directory: Path) -> dict[str, bytes]:
    """Segment files by their name without the random segment id."""
    return {
        path.name.split(".", 1)[1]: path.read_bytes()
        for path in directory.iterdir()
        if path.name.startswith("MAIN_") and "LOCK" not in path.name
    }


def plain_writer(index, **options):
    return index.writer(codec=W3Codec(), **options)


def many_offers(make_offer, count):
    # More than one posting block (128) per common term, lengths that vary, a
    # word repeated within a field, facets with few distinct values.
    return [
        make_offer(
            n,
            f"Mobbing {'Workshop ' * (n % 7)}Nummer{n}",
            summary="Sucht " * (n % 5) + "Prävention in der Klasse",
            field=["sucht", "gewalt"][: 1 + n % 2],
            grade_from=n % 13,
        )
        for n in range(1, count + 1)
    ]


def build(directory: Path, docs, make_writer, add) -> dict[str, bytes]:
    directory.mkdir()
    index = storage_for(directory).create_index(build_schema())
    writer = make_writer(index, compound=False)
    for doc in docs:
        add(writer, doc.to_fields())
    writer.commit(optimize=False)
    index.close()
    return segment_files(directory)


def test_a_rebuild_writes_the_same_bytes_as_whoosh(tmp_path, make_offer):
    docs = many_offers(make_offer, 400)
    ours = build(tmp_path / "ours", docs, open_writer, add_document)
    assert ours == build(tmp_path / "plain", docs, plain_writer, whoosh_add_document)


def whoosh_add_document(writer, fields):
    writer.add_document(**fields)


def merge_blockwise(writer, segments):
    """A merge policy like Whoosh's OPTIMIZE, reading through ``add_segment``."""
    for segment in segments:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        add_segment(writer, reader)
        reader.close()
    return []


def merged(directory: Path, docs, make_writer, policy) -> dict[str, bytes]:
    directory.mkdir()
    index = storage_for(directory).create_index(build_schema())
    for start in range(0, len(docs), 100):
        writer = plain_writer(index, compound=False)
        for doc in docs[start : start + 100]:
            writer.add_document(**doc.to_fields())
        writer.commit(merge=False)
    writer = plain_writer(index, compound=False)
    writer.delete_by_term("id", "150")  # a deletion the merge has to map away
    writer.commit(merge=False)
    writer = make_writer(index, compound=False)
    writer.commit(mergetype=policy)  # the old segments' files are removed afterwards
    index.close()
    return segment_files(directory)


def test_a_merge_writes_the_same_bytes_as_whoosh(tmp_path, make_offer):
    docs = many_offers(make_offer, 300)
    ours = merged(tmp_path / "ours", docs, open_writer, merge_blockwise)
    plain = merged(tmp_path / "plain", docs, plain_writer, OPTIMIZE)
    assert ours == plain


def test_postings_added_out_of_docnum_order_come_out_sorted():
    pool = MemoryPool()
    for docnum in (5, 2, 9):
        pool.add(("title", b"mobbing", docnum, 1.0, b""))
    pool.add(("title", b"mobbing", -1, 1.0, b""))  # Whoosh's "spelling only" marker
    assert [item[2] for item in pool.iter_postings()] == [2, 5, 9]


def test_postings_come_out_by_field_then_term():
    pool = MemoryPool()
    for item in (("title", b"b", 0, 1.0, b""), ("body", b"z", 0, 1.0, b""), ("title", b"a", 1, 1.0, b"")):
        pool.add(item)
    assert [item[:2] for item in pool.iter_postings()] == [("body", b"z"), ("title", b"a"), ("title", b"b")]
