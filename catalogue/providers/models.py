"""Provider organisations (freie Träger), the districts they serve, named contacts."""

from __future__ import annotations

from datetime import date, datetime
from uuid import uuid4

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from catalogue.clock import utcnow


class Organisation(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=60, unique=True, index=True)
    # Stable public identifier (the HSDS organization id): set once, never changed or reused.
    public_id: str = Field(default_factory=lambda: str(uuid4()), max_length=36, unique=True, index=True)
    name: str = Field(max_length=200)
    legal_form: str = Field(default="", max_length=60)
    org_type: str = Field(max_length=30)
    description: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    website: str = Field(default="", max_length=300)
    email: str = Field(max_length=254)
    phone: str = Field(default="", max_length=60)
    street: str = Field(default="", max_length=200)
    postcode: str = Field(default="", max_length=10)
    city: str = Field(default="", max_length=100)
    verified_on: date | None = None
    verified_by_id: int | None = Field(default=None, foreign_key="user_account.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    version: int = Field(default=1)

    @property
    def is_verified(self) -> bool:
        return self.verified_on is not None


class OrganisationDistrict(SQLModel, table=True):
    __tablename__ = "organisation_district"

    organisation_id: int = Field(foreign_key="organisation.id", primary_key=True, ondelete="CASCADE")
    term_id: int = Field(foreign_key="vocabulary_term.id", primary_key=True, ondelete="RESTRICT")


class OrganisationContact(SQLModel, table=True):
    """A named contact person; published only with recorded consent."""

    __tablename__ = "organisation_contact"

    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=200)
    role: str = Field(default="", max_length=200)
    email: str = Field(default="", max_length=254)
    phone: str = Field(default="", max_length=60)
    consent_on: date
