"""The code stays in pieces a maintainer can carry: radon's measures, held under limits.

Cyclomatic complexity counts the paths through a function; the maintainability index (0-100) rates a
module by its size, its complexity and its comments. Every module of the package is held to the limits,
each top-level directory and module as one test (CHECKED).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from radon.complexity import cc_visit
from radon.metrics import mi_visit

import azcal

PACKAGE = Path(azcal.__file__).parent
# every directory and module of the package: a new one is held to the limits from its first commit
CHECKED = tuple(sorted(p.name for p in PACKAGE.iterdir() if p.suffix == ".py" or (p / "__init__.py").is_file()))
MOST_COMPLEX = 15  # the highest cyclomatic complexity a function or method may have
LEAST_MAINTAINABLE = 20  # the lowest maintainability index a module may have


def modules(entry: str) -> list[Path]:
    """The modules of ``entry``: a directory's, all the way down, or one module's own."""
    path = PACKAGE / entry
    return [path] if path.suffix == ".py" and path.is_file() else sorted(path.rglob("*.py"))


def shown(path: Path) -> str:
    return str(path.relative_to(PACKAGE.parent)) if path.is_relative_to(PACKAGE.parent) else str(path)


def too_complex(path: Path) -> list[str]:
    """Each function and method of ``path`` above MOST_COMPLEX, as radon's ``cc`` names it."""
    return [
        f"{shown(path)}:{block.lineno} {block.fullname} has complexity {block.complexity}"
        for block in cc_visit(path.read_text("utf-8"))
        if block.complexity > MOST_COMPLEX
    ]


def too_hard_to_maintain(path: Path) -> list[str]:
    """``path`` when its maintainability index is below LEAST_MAINTAINABLE (as radon's ``mi``: docstrings
    count as comments)."""
    index = mi_visit(path.read_text("utf-8"), True)
    if index < LEAST_MAINTAINABLE:
        return [f"{shown(path)} has maintainability index {index:.1f}"]
    return []


@pytest.mark.parametrize("entry", CHECKED)
def test_no_function_is_too_complex(entry: str) -> None:
    assert modules(entry)
    assert [problem for path in modules(entry) for problem in too_complex(path)] == []


@pytest.mark.parametrize("entry", CHECKED)
def test_no_module_is_too_hard_to_maintain(entry: str) -> None:
    assert modules(entry)
    assert [problem for path in modules(entry) for problem in too_hard_to_maintain(path)] == []


def test_an_entry_is_a_directory_or_one_module() -> None:
    assert modules("terminal.py") == [PACKAGE / "terminal.py"]
    assert PACKAGE / "law" / "loading.py" in modules("law") and PACKAGE / "law" / "__init__.py" in modules("law")
    assert modules("no_such_module.py") == []  # an entry that names nothing fails its tests (assert modules(...))


def test_the_measures_find_what_they_are_for(tmp_path: Path) -> None:
    branches = "\n".join(f"    if x == {n}:\n        return {n}" for n in range(MOST_COMPLEX))
    tangled = tmp_path / "tangled.py"
    tangled.write_text(f"def pick(x):\n{branches}\n    return -1\n", "utf-8")
    assert [line.split(" ", 1)[1] for line in too_complex(tangled)] == [f"pick has complexity {MOST_COMPLEX + 1}"]
    sprawling = tmp_path / "sprawling.py"
    sprawling.write_text("\n".join(f"def f{n}(x):\n{branches}\n    return x" for n in range(40)), "utf-8")
    assert too_hard_to_maintain(sprawling)
