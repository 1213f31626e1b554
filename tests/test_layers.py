"""The layers a newcomer sees in the tree hold: no import cycles, and the core imports no export.

Every import statement of every module counts, the ones inside functions and under ``TYPE_CHECKING``
too: an import deferred to keep ``import azcal`` light is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import azcal

PACKAGE = Path(azcal.__file__).parent
# what sits above the core: the words, the exports, the command, the service, the checks, the public face
ABOVE_CORE = (
    "azcal",
    "azcal.__main__",
    "azcal.arrays",
    "azcal.cli",
    "azcal.check",
    "azcal.completion",
    "azcal.exports",
    "azcal.server",
    "azcal.terminal",
    "azcal.text",
)


def module_name(path: Path) -> str:
    parts = ["azcal", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports() -> dict[str, set[str]]:
    """Each azcal module -> the azcal modules it imports."""
    files = {module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = package.split(".")
                base = base[: len(base) - node.level + 1] if node.level else []
                source = ".".join([*base, *([node.module] if node.module else [])])
                # `from package import module` imports that module; `from module import name`, the module
                targets = [f"{source}.{a.name}" if f"{source}.{a.name}" in files else source for a in node.names]
            else:
                continue
            found |= {target for target in targets if target in files and target != name}
        graph[name] = found
    return graph


def is_core(name: str) -> bool:
    return not any(name == top or (top != "azcal" and name.startswith(top + ".")) for top in ABOVE_CORE)


def test_the_import_graph_is_read_whole() -> None:
    graph = imports()
    assert {"azcal.calendars", "azcal.engine", "azcal.compiled.table", "azcal.exports.ics"} <= set(graph)
    assert "azcal.compiled.table" in graph["azcal.engine"]  # the graph sees relative imports
    assert "azcal.engine" in graph["azcal.calendars"]  # and imports inside functions


def test_no_import_cycles() -> None:
    graph = imports()
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(name: str) -> None:
        state[name] = 1
        path.append(name)
        for target in sorted(graph[name]):
            assert state.get(target) != 1, "import cycle: " + " -> ".join([*path[path.index(target) :], target])
            if target not in state:
                visit(target)
        path.pop()
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)


def test_the_core_imports_no_export() -> None:
    graph = imports()
    core = sorted(name for name in graph if is_core(name))
    assert {"azcal.model", "azcal.engine", "azcal.calendars", "azcal.payroll", "azcal.law.loading"} <= set(core)
    wrong = {name: sorted(t for t in graph[name] if not is_core(t)) for name in core}
    assert {name: targets for name, targets in wrong.items() if targets} == {}


def test_no_module_shadows_the_standard_library() -> None:
    import sys

    names = {name.rpartition(".")[2] for name in imports()}
    assert names & set(sys.stdlib_module_names) == set()
