"""Every table, imported in one place for Alembic and the tests."""

from sqlmodel import SQLModel

from catalogue.accounts.models import Invitation, LoginAttempt, Membership, PasswordResetToken, User
from catalogue.audit import AuditEvent
from catalogue.changefeed import SearchChange
from catalogue.embed.models import Embed, EmbedOrigin
from catalogue.feedback.models import FeedbackMonth, OfferFeedback
from catalogue.mail import MailOutbox
from catalogue.offers.models import Offer, OfferRevision, RevisionTerm
from catalogue.partners.models import PartnerCatalogue, PartnerOffer
from catalogue.providers.models import Organisation, OrganisationContact, OrganisationDistrict
from catalogue.review.models import CriteriaSet, Criterion, Review, ReviewRating
from catalogue.search.models import OfferViewDay, SearchEmptyFilter, SearchMiss, Synonym
from catalogue.vocabularies.models import VocabularyTerm

metadata = SQLModel.metadata

__all__ = [
    "AuditEvent",
    "CriteriaSet",
    "Criterion",
    "Embed",
    "EmbedOrigin",
    "Invitation",
    "FeedbackMonth",
    "LoginAttempt",
    "MailOutbox",
    "Membership",
    "Offer",
    "OfferFeedback",
    "OfferRevision",
    "OfferViewDay",
    "Organisation",
    "PartnerCatalogue",
    "PartnerOffer",
    "OrganisationContact",
    "OrganisationDistrict",
    "PasswordResetToken",
    "Review",
    "ReviewRating",
    "RevisionTerm",
    "SearchChange",
    "SearchEmptyFilter",
    "SearchMiss",
    "Synonym",
    "User",
    "VocabularyTerm",
    "metadata",
]
