"""Controlled vocabularies as data: one table, one row per (vocabulary, code)."""

from __future__ import annotations

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel


class VocabularyTerm(SQLModel, table=True):
    __tablename__ = "vocabulary_term"
    __table_args__ = (UniqueConstraint("vocabulary", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    vocabulary: str = Field(max_length=30, index=True)
    code: str = Field(max_length=60)
    label: str = Field(max_length=200)
    sort_order: int = Field(default=0)
    active: bool = Field(default=True)
