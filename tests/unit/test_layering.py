"""The package structure holds: imports at module level (except a few heavy libraries), and no two
areas importing each other.

An "area" is a package of catalogue/ (accounts, offers, review, …) or a top-level module of it
(audit, db, …); search_index/ is one more area that must stay free of Flask and the database.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([*ROOT.joinpath("catalogue").rglob("*.py"), *ROOT.joinpath("search_index").rglob("*.py")])
# Heavy libraries a web worker serving searches never needs: imported inside the functions that
# use them, so they stay out of every gunicorn worker (tests/functional/ops/test_worker_memory.py).
LAZY_LIBRARIES = frozenset({"alembic", "cryptography", "jsonschema", "psycopg", "segno", "zxcvbn"})


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported_modules(path: Path, tree: ast.Module) -> list[tuple[ast.AST, str]]:
    """(node, absolute module name) for every import; `from pkg import sub` names pkg.sub."""
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found += [(node, f"{base}.{alias.name}") for alias in node.names]
    return found


def _area(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] == "search_index":
        return "search_index"
    if parts[0] != "catalogue":
        return None
    if len(parts) == 1:
        return "catalogue"
    candidate = ROOT / "catalogue" / parts[1]
    if candidate.is_dir() or candidate.with_suffix(".py").exists():
        return f"catalogue.{parts[1]}"
    return "catalogue"  # a name defined in catalogue/__init__.py


def _area_edges() -> dict[tuple[str, str], list[str]]:
    edges: dict[tuple[str, str], list[str]] = {}
    for path in SOURCES:
        source = _area(_module_name(path))
        for node, target in _imported_modules(path, ast.parse(path.read_text())):
            destination = _area(target)
            if destination and destination != source:
                edges.setdefault((source, destination), []).append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return edges


def test_no_two_areas_import_each_other():
    edges = _area_edges()
    mutual = {tuple(sorted(pair)): edges[pair] + edges[pair[::-1]] for pair in edges if pair[::-1] in edges}
    assert mutual == {}


def _module_names(node: ast.Import | ast.ImportFrom) -> set[str]:
    if isinstance(node, ast.ImportFrom):
        return {"." * node.level + (node.module or "")}
    return {alias.name for alias in node.names}


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_stand_at_module_level(path):
    tree = ast.parse(path.read_text())
    nested = [
        node.lineno
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
        for node in ast.walk(function)
        if isinstance(node, ast.Import | ast.ImportFrom)
        and not {name.split(".")[0] for name in _module_names(node)} <= LAZY_LIBRARIES
    ]
    assert nested == []


def test_search_index_knows_nothing_of_the_application():
    forbidden = ("catalogue", "flask", "sqlmodel", "sqlalchemy")
    offending = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in SOURCES
        if path.parts[len(ROOT.parts)] == "search_index"
        for _, module in _imported_modules(path, ast.parse(path.read_text()))
        if module.split(".")[0] in forbidden
    ]
    assert offending == []
