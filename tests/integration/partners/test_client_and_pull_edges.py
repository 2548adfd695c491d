"""Edges of the HTTP client and the pull, against a local partner over loopback."""

from __future__ import annotations

import json
import socket

import pytest
from sqlalchemy import select

from catalogue.partners.client import HsdsClient, Limits, PartnerUnavailable
from catalogue.partners.jobs import pull_partners
from catalogue.partners.models import PartnerCatalogue, PartnerOffer
from catalogue.partners.services import register_partner, update_partner
from tests.factories import make_user
from tests.integration.partners.servers import SERVICE_ID, Misbehaving, good_service

LIMITS = Limits(timeout=1, max_bytes=20_000, retries=1, backoff=0.01)


@pytest.fixture
def server():
    with Misbehaving() as partner:
        yield partner


def client_for(server) -> HsdsClient:
    return HsdsClient(server.base_url, LIMITS, sleep=lambda _seconds: None)


def test_not_found_is_an_answer(server):
    server.routes["/api/hsds/v3/services/x"] = (404, b"{}")
    assert client_for(server).get("/services/x").status == 404


def test_a_client_error_fails_at_once_without_retry(server):
    server.routes["/api/hsds/v3/services"] = (403, b"{}")
    with pytest.raises(PartnerUnavailable, match="HTTP 403"):
        client_for(server).get("/services")
    assert server.requests == 1


def test_an_oversized_body_without_length_is_cut_off(server):
    server.routes["/api/hsds/v3/services"] = (200, b"[" + b"1," * 20_000 + b"1]")
    with pytest.raises(PartnerUnavailable, match="größer als 20000 Bytes"):
        client_for(server).get("/services")


def test_a_closed_port_is_tried_again_and_then_reported():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(PartnerUnavailable, match="nicht erreichbar.*2 Versuche"):
        HsdsClient(f"http://127.0.0.1:{port}", LIMITS, sleep=lambda _seconds: None).get("/services")


@pytest.fixture
def partner(db, server):
    catalogue = register_partner(
        db, actor=make_user(db, office_role="admin"), name="Rand", label="Rand", base_url=server.base_url, fields=[]
    )
    db.commit()
    [report] = pull_partners(db, limits=LIMITS)
    assert report.added == 1, report
    return catalogue


def offers(db) -> list[str]:
    db.expire_all()
    return [row.title for row in db.scalars(select(PartnerOffer))]


def _changed_at_partner(server, body: bytes):
    """The listing names the service as changed; its detail answers `body`."""
    listing = json.loads(json.dumps(server._body("/services")))
    listing["contents"][0]["last_modified"] = "2026-12-01T10:00:00Z"
    server.routes["/api/hsds/v3/services"] = (200, json.dumps(listing).encode())
    server.routes[f"/api/hsds/v3/services/{SERVICE_ID}"] = (200, body)


def test_a_service_gone_on_its_detail_page_is_removed(db, server, partner):
    _changed_at_partner(server, b"")
    server.routes[f"/api/hsds/v3/services/{SERVICE_ID}"] = (404, b"{}")
    [report] = pull_partners(db, limits=LIMITS)
    assert report.removed == 1 and offers(db) == []


def test_a_detail_with_another_id_fails_the_pull(db, server, partner):
    _changed_at_partner(server, json.dumps({**good_service(), "id": "6f1c1a3e-0000-4000-8000-000000000000"}).encode())
    [report] = pull_partners(db, limits=LIMITS)
    assert not report.ok and "ein anderes Angebot" in report.error and offers(db) == [good_service()["name"]]


def test_a_service_outside_the_chosen_fields_is_removed_when_it_changes(db, server, partner):
    update_partner(
        db,
        actor=make_user(db, office_role="admin"),
        partner_id=partner.id,
        name="Rand",
        label="Rand",
        base_url=server.base_url,
        fields=["sucht"],
    )
    db.commit()
    [report] = pull_partners(db, limits=LIMITS)
    assert report.ok and report.added == 0 and offers(db) == []


def test_a_full_listing_answering_304_unasked_fails_the_pull(db, server, partner):
    db.get(PartnerCatalogue, partner.id).list_etag = '"v1"'
    db.commit()
    server.routes["/api/hsds/v3/services"] = (304, b"")
    [report] = pull_partners(db, limits=LIMITS)
    assert not report.ok and "Liste der Angebote fehlt (HTTP 304)" in report.error  # the full listing must come
