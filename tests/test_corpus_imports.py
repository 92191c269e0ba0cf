"""The corpus package imports in one direction: no module reaches, however indirectly, back to itself.

Imports are read with `ast`, so the ones inside functions and under `if TYPE_CHECKING:` count too:
a cycle hidden in a function is still a cycle the next refactor trips over.
"""

from __future__ import annotations

import ast
from pathlib import Path

import distillery.corpus

ROOT = Path(distillery.corpus.__file__).parent
PACKAGE = "distillery.corpus"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join([PACKAGE, *parts])


def import_graph() -> dict[str, set[str]]:
    """module -> the modules of the package it imports (anywhere in its source)."""
    paths = {_module_name(p): p for p in ROOT.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    module = ".".join(base + ([node.module] if node.module else []))
                else:
                    module = node.module or ""
                for alias in node.names:  # `from . import values` names a module, `from .x import f` does not
                    target = f"{module}.{alias.name}"
                    deps.add(target if target in paths else module)
            elif isinstance(node, ast.Import):
                deps.update(alias.name for alias in node.names)
        graph[name] = {d for d in deps if d in paths and d != name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as [a, b, ..., a], or None."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for dep in sorted(graph.get(node, ())):
            if state.get(dep) == 1:
                return path[path.index(dep) :] + [dep]
            if dep not in state and (cycle := visit(dep)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_find_cycle_reports_a_cycle_and_passes_a_chain():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_graph_sees_relative_module_and_type_checking_imports():
    graph = import_graph()
    assert f"{PACKAGE}.engine.slots" in graph[f"{PACKAGE}.engine.context"]  # from .slots import ...
    assert f"{PACKAGE}.data.values" in graph[f"{PACKAGE}.engine.slots"]  # from ..data import values as V
    assert f"{PACKAGE}.engine.scope" in graph[f"{PACKAGE}.data.nicknames"]  # under TYPE_CHECKING


def test_corpus_has_no_import_cycle():
    assert find_cycle(import_graph()) is None
