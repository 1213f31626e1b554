"""The command loads what the command run needs and no more: a script asking ``azcal is-workday`` in a
loop pays for a new process each time (docs/performance.md has the times; here, what is loaded)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from azcal import LANGUAGES
from azcal.cli import parser
from azcal.cli.arguments import UsageError
from azcal.cli.commands import TABLE
from azcal.cli.reading import _plain

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
        (
            ("is-workday", "2025-01-20"),
            ("azcal.text.words", "azcal.terminal", "azcal.payroll", "json", "dataclasses", "argparse", "re"),
        ),
        (
            ("is-workday", "2025-01-21", "--week", "6", "--lang", "az"),  # argparse reads it; no help is shown
            ("azcal.text.words", "azcal.payroll", "dataclasses", "azcal.text.helptext"),
        ),
        (("day", "2025-01-20"), ("azcal.terminal", "azcal.payroll", "dataclasses", "typing", "argparse")),
        (("2025-03",), ("azcal.payroll", "dataclasses", "typing", "argparse")),
        (("2025", "--week", "6"), ("azcal.payroll", "dataclasses", "typing", "calendar")),
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


# -- a plain command line, read without argparse ----------------------------------------------------------

VALUES = (
    "2025-01-20", "20.01.2025", "2025-02-30", "31.02.2025", "2025", "1989", "2101", "2025-03", "2025-Q1",
    "2025-2027", "10", "0", "+3", "٢٠٢٥", "²", "", " ", "abc", "bash", "zsh", "x.toml", "2025-13", "1.5",
)  # fmt: skip


@given(
    command=st.sampled_from(sorted(TABLE)),
    values=st.lists(st.sampled_from(VALUES) | st.text(max_size=12).filter(lambda w: not w.startswith("-")), max_size=3),
    lang=st.sampled_from(LANGUAGES),
)
@settings(max_examples=400, deadline=None)
def test_a_plain_command_line_reads_as_argparse_reads_it(command: str, values: list[str], lang: str) -> None:
    """The command and its values with no option are read from the table, as argparse reads them; a line
    argparse would refuse is left to argparse, which says why."""
    words = [command, *values]
    plain = _plain(words, TABLE[command], lang)
    try:
        expected = parser(lang, command).parse_args(words)
    except UsageError:
        assert plain is None
        return
    assert plain is None or vars(plain) == vars(expected)


@pytest.mark.parametrize(
    "words",
    [["is-workday", "2025-01-20"], ["day", "2025-01-20"], ["day", "2025-01-20", "2025-02-01"], ["year"],
     ["year", "2025"], ["month", "2025-03"], ["add", "2025-01-20", "10"], ["workdays", "2025-Q1"], ["today"],
     ["leave", "2025-07-01", "21"], ["norms", "2026"], ["completion", "fish"]],
)  # fmt: skip
def test_what_scripts_and_people_type_most_is_read_without_argparse(words: list[str]) -> None:
    read = _plain(words, TABLE[words[0]], "en")
    assert read is not None and vars(read) == vars(parser("en", words[0]).parse_args(words))
