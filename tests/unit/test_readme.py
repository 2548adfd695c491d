from pathlib import Path

from catalogue.config import SETTINGS

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_commands():
    head = README.split("## ")[0]
    assert "make run" in head and "make test" in head


def test_readme_documents_every_setting():
    missing = [s.name for s in SETTINGS if f"`{s.name}`" not in README]
    assert missing == []
