"""The command loads what the command run needs and no more: a script asking ``azcal is-workday`` in a
loop pays for a new process each time (docs/performance.md has the times; here, what is loaded)."""

from __future__ import annotations

import subprocess
import sys

import pytest

# What answering a date never needs: the law's loader and engine (the official calendars are compiled),
# the exports, the service, and the standard modules that cost most to import.
NEVER = (
    "azcal.law.loading",
    "azcal.engine",
    "azcal.compiled.delta",
    "azcal.check",
    "azcal.changed",
    "azcal.exports.formats",
    "azcal.exports.ics",
    "azcal.exports.records",
    "azcal.output",
    "azcal.server",
    "icalendar",
)
LOADED = """
import sys
from azcal.cli import main
status = main(sys.argv[1:])
print(status, *sorted(sys.modules))
"""


def loaded(*words: str) -> tuple[int, set[str]]:
    done = subprocess.run([sys.executable, "-c", LOADED, *words], capture_output=True, text=True, timeout=60)
    status, *modules = done.stdout.strip().splitlines()[-1].split()
    return int(status), set(modules)


@pytest.mark.parametrize(
    ("words", "also_never"),
    [
        (("is-workday", "2025-01-20"), ("azcal.text.words", "azcal.terminal", "azcal.payroll", "json", "dataclasses")),
        (("is-workday", "2025-01-21", "--week", "6"), ("azcal.text.words", "azcal.payroll", "dataclasses")),
        (("day", "2025-01-20"), ("azcal.terminal", "azcal.payroll", "dataclasses", "typing")),
        (("2025-03",), ("azcal.payroll", "dataclasses", "typing")),
        (("2025", "--week", "6"), ("azcal.payroll", "dataclasses", "typing")),
    ],
)
def test_a_command_loads_only_what_it_needs(words: tuple[str, ...], also_never: tuple[str, ...]) -> None:
    status, modules = loaded(*words)
    assert status in (0, 1)
    assert sorted(modules & {*NEVER, *also_never}) == []


def test_a_command_that_needs_more_loads_it_when_it_runs() -> None:
    """The table of commands names every command's function; what each does is loaded when it runs."""
    status, modules = loaded("ics", "2025", "-o", "/dev/null/az.ics")  # a file that cannot be written
    assert status == 1 and {"azcal.exports.ics", "azcal.output"} <= modules
