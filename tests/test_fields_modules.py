"""The candidate finders are split by field family (README, "Layout"): each module imports only the
modules below it in LAYERS, so no finder imports the dispatch in candidates.py and no import cycle
can form; each says in its docstring what lives there."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

FIELDS = Path(__file__).resolve().parent.parent / "parsers" / "fields"
LAYERS = ("base", "geometry", "ids", "dates", "names", "reading", "numbers", "around", "roles", "candidates")


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
