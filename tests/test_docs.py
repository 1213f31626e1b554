"""Every example in the README and docs/ runs, and the output it shows is the output it gives.

A document's blocks run in order, from the repository's root, as a reader who followed the README would
run them: in a fresh folder whose entries are the root's own (linked), so that every path a document names
(``docs/examples/company.toml``) is the file in the repository, and the files the examples write stay
out of the working tree:
- ```python blocks are doctests (``>>>``), sharing one namespace per document; a block without prompts
  runs as a script;
- ```console blocks are ``$ azcal ...`` commands, each followed by the output it must print (``...``
  stands for text left out);
- ```sh blocks: each ``azcal`` line runs and must succeed (set-up lines such as ``pip`` are the README's
  commands, which CI runs as written);
- ```toml blocks are rules files: each must pass ``azcal check``. A block right after a
  ``<!-- file: NAME -->`` line shows docs/examples/NAME, and must be that file as it is.
"""

from __future__ import annotations

import argparse
import contextlib
import doctest
import io
import re
import shlex
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

import azcal
from azcal import cli
from azcal.exports.ics import INCLUDE
from azcal.law.loading import LAW_KEYS

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
EXAMPLES = ROOT / "docs" / "examples"  # files the examples use, such as company.toml, named from the root
FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})\s*(.*?)\s*$")  # indented, ``` or ~~~, any info string
FILE_NAME = re.compile(r"^<!-- file: (\S+) -->$")
SET_UP = ("python3 ", "pip ", ".venv/bin/pip ", "npm ", "cd ", "apt-get ", "sudo ")


@dataclass
class Block:
    lang: str
    text: str
    line: int  # of the first line inside the fence
    file_name: str | None


def blocks(path: Path) -> list[Block]:
    """Every fenced block, however it is fenced; a fence left open is an error, not a block skipped."""
    found, lines = [], path.read_text("utf-8").splitlines()
    n = 0
    while n < len(lines):
        opening = FENCE.match(lines[n])
        if not opening:
            n += 1
            continue
        indent, fence, info = opening.groups()
        closing = re.compile(rf"^\s*{re.escape(fence[0])}{{{len(fence)},}}\s*$")
        end = next((i for i in range(n + 1, len(lines)) if closing.match(lines[i])), None)
        assert end is not None, f"{path.name}:{n + 1}: a code block is never closed"
        body = [line.removeprefix(indent) for line in lines[n + 1 : end]]
        named = FILE_NAME.match(lines[n - 1].strip()) if n else None
        lang = info.split()[0] if info else ""
        found.append(Block(lang, "\n".join(body) + "\n", n + 2, named[1] if named else None))
        n = end + 1
    return found


def run_azcal(argv: list[str]) -> tuple[int, str]:
    """The command in-process, its standard output and error as one text, as a terminal shows them."""
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8", newline="")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        status = cli.main(argv)
    out.flush()
    return status, raw.getvalue().decode("utf-8")


def check_console(block: Block, where: str) -> None:
    commands: list[tuple[str, list[str]]] = []
    for line in block.text.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        else:
            assert commands, f"{where}: a console block starts with '$ azcal ...'"
            commands[-1][1].append(line)
    checker = doctest.OutputChecker()
    for command, shown in commands:
        argv = shlex.split(command, comments=True)
        assert argv[0] == "azcal", f"{where}: only azcal commands run here: {command}"
        status, got = run_azcal(argv[1:])
        want = "\n".join(shown).rstrip() + "\n"
        printed = "\n".join(line.rstrip() for line in got.splitlines()) + "\n"
        assert checker.check_output(want, printed, doctest.ELLIPSIS), (
            f"{where}: $ {command}\n--- shown ---\n{want}--- printed (status {status}) ---\n{printed}"
        )


