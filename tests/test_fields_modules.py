"""The candidate finders are split by field family (README, "Layout"): each module imports only the
modules below it in LAYERS, so no finder imports the dispatch in candidates.py and no import cycle
can form; each says in its docstring what lives there. After the choice, the same holds for the
confidence machinery (AFTER_CHOICE): the types it shares, the doubts, the caps and lifts, then extract.py,
which nothing it imports imports back, and none of them imports inside a function."""

from __future__ import annotations

import ast
import doctest
import importlib
from pathlib import Path

FIELDS = Path(__file__).resolve().parent.parent / "parsers" / "fields"
LAYERS = ("base", "geometry", "ids", "dates", "names", "reading", "numbers", "around", "roles", "candidates")
AFTER_CHOICE = ("choice", "doubts", "confidence", "extract")


def _sibling_imports(module: str) -> set[str]:
    tree = ast.parse((FIELDS / f"{module}.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or node.module is None:
            continue
        if node.module == "parsers.fields":
            found.update(alias.name for alias in node.names)
        elif node.module.startswith("parsers.fields."):
            found.add(node.module.removeprefix("parsers.fields."))
    return found


def test_candidate_modules_import_only_the_layers_below_them() -> None:
    for position, module in enumerate(LAYERS):
        above = _sibling_imports(module) & set(LAYERS[position:])
        assert not above, f"{module} imports {sorted(above)}"


def test_candidate_modules_say_what_they_hold() -> None:
    for module in LAYERS:
        loaded = importlib.import_module(f"parsers.fields.{module}")
        assert loaded.__doc__ and len(loaded.__doc__.split()) >= 8, module


def test_confidence_modules_import_only_the_layers_below_them() -> None:
    for position, module in enumerate(AFTER_CHOICE):
        above = _sibling_imports(module) & set(AFTER_CHOICE[position:])
        assert not above, f"{module} imports {sorted(above)}"


def test_nothing_extract_imports_imports_it_back() -> None:
    for module in _sibling_imports("extract"):
        assert "extract" not in _sibling_imports(module), module


def test_confidence_modules_import_at_module_level_only() -> None:
    for module in AFTER_CHOICE:
        tree = ast.parse((FIELDS / f"{module}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                inner = [n for n in ast.walk(node) if isinstance(n, (ast.Import, ast.ImportFrom))]
                assert not inner, f"{module}.{node.name} imports inside a function"


def test_confidence_modules_say_what_they_hold() -> None:
    for module in AFTER_CHOICE:
        loaded = importlib.import_module(f"parsers.fields.{module}")
        assert loaded.__doc__ and len(loaded.__doc__.split()) >= 8, module


def test_doubts_doctests() -> None:
    failed, _ = doctest.testmod(importlib.import_module("parsers.fields.doubts"))
    assert failed == 0
