"""Services of the provider's offer pages that span offers and review."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from catalogue.accounts.models import User
from catalogue.offers import services as offers
from catalogue.offers.models import OfferRevision
from catalogue.policy import Policy
from catalogue.review import services as review


@dataclass(frozen=True)
class Saved:
    changed: bool
    submitted: bool = False
    incomplete: offers.IncompleteContent | None = None  # submitting was asked for but is not possible yet


def save_revision_with_replies(
    session: Session,
    *,
    actor: User,
    revision_id: int,
    expected_version: int,
    content: dict,
    replies: dict[int, str],
    submit: bool = False,
    policy: Policy | None = None,
) -> Saved:
    """Save the offer's content and, after a change request, the answers per criterion; then
    submit if asked. An incomplete offer stays saved and says what is missing."""
    changed = offers.save_revision(
        session, actor=actor, revision_id=revision_id, expected_version=expected_version, content=content
    )
    if replies:
        changed = (
            review.reply_to_change_request(session, actor=actor, revision_id=revision_id, replies=replies) or changed
        )
    if not submit:
        return Saved(changed)
    version = session.get(OfferRevision, revision_id).version
    try:
        offers.submit_revision(session, actor=actor, revision_id=revision_id, expected_version=version, policy=policy)
    except offers.IncompleteContent as error:
        return Saved(changed, incomplete=error)
    return Saved(changed, submitted=True)