def check_sh(block: Block, where: str) -> None:
    for line in block.text.splitlines():
        command = line.strip()
        if not command or command.startswith("#") or command.startswith(SET_UP):
            continue
        argv = shlex.split(command, comments=True)
        env = [a for a in argv if re.fullmatch(r"[A-Z_]+=\S*", a)]
        argv = argv[len(env) :]
        assert argv and argv[0] == "azcal", f"{where}: not an azcal command: {command}"
        with pytest.MonkeyPatch.context() as patch:
            for assignment in env:
                name, _, value = assignment.partition("=")
                patch.setenv(name, value)
            status, got = run_azcal(argv[1:])
        assert status == 0, f"{where}: {command} exited {status}: {got}"


def check_python(block: Block, where: str, globs: dict[str, object], name: str) -> None:
    if ">>>" not in block.text:
        exec(compile(block.text, where, "exec"), globs)  # a script: it runs, and nothing it shows goes unchecked
        return
    parser = doctest.DocTestParser()
    prose = [part for part in parser.parse(block.text) if isinstance(part, str) and part.strip()]
    assert not prose, f"{where}: lines that are neither an example nor its output: {prose}"
    test = parser.get_doctest(block.text, globs, name, where, block.line - 1)
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test, out=report.write, clear_globs=False)
    globs.update(test.globs)  # a DocTest runs on a copy: keep what it defined for the next block
    assert runner.failures == 0, report.getvalue()


def check_doc(doc: Path, folder: Path) -> None:
    """Run a document's blocks in order, in ``folder`` (the current directory), as a reader would."""
    globs: dict[str, object] = {"__name__": "__docs__"}
    for block in blocks(doc):
        where = f"{doc.name}:{block.line}"
        if block.lang == "python":
            check_python(block, where, globs, doc.name)
        elif block.lang == "console":
            check_console(block, where)
        elif block.lang == "sh":
            check_sh(block, where)
        elif block.lang == "toml":
            if block.file_name:
                assert block.text == (EXAMPLES / block.file_name).read_text("utf-8"), f"{where}: not as in examples/"
            rules = folder / "shown.toml"
            rules.write_text(block.text, encoding="utf-8")
            assert azcal.check_rules(rules) == [], where
        else:  # a diagram or a listing; anything that looks runnable must say what it is
            assert block.lang == "", f"{where}: no check for ```{block.lang} blocks"
            assert ">>>" not in block.text and "$ azcal" not in block.text, f"{where}: an example with no language"


@pytest.fixture
def reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The repository's root as a reader has it, with a fixed stamp for iCalendar files, no NO_COLOR and
    no language chosen (the command's default, Azerbaijani)."""
    for entry in ROOT.iterdir():
        if not entry.name.startswith("."):
            (tmp_path / entry.name).symlink_to(entry)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_example_runs_and_shows_what_it_prints(doc: Path, reader: Path) -> None:
    check_doc(doc, reader)


def test_the_examples_run_from_the_root_and_name_company_toml_from_there() -> None:
    """A reader in the repository's root runs the examples as written: company.toml is docs/examples/'s."""
    for doc in DOCS:
        for block in blocks(doc):
            bare = re.findall(r"(?<![/\w-])company\.toml", block.text)
            assert not bare, f"{doc.name}:{block.line}: name docs/examples/company.toml, as from the root"


def test_the_docs_have_examples_of_every_kind() -> None:
    langs = {b.lang for doc in DOCS for b in blocks(doc)}
    assert {"python", "console", "sh", "toml"} <= langs


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("```python\n>>> 1\n1\n", "never closed"),
        ("- a list item:\n\n  ```python\n  >>> 1 + 1\n  3\n  ```\n", "Expected"),
        ("~~~python\n>>> 1 + 1\n3\n~~~\n", "Expected"),
        ("```python title=x\n>>> 1 + 1\n3\n```\n", "Expected"),
        ("```\n>>> 1 + 1\n2\n```\n", "no language"),
        ("```python\n>>> x = 1\n\nassert x == 2\n```\n", "neither an example"),
    ],
)
def test_an_example_cannot_hide_from_the_checks(text: str, message: str, tmp_path: Path, reader: Path) -> None:
    doc = tmp_path / "hidden.md"
    doc.write_text(text, encoding="utf-8")
    with pytest.raises(AssertionError, match=message):
        check_doc(doc, reader)


