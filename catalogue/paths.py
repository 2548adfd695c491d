"""Where the repository's files are: templates, docs, data, migrations."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
