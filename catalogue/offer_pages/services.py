"""Services of the provider's offer pages that span offers and review."""

from __future__ import annotations

from sqlalchemy.orm import Session

from catalogue.accounts.models import User
from catalogue.offers import services as offers
from catalogue.review import services as review


def save_revision_with_replies(
    session: Session, *, actor: User, revision_id: int, expected_version: int, content: dict, replies: dict[int, str]
) -> bool:
    """Save the offer's content and, after a change request, the answers per criterion."""
    changed = offers.save_revision(
        session, actor=actor, revision_id=revision_id, expected_version=expected_version, content=content
    )
    if replies:
        changed = (
            review.reply_to_change_request(session, actor=actor, revision_id=revision_id, replies=replies) or changed
        )
    return changed
