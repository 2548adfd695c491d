"""Merkliste: a teacher's shortlist of offers, kept only in the URL and a browser cookie."""
