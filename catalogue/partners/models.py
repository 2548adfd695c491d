"""Partner catalogues the office registered, and the offers pulled from them (read-only here).

Partner offers live in their own table with their own ids: they are never rows of `offer`,
so nothing of the review workflow, the seal or the provider area can touch them.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column, ForeignKey, Integer, Numeric, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from catalogue.clock import utcnow


def _text():
    return Field(default="", sa_column=Column(Text, nullable=False, default=""))


class PartnerCatalogue(SQLModel, table=True):
    """Another catalogue serving HSDS 3.0, and how its last pulls went."""

    __tablename__ = "partner_catalogue"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True)
    label: str = Field(max_length=200)  # shown to users: "aus dem Katalog von <label>"
    base_url: str = Field(max_length=500)  # up to and without /services
    fields: str = Field(default="", max_length=1000)  # Handlungsfeld codes to take, comma-separated; "" = all
    active: bool = Field(default=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    last_attempt_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str = _text()  # German, empty after a successful pull
    cursor: str = Field(default="", max_length=40)  # newest last_modified taken (modified_after)
    list_etag: str = Field(default="", max_length=200)  # of the changes listing, for If-None-Match

    @property
    def field_codes(self) -> tuple[str, ...]:
        return tuple(code for code in self.fields.split(",") if code)

    @property
    def origin_code(self) -> str:
        """Its value of the search filter "Herkunft" (URL parameter herkunft)."""
        return f"partner-{self.id}"


class PartnerOffer(SQLModel, table=True):
    """One service of a partner catalogue, mapped back to our fields."""

    __tablename__ = "partner_offer"
    __table_args__ = (UniqueConstraint("partner_id", "service_id"),)

    id: int | None = Field(default=None, primary_key=True)
    partner_id: int = Field(sa_column=Column(Integer, ForeignKey("partner_catalogue.id"), nullable=False, index=True))
    service_id: str = Field(max_length=100)  # the partner's id (HSDS service.id)
    title: str = Field(max_length=500)
    summary: str = _text()
    description: str = _text()
    provider_name: str = Field(default="", max_length=500)
    original_url: str = Field(default="", max_length=1000)
    email: str = Field(default="", max_length=320)
    seal_text: str = _text()  # the partner's accreditations (its seal) as it states them
    seal_valid_until: date | None = None
    grade_from: int | None = None
    grade_to: int | None = None
    age_from: int | None = None
    age_to: int | None = None
    is_free: bool = Field(default=False)
    cost_amount: Decimal | None = Field(default=None, sa_column=Column(Numeric(10, 2)))
    fees_text: str = _text()
    codes: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))  # JSON vocabulary → codes
    other_terms: str = _text()  # labels of vocabularies unknown to us, one per line
    last_modified: str = Field(default="", max_length=40)  # HSDS last_modified as sent
    etag: str = Field(default="", max_length=200)
    http_last_modified: str = Field(default="", max_length=100)
    fetched_at: datetime = Field(default_factory=utcnow)
