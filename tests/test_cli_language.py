"""The command's errors and help in the user's language: --lang, else AZCAL_LANG, else the locale, else az."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import pytest

from azcal import cli
from azcal.text.helptext import HEADINGS, HELP
from azcal.text.messages import LANGUAGES, MESSAGES, REASONS, language, translated

# the common mistakes, and what the error says in each language
MISTAKES = [
    (  # a bad date
        ["day", "2025-02-30"],
        2,
        {
            "az": "istifadə: arqument date: belə tarix yoxdur: '2025-02-30' (ayda bu qədər gün yoxdur)",
            "en": "usage: argument date: not a real date: '2025-02-30' (day is out of range for month)",
            "ru": "использование: аргумент date: такой даты нет: '2025-02-30' (в месяце нет такого дня)",
        },
    ),
    (  # a year out of range
        ["2200"],
        2,
        {
            "az": "arqument year: 2200 ili dəstəklənən 1990-2100 aralığından kənardadır",
            "en": "argument year: year 2200 is outside the supported range 1990-2100",
            "ru": "аргумент year: год 2200 вне поддерживаемого диапазона 1990-2100",
        },
    ),
    (  # a date out of range
        ["day", "2200-01-01"],
        2,
        {
            "az": "2200-01-01 dəstəklənən 1990-01-01 - 2100-12-31 aralığından kənardadır",
            "en": "2200-01-01 is outside the supported range 1990-01-01 to 2100-12-31",
            "ru": "2200-01-01 вне поддерживаемого диапазона с 1990-01-01 по 2100-12-31",
        },
    ),
    (  # a bad number
        ["add", "2025-01-01", "ten"],
        2,
        {
            "az": "arqument N: tam ədəd deyil: 'ten'",
            "en": "argument N: not a whole number: 'ten'",
            "ru": "аргумент N: не целое число: 'ten'",
        },
    ),
    (  # an unknown option
        ["day", "2025-01-01", "--colour"],
        2,
        {
            "az": "naməlum arqumentlər: --colour",
            "en": "unrecognized arguments: --colour",
            "ru": "лишние аргументы: --colour",
        },
    ),
    (  # an unreadable file
        ["day", "2025-01-01", "--rules", "no-such-file.toml"],
        1,
        {
            "az": "no-such-file.toml: faylı oxumaq olmur (belə fayl və ya qovluq yoxdur)",
            "en": "no-such-file.toml: cannot read the file (No such file or directory)",
            "ru": "no-such-file.toml: не удаётся прочитать файл (нет такого файла или каталога)",
        },
    ),
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(("argv", "status", "said"), MISTAKES, ids=lambda v: " ".join(v) if isinstance(v, list) else "")
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_common_mistakes_in_each_language(
    capsys: pytest.CaptureFixture[str], argv: list[str], status: int, said: dict[str, str], lang: str
) -> None:
    got, out, err = run(capsys, *argv, "--lang", lang)
    assert (got, out) == (status, "")
    assert err.startswith("azcal: ") and said[lang] in err and err.count("\n") == 1
    assert "Traceback" not in err


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_bad_lang_is_refused_in_the_language_of_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.setenv("AZCAL_LANG", lang)
    status, _, err = run(capsys, "day", "2025-01-01", "--lang", "de")
    assert status == 2
    choice = {"az": "yolverilməz seçim: 'de'", "en": "invalid choice: 'de'", "ru": "недопустимое значение: 'de'"}
    assert choice[lang] in err


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "az"),
        ({"LANG": "C.UTF-8"}, "az"),
        ({"LANG": "de_DE.UTF-8"}, "az"),  # a language azcal does not speak: Azerbaijani
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "az_AZ.UTF-8"}, "az"),  # LC_MESSAGES before LANG
        ({"LC_MESSAGES": "az_AZ", "LC_ALL": "ru_RU.UTF-8"}, "ru"),  # LC_ALL before both
        ({"LC_ALL": "C", "LANG": "ru_RU.UTF-8"}, "az"),  # the first one set decides, as POSIX has it
        ({"LANG": "ru_RU.UTF-8", "AZCAL_LANG": "en"}, "en"),  # AZCAL_LANG before the locale
        ({"LANG": "ru_RU.UTF-8", "AZCAL_LANG": ""}, "ru"),  # an empty one is not set
    ],
)
def test_the_language_comes_from_the_environment(environ: dict[str, str], expected: str) -> None:
    assert language(None, environ) == expected
    assert language("en", environ) == "en"  # --lang wins


def test_a_bad_azcal_lang_is_one_clear_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AZCAL_LANG", "english")
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    status, out, err = run(capsys, "day", "2025-01-20")
    assert (status, out) == (2, "")
    assert err == "azcal: AZCAL_LANG — не язык azcal: 'english' (выберите az, en, ru)\n"
    assert run(capsys, "day", "2025-01-20", "--lang", "en")[0] == 0  # unused when --lang says it


@pytest.mark.parametrize(
    ("environ", "words"),
    [
        ({"AZCAL_LANG": "ru"}, "нерабочий день"),
        ({"LANG": "en_US.UTF-8"}, "is not a working day"),
        ({"LANG": "C.UTF-8"}, "iş günü deyil"),
        ({"LC_ALL": "ru_RU.UTF-8", "LANG": "en_US.UTF-8"}, "нерабочий день"),
    ],
)
def test_the_output_and_the_errors_follow_the_environment(environ: dict[str, str], words: str) -> None:
    """As a real process started with that environment: the text, then an error, in its language."""
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(Path(cli.__file__).parents[2]), **environ}
    done = subprocess.run([sys.executable, "-m", "azcal", "day", "2025-01-20"], capture_output=True, env=env)
    assert done.returncode == 0 and words in done.stdout.decode()
    bad = subprocess.run([sys.executable, "-m", "azcal", "day", "2025-02-30"], capture_output=True, env=env)
    expected = {"нерабочий день": "такой даты нет", "is not a working day": "not a real date"}.get(
        words, "belə tarix yoxdur"
    )
    assert bad.returncode == 2 and expected in bad.stderr.decode()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_help_in_each_language(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    status, out, _ = run(capsys, "day", "-h", "--lang", lang)
    assert status == 0
    usage = {"az": "istifadə: azcal day", "en": "usage: azcal day", "ru": "использование: azcal day"}[lang]
    end = {"az": "günlər aralığının sonu", "en": "the end of a range of days", "ru": "конец диапазона дней"}[lang]
    assert out.startswith(usage) and end in out


@pytest.mark.parametrize("lang", ["az", "ru"])
def test_the_parser_given_to_others_holds_its_help_in_the_language(lang: str) -> None:
    """cli.parser(lang) is read by tools (completion, documentation) without being printed: its texts are
    in ``lang`` already, though the command itself translates them only when it shows them."""
    parser = cli.parser(lang)
    assert parser.description == HELP["Azerbaijan's working-time calendar."][lang]
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    helps = {c.dest: c.help for c in commands._choices_actions}
    assert helps["is-workday"] == HELP["exit 0 on a working day, 1 on a day off, 2 for bad input (for scripts)"][lang]


def test_every_help_text_and_message_has_az_and_ru() -> None:
    parser = cli.parser("en")
    texts: list[str] = []
    parsers = [parser]
    while parsers:
        each = parsers.pop()
        texts += [t for t in (each.description, each.epilog) if t]
        for action in each._actions:
            texts += [action.help] if action.help else []
            if isinstance(action, argparse._SubParsersAction):
                texts += [c.help for c in action._choices_actions if c.help]
                parsers += action.choices.values()
    missing = sorted({t for t in texts if t not in HELP})
    assert missing == [], missing
    for table in (HELP, HEADINGS, MESSAGES, REASONS):
        for english, said in table.items():
            assert set(said) == {"az", "ru"} and all(said.values()), english
            names = sorted(re.findall(r"\{(\w+)\}", english))
            assert all(sorted(re.findall(r"\{(\w+)\}", text)) == names for text in said.values()), english


def test_what_the_user_typed_is_never_translated() -> None:
    # 'Permission denied' is a reason azcal translates; typed as a date, it stays as typed
    assert translated("not a year: 'Permission denied'", "ru") == "не год: 'Permission denied'"
    assert translated("something azcal does not know", "az") == "something azcal does not know"
