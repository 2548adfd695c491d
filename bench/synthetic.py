"""Synthetic offers for the search benchmark, recombined from the demo catalogue.

Every synthetic offer is an exchange-format record (``docs/import-format.md``):
the texts are sentences and title halves drawn from ``data/demo-catalogue.jsonl``
with a seeded RNG (mostly from demo offers of the same Handlungsfeld, so text and
codes roughly agree), the codes are random but valid vocabulary codes. The same
record gives the ``OfferDocument`` for the index (built like
``catalogue/indexing._document``), the row for the FTS5 baseline and, written as
JSON Lines, the file for ``flask catalogue import``.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from search_index import OfferDocument

ROOT = Path(__file__).resolve().parent.parent
DEMO_FILE = ROOT / "data" / "demo-catalogue.jsonl"
SEED_FILE = ROOT / "catalogue" / "vocabularies" / "seed.py"
REGISTRY_FILE = ROOT / "catalogue" / "vocabularies" / "registry.py"

# As catalogue/search/indexing.py (kept apart: the bench builds documents without the app): the long texts of the body.
BODY_FIELDS = (
    "description",
    "goals",
    "theory",
    "need",
    "staff_qualification",
    "requirements",
    "preparation",
    "curriculum_link",
    "evaluation_summary",
    "accessibility_note",
)
SENTENCE_KINDS = ("summary", "description", "goals", "theory", "need")
WHOLE_KINDS = (
    "staff_qualification",
    "requirements",
    "preparation",
    "curriculum_link",
    "evaluation_summary",
    "accessibility_note",
    "booking_info",
    "cost_note",
    "funding_note",
)
REQUIRED_WHOLE_KINDS = ("staff_qualification", "requirements", "booking_info")
COSTS_EUR = (
    2,
    3,
    5,
    8,
    10,
    12,
    15,
    20,
    30,
    45,
    60,
    75,
    85,
    100,
    120,
    150,
    180,
    200,
    240,
    300,
    450,
    520,
    900,
    1200,
    1500,
)
SAME_FIELD_SHARE = 0.7
REFERENCE_DAY = date(2026, 11, 22)  # the demo file's export date: fixed, so output is stable

# Abbreviations whose full stops do not end a sentence.
_ABBREVIATIONS = (
    "z. B.",
    "u. a.",
    "e. V.",
    "d. h.",
    "z.B.",
    "u.a.",
    "bzw.",
    "ca.",
    "ggf.",
    "inkl.",
    "usw.",
    "Nr.",
    "evtl.",
    "vgl.",
)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÄÖÜ„\"(0-9])")


def _load(name: str, path: Path):
    """A module of the catalogue that imports nothing of it, loaded without the Flask app."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def load_vocabularies() -> dict[str, list[tuple[str, str]]]:
    """vocabulary → [(code, label)], from seed.py."""
    return dict(_load("_bench_seed", SEED_FILE).TERMS)


# Exchange-format list key → facet field / vocabulary.
CODE_KEYS = {v.record_key: v.index_field for v in _load("_bench_registry", REGISTRY_FILE).VOCABULARY_REGISTRY}


def split_sentences(text: str) -> list[str]:
    text = " ".join((text or "").split())
    for abbreviation in _ABBREVIATIONS:  # protect "z. B." from being split
        text = text.replace(abbreviation, abbreviation.replace(".", "\x01").replace(" ", "\x02"))
    pieces = _SENTENCE_END.split(text)
    return [p.replace("\x01", ".").replace("\x02", " ").strip() for p in pieces if p.strip()]


@dataclass
class Corpus:
    """The demo catalogue cut into reusable pieces."""

    providers: list[dict]  # provider records, as in the demo file
    templates: list[dict]  # complete (live) contents: numbers, mail, units …
    heads: dict[str, list[str]]  # field code (or "*") → title halves before " – "
    tails: dict[str, list[str]]
    sentences: dict[str, dict[str, list[str]]]  # kind → field code (or "*") → sentences
    wholes: dict[str, list[str]]  # kind → complete texts
    topics_by_field: dict[str, list[str]]


