"""The provider's offer pages (blueprint "offers", /traeger/angebote/).

They show an offer (offers/) together with the office's feedback and the offer's history
(review/), so they sit above both: offers/ keeps the model, the rules and the services.
"""
