"""Import and export of the catalogue in the JSON Lines format of docs/import-format.md."""
