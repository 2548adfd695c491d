"""A starting list of search synonyms: everyday words → catalogue vocabulary.

The database side keeps the editable list and passes it to ``search(synonyms=…)``;
this mapping is what it can seed that list with. Keys are single words (matched
after folding and stemming, so "Kippen" hits "kippe"); values may be phrases.
The mapping is one-way: "kiffen" finds "Cannabis", not the other way round.
"""

DEFAULT_SYNONYMS: dict[str, list[str]] = {
    # Sucht: Tabak, Alkohol, Cannabis, Drogen, Glücksspiel
    "kippe": ["tabak", "rauchen"],
    "zigarette": ["tabak", "rauchen"],
    "vape": ["e-zigarette", "rauchen", "tabak"],
    "vapen": ["e-zigarette", "rauchen"],
    "shisha": ["tabak", "rauchen"],
    "nikotin": ["tabak", "rauchen"],
    "saufen": ["alkohol"],
    "komasaufen": ["alkohol", "rauschtrinken"],
    "bier": ["alkohol"],
    "schnaps": ["alkohol"],
    "kiffen": ["cannabis"],
    "gras": ["cannabis"],
    "joint": ["cannabis"],
    "marihuana": ["cannabis"],
    "haschisch": ["cannabis"],
    "dealer": ["drogen"],
    "rauschgift": ["drogen"],
    "koks": ["kokain", "drogen"],
    "ecstasy": ["drogen"],
    "wetten": ["glücksspiel"],
    "zocken": ["gaming", "glücksspiel"],
    "computerspiel": ["gaming", "mediennutzung"],
    "games": ["gaming"],
    # Medien
    "handy": ["smartphone", "medien"],
    "internet": ["medien", "online"],
    "social": ["medien"],
    "instagram": ["medien", "soziale netzwerke"],
    "tiktok": ["medien", "soziale netzwerke"],
    "whatsapp": ["medien", "messenger"],
    "porno": ["pornografie"],
    "nacktbilder": ["sexting"],
    "nudes": ["sexting"],
    "grooming": ["cybergrooming"],
    "fakenews": ["fake news", "desinformation"],
    "hetze": ["hate speech"],
    "hass": ["hate speech"],
    "abzocke": ["internetbetrug", "betrug"],
    # Gewalt, Konflikte, Schutz
    "schikane": ["mobbing"],
    "ausgrenzung": ["mobbing"],
    "hänseln": ["mobbing"],
    "prügelei": ["gewalt"],
    "schlägerei": ["gewalt"],
    "streit": ["konfliktlösung", "streitschlichtung"],
    "nazis": ["rechtsextremismus"],
    "missbrauch": ["kinderschutz", "sexualisierte gewalt"],
    "aufklärung": ["sexuelle bildung"],
    # Psychische Gesundheit
    "ritzen": ["selbstverletzung"],
    "magersucht": ["essstörungen"],
    "bulimie": ["essstörungen"],
    "burnout": ["stress"],
    "prüfungsangst": ["stress", "angst"],
    "selbstbewusstsein": ["selbstwert"],
    # Schule
    "lehrer": ["lehrkräfte"],
    "fahrrad": ["radfahren", "schulweg"],
}
