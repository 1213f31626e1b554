"""Shell completion, generated from the command's parser: the shipped scripts are what the parser gives
now, and bash, given the script, completes commands and options."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from azcal.cli import main
from azcal.completion import REGENERATE, SHELLS, script
from azcal.completion.__main__ import generate


@pytest.mark.parametrize("shell", SHELLS)
def test_the_shipped_scripts_are_what_the_parser_gives(shell: str) -> None:
    assert script(shell) == generate(shell), f"the {shell} completion is out of date: run {REGENERATE}"


@pytest.mark.parametrize("shell", SHELLS)
def test_the_command_prints_them(shell: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["completion", shell]) == 0
    assert capsys.readouterr().out == script(shell) + ("" if script(shell).endswith("\n") else "\n")


def complete_in_bash(tmp_path: Path, *words: str) -> list[str]:
    """What bash offers for the last of ``words``, with azcal's completion loaded."""
    (tmp_path / "azcal.bash").write_text(script("bash"), "utf-8")
    line = " ".join(words)
    program = f"""
source {tmp_path / "azcal.bash"}
COMP_WORDS=({line}); COMP_CWORD={len(words) - 1}; COMP_LINE="{line}"; COMP_POINT=${{#COMP_LINE}}
_shtab_azcal azcal "{words[-1]}" "{words[-2]}"
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    done = subprocess.run(["bash", "-c", program], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_bash_completes_commands_and_their_options(tmp_path: Path) -> None:
    assert "is-workday" in complete_in_bash(tmp_path, "azcal", "is-")
    assert set(complete_in_bash(tmp_path, "azcal", "export", "--f")) == {"--format"}
    assert {"csv", "json", "xlsx", "xmlcalendar"} <= set(complete_in_bash(tmp_path, "azcal", "export", "--format", ""))


def test_bash_offers_files_where_a_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "rules.toml").write_text("", "utf-8")
    offered = complete_in_bash(tmp_path, "azcal", "check", str(tmp_path / "ru"))
    assert offered == [str(tmp_path / "rules.toml")]
    assert str(tmp_path / "rules.toml") in complete_in_bash(tmp_path, "azcal", "year", "--rules", str(tmp_path / "ru"))


def test_fish_knows_every_command() -> None:
    fish = script("fish")
    for command in ("year", "month", "today", "is-workday", "export", "serve", "completion"):
        assert f" -a {command} " in fish
    assert "-a 'bash zsh fish'" in fish and "-l week-hours -x -a '40 36 24'" in fish