def load_corpus(path: Path = DEMO_FILE) -> Corpus:
    providers, contents = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if record["kind"] == "provider":
            providers.append(record)
        elif record["kind"] == "offer":
            live, pending = record.get("live"), record.get("pending")
            contents += [c for c in (live, pending and pending.get("content")) if c]
    templates = [c for c in contents if c.get("fields") and c.get("booking_info")]
    heads: dict[str, list[str]] = {"*": []}
    tails: dict[str, list[str]] = {"*": []}
    sentences = {kind: {"*": []} for kind in SENTENCE_KINDS}
    wholes: dict[str, list[str]] = {kind: [] for kind in WHOLE_KINDS}
    topics_by_field: dict[str, list[str]] = {}
    for content in contents:
        keys = ["*"] + list(content.get("fields") or [])
        head, sep, tail = _title_parts(content["title"])
        for key in keys:
            heads.setdefault(key, []).append(head)
            if sep:
                tails.setdefault(key, []).append(tail)
        for kind in SENTENCE_KINDS:
            for sentence in split_sentences(content.get(kind) or ""):
                for key in keys:
                    sentences[kind].setdefault(key, []).append(sentence)
        for kind in WHOLE_KINDS:
            if content.get(kind):
                wholes[kind].append(content[kind])
        for field in content.get("fields") or []:
            known = topics_by_field.setdefault(field, [])
            known += [t for t in content.get("topics") or [] if t not in known]
    return Corpus(providers, templates, heads, tails, sentences, wholes, topics_by_field)


def _title_parts(title: str) -> tuple[str, str, str]:
    for sep in (" – ", ": "):
        if sep in title:
            head, tail = title.split(sep, 1)
            return head, sep, tail
    return title, "", ""


@dataclass
class SyntheticOffer:
    ref: str
    provider_ref: str
    provider_name: str
    approved_at: datetime
    content: dict  # exchange-format content (one revision)


class OfferFactory:
    """Deterministic stream of synthetic offers: same seed, same offers."""

    def __init__(self, seed: int, corpus: Corpus | None = None):
        self.rng = random.Random(seed)
        self.corpus = corpus or load_corpus()
        self.vocab = {name: [code for code, _ in terms] for name, terms in load_vocabularies().items()}
        self.count = 0

    def make(self) -> SyntheticOffer:
        rng, corpus, vocab = self.rng, self.corpus, self.vocab
        self.count += 1
        template = rng.choice(corpus.templates)
        provider = rng.choice(corpus.providers)
        field = rng.choice(vocab["field"])
        fields = [field] + ([rng.choice(vocab["field"])] if rng.random() < 0.2 else [])
        pool = corpus.topics_by_field.get(field) or vocab["topic"]
        topics = rng.sample(pool, k=min(rng.randint(0, 2), len(pool)))
        if rng.random() < 0.3:
            topics = list(dict.fromkeys(topics + [rng.choice(vocab["topic"])]))
        content = dict(template)
        content.update(
            title=self._title(field),
            summary=self._summary(field),
            description="\n\n".join(
                " ".join(self._sentences("description", field, rng.randint(2, 3))) for _ in range(rng.randint(2, 3))
            ),
            goals="\n\n".join(self._sentences("goals", field, rng.randint(2, 4))),
            theory=" ".join(self._sentences("theory", field, rng.randint(1, 3))),
            need=" ".join(self._sentences("need", field, rng.randint(0, 2))) or None,
            fields=fields,
            topics=topics,
            audiences=self._codes("audience", 1, 2, favour="schueler"),
            school_types=self._codes("school_type", 0, 3),
            levels=self._codes("level", 1, 1, favour="universell"),
            formats=self._codes("format", 1, 2),
            venues=self._codes("venue", 1, 2, favour="schule"),
            districts=self._codes("district", 1, 3),
            languages=self._codes("language", 1, 2, favour="de"),
            **self._ranges(),
            **self._cost(),
        )
        for kind in WHOLE_KINDS:
            wanted = kind in REQUIRED_WHOLE_KINDS or rng.random() < 0.6
            content[kind] = rng.choice(corpus.wholes[kind]) if wanted and corpus.wholes[kind] else None
        approved = datetime.combine(
            REFERENCE_DAY - timedelta(days=rng.randint(1, 700)), time(9), tzinfo=UTC
        ) + timedelta(minutes=rng.randint(0, 600))
        return SyntheticOffer(f"bench-{self.count:06d}", provider["ref"], provider["name"], approved, content)

    def _sentences(self, kind: str, field: str, n: int) -> list[str]:
        pools = self.corpus.sentences[kind]
        own = pools.get(field) or pools["*"]
        picked = [self.rng.choice(own if self.rng.random() < SAME_FIELD_SHARE else pools["*"]) for _ in range(n)]
        return list(dict.fromkeys(picked))

    def _title(self, field: str) -> str:
        heads = self.corpus.heads.get(field) or self.corpus.heads["*"]
        tails = self.corpus.tails.get(field) or self.corpus.tails["*"]
        title = self.rng.choice(heads)
        if self.rng.random() < 0.85:
            title += " – " + self.rng.choice(tails if self.rng.random() < SAME_FIELD_SHARE else self.corpus.tails["*"])
        return title[:200]

    def _summary(self, field: str) -> str:
        summary = ""
        for sentence in self._sentences("summary", field, self.rng.randint(1, 3)):
            if len(summary) + len(sentence) + 1 > 500:
                break
            summary = f"{summary} {sentence}".strip()
        return summary or self.rng.choice(self.corpus.sentences["summary"]["*"])[:500]

    def _codes(self, vocabulary: str, low: int, high: int, favour: str | None = None) -> list[str]:
        codes = self.vocab[vocabulary]
        k = self.rng.randint(low, high)
        chosen = [favour] if favour and k and self.rng.random() < 0.7 else []
        while len(chosen) < k:
            code = self.rng.choice(codes)
            if code not in chosen:
                chosen.append(code)
        return chosen

    def _ranges(self) -> dict:
        rng = self.rng
        values = dict(grade_from=None, grade_to=None, age_from=None, age_to=None)
        kind = rng.random()
        if kind < 0.85:  # school classes, sometimes with ages too
            low = rng.randint(1, 12)
            values.update(grade_from=low, grade_to=min(13, low + rng.randint(0, 4)))
            if rng.random() < 0.2:
                age = low + 5
                values.update(age_from=age, age_to=age + rng.randint(1, 5))
        else:  # adults: teachers, parents
            values.update(age_from=18, age_to=99)
        return values

    def _cost(self) -> dict:
        if self.rng.random() < 0.45:
            return dict(is_free=True, cost_amount=None, cost_unit=None)
        return dict(
            is_free=False,
            cost_amount=self.rng.choice(COSTS_EUR),
            cost_unit=self.rng.choice(("pro_klasse", "pro_person", "pro_stunde", "pauschal")),
        )


