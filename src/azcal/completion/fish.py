"""A fish completion script from an argparse parser with subcommands (shtab writes bash and zsh only)."""

from __future__ import annotations

import argparse
import shlex


def fish_script(parser: argparse.ArgumentParser) -> str:
    """``complete`` lines for ``parser``'s options and for each subcommand's options and choices."""
    prog = parser.prog
    commands, summaries = _subcommands(parser)
    lines = [f"# fish completion for {prog}, generated from its parser", f"complete -c {prog} -f"]
    no_command = f"not __fish_seen_subcommand_from {' '.join(commands)}"
    for action in parser._actions:
        lines += _option_lines(prog, action, f"-n {shlex.quote(no_command)}")
    for name, sub in commands.items():
        summary = summaries.get(name) or ""
        lines.append(f"complete -c {prog} -n {shlex.quote(no_command)} -a {name} -d {shlex.quote(summary)}")
        for action in sub._actions:
            lines += _option_lines(prog, action, f"-n {shlex.quote(f'__fish_seen_subcommand_from {name}')}")
    return "\n".join(lines) + "\n"


def _subcommands(parser: argparse.ArgumentParser) -> tuple[dict[str, argparse.ArgumentParser], dict[str, str]]:
    """Each subcommand's parser, and its one-line help (argparse keeps no public way to either)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices), {a.dest: a.help or "" for a in action._choices_actions}
    return {}, {}


def _option_lines(prog: str, action: argparse.Action, condition: str) -> list[str]:
    if action.help == argparse.SUPPRESS:
        return []
    if not action.option_strings:  # a positional argument: its choices, or file names
        if isinstance(action, argparse._SubParsersAction):
            return []
        if action.metavar == "FILE":
            return [f"complete -c {prog} {condition} -F"]
        if not action.choices:
            return []
        return [f"complete -c {prog} {condition} -a {shlex.quote(' '.join(map(str, action.choices)))}"]
    flags = []
    for option in action.option_strings:
        flags.append(f"-l {option[2:]}" if option.startswith("--") else f"-s {option[1:]}")
    extra = ""
    if action.choices:
        extra = f" -x -a {shlex.quote(' '.join(map(str, action.choices)))}"
    elif action.nargs != 0 and action.metavar in ("FILE",):
        extra = " -r -F"
    elif action.nargs != 0:
        extra = " -x"
    description = shlex.quote((action.help or "").replace("%%", "%"))
    return [f"complete -c {prog} {condition} {' '.join(flags)}{extra} -d {description}"]
