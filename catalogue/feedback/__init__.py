"""Schools' feedback after an offer: anonymous form, office moderation, providers' answers."""

# Imported with the package so that every session keeps feedback_month in step (a flush listener).
from catalogue.feedback import monthly  # noqa: F401