def generate(count: int, seed: int, progress=None) -> list[SyntheticOffer]:
    """``count`` offers; the first n are the same for every count (one seeded stream)."""
    factory = OfferFactory(seed)
    offers = []
    step = max(1, count // 10)
    for i in range(count):
        offers.append(factory.make())
        if progress and ((i + 1) % step == 0 or i + 1 == count):
            progress(i + 1)
    return offers


class Labels:
    """German labels of the codes, for the ``topics_text`` and ``labels`` of a document."""

    def __init__(self):
        self.labels = {
            (vocabulary, code): label for vocabulary, terms in load_vocabularies().items() for code, label in terms
        }

    def topics_text(self, content: dict) -> str:
        return " ".join(
            self.labels[(vocabulary, code)]
            for key, vocabulary in (("fields", "field"), ("topics", "topic"))
            for code in content.get(key) or []
        )

    def other_labels(self, content: dict) -> str:
        """As catalogue/search/indexing.py: every vocabulary but fields, topics and districts."""
        return "\n".join(
            self.labels[(vocabulary, code)]
            for key, vocabulary in CODE_KEYS.items()
            if vocabulary not in ("field", "topic", "district")
            for code in content.get(key) or []
        )


def to_document(offer_id: int, offer: SyntheticOffer, labels: Labels) -> OfferDocument:
    """The document ``catalogue/indexing._document`` would build for this offer."""
    c = offer.content
    codes = {facet: tuple(c.get(key) or ()) for key, facet in CODE_KEYS.items()}
    return OfferDocument(
        id=offer_id,
        title=c["title"],
        approved_at=offer.approved_at,
        summary=c["summary"],
        body="\n\n".join(c[name] for name in BODY_FIELDS if c.get(name)),
        topics_text=labels.topics_text(c),
        labels=labels.other_labels(c),
        provider=offer.provider_name,
        grade_from=c["grade_from"],
        grade_to=c["grade_to"],
        age_from=c["age_from"],
        age_to=c["age_to"],
        is_free=c["is_free"],
        cost_cents=None if c["is_free"] or c["cost_amount"] is None else int(c["cost_amount"] * 100),
        **codes,
    )


def documents(offers: list[SyntheticOffer]) -> list[OfferDocument]:
    labels = Labels()
    return [to_document(i, offer, labels) for i, offer in enumerate(offers, start=1)]


def write_import_file(path: Path, offers: list[SyntheticOffer], today: date) -> None:
    """JSON Lines for ``flask catalogue import``: meta, the demo providers used, the offers
    (listed live, with a valid seal)."""
    used = {offer.provider_ref for offer in offers}
    providers = [p for p in load_corpus().providers if p["ref"] in used]
    with path.open("w", encoding="utf-8") as out:
        out.write(
            json.dumps({"kind": "meta", "format": "praeventionskatalog/1", "exported_at": today.isoformat()}) + "\n"
        )
        for provider in providers:
            out.write(json.dumps(provider, ensure_ascii=False) + "\n")
        for offer in offers:
            awarded = min(offer.approved_at.date(), today)
            seal = {
                "awarded_on": awarded.isoformat(),
                "valid_until": (today + timedelta(days=365)).isoformat(),
                "checked_on": awarded.isoformat(),
            }
            record = {
                "kind": "offer",
                "ref": offer.ref,
                "provider": offer.provider_ref,
                "listing": "live",
                "live": offer.content,
                "seal": seal,
                "pending": None,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
