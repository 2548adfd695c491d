"""search_index depends on Whoosh and the standard library only."""

import ast
import sys
from pathlib import Path

import search_index

PACKAGE = Path(search_index.__file__).parent
# msgpack reads wordfreq's word list file (compounds.py), without importing wordfreq itself.
ALLOWED_THIRD_PARTY = {"whoosh", "msgpack", "numpy"}


def imported_top_level_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            modules.add(node.module.split(".")[0])
    return modules


def test_only_whoosh_and_the_standard_library_are_imported():
    for path in PACKAGE.glob("*.py"):
        foreign = {
            name
            for name in imported_top_level_modules(path)
            if name not in sys.stdlib_module_names and name not in ALLOWED_THIRD_PARTY
        }
        assert not foreign, f"{path.name} imports {sorted(foreign)}"


def test_every_module_stays_short():
    for path in PACKAGE.glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) < 400, path.name
