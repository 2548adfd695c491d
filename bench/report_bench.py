"""Report pages at scale: 10,000 offers and 100,000 feedbacks (fixed seed), timings per page.

    python bench/report_bench.py [--offers 10000] [--feedbacks 100000] [--runs 5] [--database-url URL]

Builds a fresh database (SQLite in a temporary folder unless a PostgreSQL URL is given; its
name must contain "bench"), fills it with bulk inserts — providers, live offers with
Handlungsfeld/Einsatzgebiet/Zielgruppe terms, review history in the audit log and reviews,
page views, searches without results, feedback — and times each report page through the
Flask test client as a signed-in office user. Prints median and maximum wall time and the
median CPU time of this process per page, with the load average before and after; the target
is ≤ 300 ms. Bulk inserts bypass the session, so the monthly feedback sums are rebuilt after
the fill (as after an import), and PostgreSQL gets VACUUM ANALYZE (autovacuum would do it in use).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import logging  # noqa: E402

import pyotp  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from catalogue import create_app, migrate  # noqa: E402
from catalogue.accounts.mfa import enrol_with_secret  # noqa: E402
from catalogue.accounts.services import create_user  # noqa: E402
from catalogue.audit import AuditEvent  # noqa: E402
from catalogue.clock import today  # noqa: E402
from catalogue.db import make_engine  # noqa: E402
from catalogue.feedback.models import OfferFeedback  # noqa: E402
from catalogue.feedback.monthly import rebuild_feedback_months  # noqa: E402
from catalogue.offers.models import Offer, OfferRevision, RevisionTerm  # noqa: E402
from catalogue.providers.models import Organisation  # noqa: E402
from catalogue.review.models import Criterion, Review, ReviewRating  # noqa: E402
from catalogue.search.models import OfferViewDay, SearchEmptyFilter, SearchMiss  # noqa: E402
from catalogue.seeding import seed_reference_data  # noqa: E402
from catalogue.vocabularies.models import VocabularyTerm  # noqa: E402

PAGES = [
    "/koordination/berichte/abdeckung",
    "/koordination/berichte/nachfrage",
    "/koordination/berichte/qualitaet",
    "/koordination/berichte/rat",
    "/koordination/berichte/qualitaet/rueckmeldungen-felder.csv",
]
PASSWORD = "Bench-Passwort-2026"
TOTP_SECRET = "BENCHBENCHBENCHBENCHBENCHBENCH23"  # office accounts must use a second factor
SEED = 12


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _chunks(rows: list[dict], size: int = 5000):
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _insert(session, model, rows: list[dict]) -> None:
    for chunk in _chunks(rows):
        session.execute(insert(model), chunk)


def fill(session, offers: int, feedbacks: int) -> None:
    rng, now, day = random.Random(SEED), datetime.now(UTC), today()
    terms = {
        name: session.scalars(select(VocabularyTerm.id).where(VocabularyTerm.vocabulary == name)).all()
        for name in ("field", "district", "audience")
    }
    providers = max(offers // 25, 1)
    _insert(
        session,
        Organisation,
        [
            dict(
                slug=f"bench-{i}",
                name=f"Träger {i:04d} e. V.",
                org_type="verein",
                email=f"t{i}@bench.example",
                verified_on=date(2025, 1, 1),
            )
            for i in range(providers)
        ],
    )
    org_ids = session.scalars(select(Organisation.id).order_by(Organisation.id)).all()
    _insert(
        session,
        Offer,
        [dict(ref=f"bench-{i}", organisation_id=rng.choice(org_ids), listing="live") for i in range(offers)],
    )
    offer_ids = session.scalars(select(Offer.id).order_by(Offer.id)).all()
    log(f"  {providers} Träger, {offers} Angebote")
    revisions = []
    for i, offer_id in enumerate(offer_ids):
        low = rng.randint(1, 11)
        awarded = day - timedelta(days=rng.randint(0, 700))
        revisions.append(
            dict(
                offer_id=offer_id,
                number=1,
                state="approved",
                title=f"Angebot {i:05d}",
                summary="Kurz.",
                grade_from=low,
                grade_to=min(13, low + rng.randint(0, 4)),
                is_free=rng.random() < 0.4,
                seal_awarded_on=awarded,
                seal_valid_until=awarded + timedelta(days=730),
                submitted_at=now - timedelta(days=rng.randint(1, 700)),
            )
        )
    _insert(session, OfferRevision, revisions)
    rev_by_offer = dict(session.execute(select(OfferRevision.offer_id, OfferRevision.id)).all())
    session.execute(
        Offer.__table__.update().values(
            live_revision_id=select(OfferRevision.id).where(OfferRevision.offer_id == Offer.id).scalar_subquery()
        )
    )
    links = []
    for revision_id in rev_by_offer.values():
        for name, count in (
            ("field", rng.randint(1, 2)),
            ("district", rng.randint(1, 3)),
            ("audience", rng.randint(1, 2)),
        ):
            links += [dict(revision_id=revision_id, term_id=t) for t in rng.sample(terms[name], count)]
    _insert(session, RevisionTerm, links)
    log(f"  {len(links)} Zuordnungen zu Vokabularen")
    _history(session, rng, list(rev_by_offer.items()), now)
    _demand(session, rng, offer_ids, day)
    _feedbacks(session, rng, offer_ids, feedbacks, now)
    log(f"  {rebuild_feedback_months(session)} Monatssummen der Rückmeldungen")


def _history(session, rng, revisions, now) -> None:
    events, reviews = [], []
    for offer_id, revision_id in revisions:
        submitted = now - timedelta(days=rng.randint(10, 700))
        events.append(
            dict(
                action="revision.submit", offer_id=offer_id, revision_id=revision_id, created_at=submitted, details="{}"
            )
        )
        decided = submitted + timedelta(days=rng.randint(1, 60))
        decision = "request_changes" if rng.random() < 0.3 else "approve"
        events.append(
            dict(
                action=f"review.{decision}",
                offer_id=offer_id,
                revision_id=revision_id,
                created_at=decided,
                details="{}",
            )
        )
        reviews.append(dict(revision_id=revision_id, criteria_set_id=1, decision=decision, decided_at=decided))
    _insert(session, AuditEvent, events)
    _insert(session, Review, reviews)
    criteria = session.scalars(select(Criterion.id)).all()
    asked = session.scalars(select(Review.id).where(Review.decision == "request_changes")).all()
    _insert(
        session,
        ReviewRating,
        [
            dict(review_id=r, criterion_id=c, rating=rng.choice(("erfuellt", "erfuellt", "teilweise")))
            for r in asked
            for c in criteria
        ],
    )
    log(f"  {len(events)} Prüfschritte im Audit-Log, {len(asked)} Änderungswünsche mit Bewertungen")


def _demand(session, rng, offer_ids, day) -> None:
    views = [
        dict(offer_id=o, day=day - timedelta(days=d), count=rng.randint(1, 9))
        for o in offer_ids
        for d in rng.sample(range(365), rng.randint(0, 30))
    ]
    _insert(session, OfferViewDay, views)
    months = [(day.replace(day=1) - timedelta(days=30 * i)).strftime("%Y-%m") for i in range(12)]
    _insert(
        session,
        SearchMiss,
        [dict(month=m, term=f"wort{t}", count=rng.randint(1, 40)) for m in months for t in range(300)],
    )
    _insert(
        session,
        SearchEmptyFilter,
        [
            dict(month=m, filter_key=k, count=rng.randint(1, 90))
            for m in months
            for k in ("grade", "district", "free_only", "topic", "language")
        ],
    )
    log(f"  {len(views)} Tageszähler für Aufrufe, {12 * 300} Suchwörter ohne Treffer")


def _feedbacks(session, rng, offer_ids, count, now) -> None:
    rows = []
    for _ in range(count):
        created = now - timedelta(days=rng.randint(0, 540))
        rows.append(
            dict(
                offer_id=rng.choice(offer_ids),
                created_at=created,
                school_type="gymnasium",
                grade=rng.randint(1, 13),
                held_in=created.date().replace(day=1),
                rating_fit=rng.randint(1, 5),
                rating_organisation=rng.randint(1, 5),
                rating_content=rng.randint(1, 5),
                would_book_again=rng.random() < 0.7,
                comment="",
                flags="",
                status=rng.choice(("approved", "approved", "approved", "pending", "ratings_only")),
                reply="",
                reply_status="",
            )
        )
    _insert(session, OfferFeedback, rows)
    log(f"  {count} Rückmeldungen")


class ServerClock:
    """CPU seconds spent by the PostgreSQL backends of the bench database (same machine, read from /proc).

    The pages' SQL runs there, not in this process; for SQLite the engine runs in-process and
    this stays 0.
    """

    def __init__(self, engine):
        self.engine = engine if engine.dialect.name == "postgresql" else None
        self.tick = os.sysconf("SC_CLK_TCK")

    def seconds(self) -> float:
        if self.engine is None:
            return 0.0
        with self.engine.connect() as conn:
            pids = conn.exec_driver_sql(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
            ).scalars()
            return sum(self._cpu(pid) for pid in pids)

    def _cpu(self, pid: int) -> float:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # the backend ended, or runs on another machine
            return 0.0
        return (int(fields[11]) + int(fields[12])) / self.tick  # utime + stime


def time_pages(app, runs: int) -> list[tuple[str, float, float, float, float]]:
    """(page, median wall ms, max wall ms, median CPU ms here, median CPU ms in PostgreSQL).

    CPU time stays fair on a shared, loaded machine; wall time is what a user waits.
    """
    client = app.test_client()
    client.post("/konto/anmelden", data={"email": "bench@bench.example", "password": PASSWORD})
    client.post("/konto/zweiter-faktor", data={"code": pyotp.TOTP(TOTP_SECRET).now()})
    server = ServerClock(make_engine(app.config["DATABASE_URL"]))
    results = []
    for page in PAGES:
        response = client.get(page)
        assert response.status_code == 200, (page, response.status_code)
        samples, cpu, db_cpu = [], [], []
        for _ in range(runs):
            start_db = server.seconds()
            start, start_cpu = time.perf_counter(), time.process_time()
            client.get(page).close()
            samples.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
            db_cpu.append((server.seconds() - start_db) * 1000)
        results.append(
            (page, statistics.median(samples), max(samples), statistics.median(cpu), statistics.median(db_cpu))
        )
    server.engine and server.engine.dispose()
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=10_000)
    parser.add_argument("--feedbacks", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{tmp}/bench.sqlite3"
        if "bench" not in url:
            parser.error("the database name must contain 'bench' (it is emptied)")
        engine = make_engine(url)
        if url.startswith("postgresql"):
            with engine.begin() as conn:
                conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        migrate.upgrade(engine)
        engine.dispose()
        logging.getLogger("catalogue.requests").setLevel(logging.WARNING)  # one line per timed request is noise
        app = create_app(
            {
                "APP_ENV": "testing",
                "SECRET_KEY": "b" * 40,
                "DATABASE_URL": url,
                "WTF_CSRF_ENABLED": False,
                "SEARCH_INDEX_DIR": f"{tmp}/index",
            },
            instance_path=f"{tmp}/instance",
        )
        with app.app_context():
            session = app.extensions["db_session_factory"]()
            seed_reference_data(session)
            user = create_user(
                session, email="bench@bench.example", name="Bench", password=PASSWORD, office_role="admin"
            )
            enrol_with_secret(session, user_id=user.id, secret=TOTP_SECRET)
            log(f"Filling {url.split('@')[-1]} …")
            started = time.perf_counter()
            fill(session, args.offers, args.feedbacks)
            session.commit()
            session.close()
            if url.startswith("postgresql"):
                # What autovacuum does in use: planner statistics, and the visibility map for index-only scans.
                with app.extensions["db_engine"].connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                    conn.exec_driver_sql("VACUUM ANALYZE")
            log(f"  filled in {time.perf_counter() - started:.0f} s")
        load_before = os.getloadavg()[0]
        results = time_pages(app, args.runs)
        app.extensions["db_engine"].dispose()
    backend = "PostgreSQL" if args.database_url.startswith("postgresql") else "SQLite"
    print(f"\nReport pages, {args.offers:,} offers, {args.feedbacks:,} feedbacks, {backend}, {args.runs} runs each")
    print(f"load average before {load_before:.1f}, after {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'page':<62} {'median ms':>10} {'max ms':>8} {'CPU ms':>7} {'DB CPU ms':>10}")
    for page, median, worst, cpu, db_cpu in results:
        flag = "" if median <= 300 else "  > 300 ms"
        print(f"{page:<62} {median:>10.0f} {worst:>8.0f} {cpu:>7.0f} {db_cpu:>10.0f}{flag}")
    print("CPU ms: this process (for SQLite the database work too); DB CPU ms: PostgreSQL's backends.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
