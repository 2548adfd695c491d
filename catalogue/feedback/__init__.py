"""Schools' feedback after an offer: anonymous form, office moderation, providers' answers."""
