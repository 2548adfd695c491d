"""Public search: query parameters, the index with its database fallback, synonyms, misses."""