def test_a_wrong_example_is_caught(tmp_path: Path) -> None:
    doc = tmp_path / "wrong.md"
    doc.write_text(
        "```python\n>>> azcal.is_workday('2025-01-20')\nTrue\n```\n\n"
        "```console\n$ azcal workdays 2025-01-01 2026-01-01\n240\n```\n",
        encoding="utf-8",
    )
    python, console = blocks(doc)
    with pytest.raises(AssertionError, match=r"Expected:\s+True\s+Got:\s+False"):
        check_python(python, "wrong.md:2", {"azcal": azcal}, "wrong.md")
    with pytest.raises(AssertionError, match="printed"):
        check_console(console, "wrong.md:7")


def holiday_rows() -> list[str]:
    """The holidays table of docs/provenance.md as the data says it must read."""
    rows = []
    for key, holiday in azcal.Calendar().rules.holidays.items():
        for p in holiday.periods:
            days = f"`{p.lunar}`, {p.days} day{'s' if p.days > 1 else ''}" if p.lunar else ""
            dates = days or ", ".join(f"{month:02}-{day:02}" for month, day in p.dates)
            years = f"{p.first}–{p.last or ''}"
            rows.append(f"| `{key}` | {p.names['en']} | {dates} | {years} | `{p.category.value}` | {p.basis} |")
    return rows


def test_the_provenance_table_is_the_data() -> None:
    text = (ROOT / "docs" / "provenance.md").read_text("utf-8")
    table = [line for line in text.splitlines() if re.match(r"^\| `[a-z_]+` \| [A-Z]", line)]
    assert table == holiday_rows()
    for value in [*azcal.Kind, *azcal.Rule, *azcal.Category]:
        assert f"`{value}`" in text, value
    for key in LAW_KEYS:
        assert f"[law.{key}]" in text, key


def test_every_field_the_data_uses_is_documented() -> None:
    text = (ROOT / "docs" / "rules-files.md").read_text("utf-8")
    fields: set[str] = set()

    def collect(value: object) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                fields.add(key)
                collect(inner)
        elif isinstance(value, list):
            for inner in value:
                collect(inner)

    folder = ROOT / "src" / "azcal" / "law" / "data"
    for path in [folder / "holidays.toml", *sorted((folder / "decisions").glob("*.toml"))]:
        data = tomllib.loads(path.read_text("utf-8"))
        for table in data.get("holiday", {}).values():
            collect({k: v for k, v in table.items() if k != "names"})
        collect(data.get("law", {}) and {k: v for law in data["law"].values() for k, v in law.items()})
        collect(data.get("record", []))
        collect(data.get("decision", []))
        collect(data.get("inferred", []))
    fields -= set(azcal.LANGUAGES)
    prose = re.sub(r"^```.*?^```$", "", text, flags=re.M | re.S)
    spans = " ".join(re.findall(r"`([^`\n]+)`", prose))  # a field is named in code: `years = [first]`
    missing = sorted(f for f in fields if not re.search(rf"\b{f}\b", spans))
    assert missing == [], ", ".join(missing)


def test_the_command_reference_names_every_command_and_option() -> None:
    text = (ROOT / "docs" / "cli.md").read_text("utf-8")
    parser = cli.parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(commands.choices) == set(cli.COMMANDS)
    for name, command in commands.choices.items():
        assert f"## `azcal {name}" in text, name
        for action in command._actions:
            for option in action.option_strings:
                if option not in ("-h", "--help"):
                    assert re.search(rf"[`/ ]{option}\b", text), (name, option)
    for kind in INCLUDE:
        assert f"`{kind}`" in text, kind
