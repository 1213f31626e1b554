"""The public API's shape: one name per thing, names that say which end of a range they are, and every old
name still answering as before, with a DeprecationWarning that names its replacement and points at the caller."""

from __future__ import annotations

import datetime as dt
import inspect
import json
import os
import re
import subprocess
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest

import azcal
from conftest import COMPANY, write

HERE = __file__


def warned(ask: Callable[[], object], replacement: str) -> object:
    """What ``ask`` gives, checking that it warns once, naming ``replacement``, and blames this file."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        answer = ask()
    deprecations = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert len(deprecations) == 1, [str(w.message) for w in caught]
    assert replacement in str(deprecations[0].message)
    assert deprecations[0].filename == HERE  # the caller's line, not azcal's
    return answer


# -- a break's days: start and last_day, both days off -------------------------------------------------


def test_a_break_runs_from_start_to_its_last_day() -> None:
    # the Day of National Mourning on a Monday after the weekend, and Novruz with Ramazan (sources.md S29)
    runs = {(run.start, run.last_day, run.length) for run in azcal.year(2025).breaks()}
    assert (dt.date(2025, 1, 18), dt.date(2025, 1, 20), 3) in runs
    assert (dt.date(2025, 3, 20), dt.date(2025, 3, 31), 12) in runs


def test_a_breaks_last_day_is_off_and_the_day_after_is_worked() -> None:
    for run in azcal.year(2026).breaks():
        assert not azcal.is_workday(run.last_day)
        assert azcal.is_workday(run.last_day + dt.timedelta(days=1))
        assert (run.last_day - run.start).days + 1 == run.length


def test_break_end_still_answers_and_names_last_day() -> None:
    for run in azcal.year(2025).breaks():
        assert warned(lambda run=run: run.end, "Break.last_day") == run.last_day  # type: ignore[misc]


def test_a_break_is_shown_as_before() -> None:
    run = next(run for run in azcal.year(2025).breaks() if run.start == dt.date(2025, 1, 18))
    assert str(run) == "2025-01-18 – 2025-01-20 (3 days)"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # showing a break uses no deprecated name
        assert repr(run).startswith("Break(days=(Day(datetime.date(2025, 1, 18), ")


# -- Calendar.with_rules takes the week as Calendar does ------------------------------------------------


def test_with_rules_takes_the_week(tmp_path: Path) -> None:
    rules = write(tmp_path, COMPANY)
    six = azcal.Calendar.with_rules(rules, week=6)
    assert six is azcal.Calendar(rules=[rules], week=6)  # one calendar per definition
    assert six.week == 6 and six.rule_files == (str(rules),)
    assert azcal.Calendar.with_rules(rules).week == 5
    # the company's own day off (docs/examples/company.toml), and a Saturday worked in the six-day week alone
    assert not six.is_workday("2020-09-15")
    assert six.is_workday("2025-03-01") and not azcal.Calendar.with_rules(rules).is_workday("2025-03-01")


def test_with_rules_refuses_a_week_as_calendar_does(tmp_path: Path) -> None:
    rules = write(tmp_path, COMPANY)
    with pytest.raises(azcal.InvalidArgumentError, match="week must be 5 or 6"):
        azcal.Calendar.with_rules(rules, week=7)
    with pytest.raises(azcal.ArgumentTypeError, match="week must be 5 or 6"):
        azcal.Calendar.with_rules(rules, week="6")  # type: ignore[arg-type]


# -- one way to the official calendar: azcal.Calendar() ---------------------------------------------------


def test_the_official_calendar_is_calendar_with_nothing_added() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        official = azcal.Calendar()
        assert official.is_official and official.week == 5
        assert azcal.Calendar(week=6).is_official and azcal.Calendar(week=6).week == 6
        assert official.data_version == azcal.DATA_VERSION
        # the module's functions answer from it (sources.md S29: 2025 has 239 workdays in the five-day week)
        assert azcal.workdays_between("2025-01-01", "2026-01-01") == official.workdays_between(
            "2025-01-01", "2026-01-01"
        )
        assert official.workdays_between("2025-01-01", "2026-01-01") == 239


def test_azcal_official_still_answers_and_names_calendar() -> None:
    official = warned(lambda: azcal.official, "azcal.Calendar()")
    assert callable(official)
    assert official() is azcal.Calendar()  # type: ignore[operator]
    assert official(6) is azcal.Calendar(week=6)  # type: ignore[operator]
    assert official(week=6) is azcal.Calendar(week=6)  # type: ignore[operator]


def test_importing_official_warns_too() -> None:
    def imported() -> object:
        from azcal import official

        return official

    assert warned(imported, "azcal.Calendar()")() is azcal.Calendar()  # type: ignore[operator]


def test_official_has_left_the_public_names() -> None:
    assert "official" not in azcal.__all__ and "official" not in dir(azcal)


# -- the language is `lang`, except where holidays' own parameters are mirrored ----------------------------


def public_callables() -> dict[str, Callable[..., object]]:
    """Every public function and method: the names in azcal.__all__, their methods, azcal.arrays."""
    import azcal.arrays

    found: dict[str, Callable[..., object]] = {}
    for name in azcal.__all__:
        value = getattr(azcal, name)
        if inspect.isfunction(value):
            found[f"azcal.{name}"] = value
        elif inspect.isclass(value):
            for attr, member in vars(value).items():
                if inspect.isfunction(member) and (not attr.startswith("_") or attr in ("__new__", "__init__")):
                    found[f"azcal.{name}.{attr}"] = member
                elif isinstance(member, classmethod | staticmethod):
                    found[f"azcal.{name}.{attr}"] = member.__func__
    for name in azcal.arrays.__all__:
        found[f"azcal.arrays.{name}"] = getattr(azcal.arrays, name)
    return found


def test_every_language_parameter_is_lang_but_as_holidays() -> None:
    callables = public_callables()
    assert {"azcal.to_ics", "azcal.export", "azcal.Names.name", "azcal.Observance.name"} <= set(callables)
    named = {
        (label, parameter)
        for label, function in callables.items()
        for parameter in inspect.signature(function).parameters
        if parameter in ("lang", "language", "locale", "lng", "languages")
    }
    assert {label for label, parameter in named if parameter != "lang"} == {"azcal.as_holidays"}
    assert {label for label, parameter in named if parameter == "lang"} >= {"azcal.to_ics", "azcal.export"}
    assert "lang" in (azcal.as_holidays.__doc__ or "")  # the exception says why it is one


# -- internals are not public names ------------------------------------------------------------------------


def test_day_facts_has_left_the_public_names_and_warns() -> None:
    from azcal.model import DayFacts

    assert "DayFacts" not in azcal.__all__ and "DayFacts" not in dir(azcal)
    assert warned(lambda: azcal.DayFacts, "Day's own fields") is DayFacts
    day = azcal.day("2026-03-27")
    facts = warned(lambda: day.facts, "Day's own fields")
    assert isinstance(facts, DayFacts) and facts.kind is day.kind and facts.reason == day.reason


def test_a_day_is_shown_as_before() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        shown = repr(azcal.day("2025-01-06"))
    assert shown.startswith("Day(datetime.date(2025, 1, 6), DayFacts(kind=<Kind.WORKDAY: 'workday'>, hours=8, ")


# -- every module path the docs name imports ------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]
# dotted words in the docs that are no Python path: the Parquet file's metadata keys, a completion file
NOT_PYTHON = {"azcal.week", "azcal.data_version", "azcal.fish"}
RESOLVE = """
import importlib, json, sys, warnings
warnings.simplefilter("ignore", DeprecationWarning)  # the reference names the deprecated ones too
failed = []
for name in json.loads(sys.argv[1]):
    parts = name.split(".")
    for cut in range(len(parts), 0, -1):  # the longest prefix that is a module, imported as `import` does
        try:
            value = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        try:
            for attribute in parts[cut:]:
                value = getattr(value, attribute)
        except AttributeError:
            failed.append(name)
        break
    else:
        failed.append(name)
print(json.dumps(failed))
"""


def documented_names() -> set[str]:
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    pattern = re.compile(r"(?<![\w./-])azcal(?:\.[A-Za-z_]\w*)+")
    return {name for page in pages for name in pattern.findall(page.read_text("utf-8"))} - NOT_PYTHON


@pytest.mark.slow
def test_every_module_path_the_docs_name_imports() -> None:
    names = documented_names()
    assert {"azcal.arrays", "azcal.compiled", "azcal.output", "azcal.server", "azcal.Calendar.with_rules"} <= names
    # a new process, so that `import azcal.arrays` runs as a user's first import does
    done = subprocess.run(
        [sys.executable, "-c", RESOLVE, json.dumps(sorted(names))],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert json.loads(done.stdout) == []


def test_import_azcal_arrays_as_the_first_import() -> None:
    script = "import azcal.arrays; print(azcal.arrays.workdays_between(['2025-01-01'], ['2026-01-01']).tolist())"
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert done.stdout.strip() == "[239]"  # 2025's workdays (sources.md S29)


# -- the rule: a question of one calendar is a method; the module asks the official calendar ------------

# what is about no one calendar: two calendars as known on two dates, a file, the data in use
ABOUT_NO_ONE_CALENDAR = {"changes", "check_rules", "reload_data"}


def module_functions() -> dict[str, Callable[..., object]]:
    return {name: getattr(azcal, name) for name in azcal.__all__ if inspect.isfunction(getattr(azcal, name))}


def parameters(function: Callable[..., object]) -> list[tuple[str, object, object]]:
    """Each parameter's name, kind and default (annotations are text, spelled by each module)."""
    found = inspect.signature(function).parameters.values()
    return [(p.name, p.kind, p.default) for p in found if p.name not in ("self", "cls")]


def test_every_module_function_follows_the_rule() -> None:
    functions = module_functions()
    shortcuts = {name for name in functions if inspect.isfunction(getattr(azcal.Calendar, name, None))}
    made_from_a_calendar = {name for name, f in functions.items() if "calendar" in inspect.signature(f).parameters}
    assert shortcuts >= {"day", "is_workday", "add_workdays", "workdays_between", "working_hours", "year"}
    assert made_from_a_calendar == {"to_ics", "export", "as_holidays"}
    assert set(functions) - shortcuts - made_from_a_calendar == ABOUT_NO_ONE_CALENDAR


def test_a_shortcut_has_its_methods_parameters() -> None:
    for name, function in module_functions().items():
        method = getattr(azcal.Calendar, name, None)
        if inspect.isfunction(method):
            assert parameters(function) == parameters(method), name


def test_a_shortcut_asks_the_official_calendar() -> None:
    official = azcal.Calendar()
    for date in ("2025-01-20", "2025-06-21", "2026-03-27", "2100-12-31"):
        assert azcal.day(date) == official.day(date)
        assert azcal.is_workday(date) == official.is_workday(date)
    assert azcal.next_workday("2025-12-30") == official.next_workday("2025-12-30")
    assert azcal.previous_workday("2026-01-05") == official.previous_workday("2026-01-05")
    assert azcal.add_workdays("2025-03-22", 2, roll="preceding") == official.add_workdays("2025-03-22", 2, "preceding")
    assert azcal.working_hours("2026-01-01", "2026-02-01", 36) == official.working_hours("2026-01-01", "2026-02-01", 36)
    assert azcal.leave_end("2026-03-16", 21) == official.leave_end("2026-03-16", 21)
    assert azcal.year(year=2026).days == official.year(2026).days


def test_year_y_still_answers_and_names_year() -> None:
    """azcal.year's parameter was called y: a call by that name warns and gives the same year."""
    found = warned(lambda: azcal.year(y=2026), "azcal.year(year=...)")
    assert isinstance(found, azcal.Year) and found.days == azcal.Calendar().year(2026).days


def test_the_files_take_a_calendar(tmp_path: Path) -> None:
    company = azcal.Calendar.with_rules(write(tmp_path, COMPANY))
    assert azcal.export(2025, "csv", calendar=company) != azcal.export(2025, "csv")
    assert azcal.export(2025, "csv", calendar=azcal.Calendar()) == azcal.export(2025, "csv")


# -- each argument is checked once: the same message from every function that takes it --------------------


def message(ask: Callable[[], object], error: type[Exception]) -> str:
    with pytest.raises(error) as raised:
        ask()
    return str(raised.value)


def test_a_language_is_refused_alike_everywhere() -> None:
    wanted = "unknown language 'de'; choose one of az, en, ru"
    asks = [
        lambda: azcal.to_ics(2025, "de"),
        lambda: azcal.export(2025, "csv", "de"),
        lambda: azcal.export(2025, "json", "de"),
        lambda: azcal.day("2025-01-20").observances[0].name("de"),
    ]
    assert [message(ask, azcal.InvalidArgumentError) for ask in asks] == [wanted] * len(asks)
    holidays_wanted = "unknown language 'de'; choose one of az, en, en_US, ru"  # holidays' own codes too
    assert message(lambda: azcal.as_holidays(2025, language="de"), azcal.InvalidArgumentError) == holidays_wanted


def test_a_calendar_is_refused_alike_everywhere() -> None:
    wanted = "calendar must be an azcal.Calendar, got str"
    asks = [
        lambda: azcal.to_ics(2025, calendar="official"),  # type: ignore[arg-type]
        lambda: azcal.export(2025, calendar="official"),  # type: ignore[arg-type]
        lambda: azcal.as_holidays(2025, calendar="official"),  # type: ignore[arg-type]
    ]
    assert [message(ask, azcal.ArgumentTypeError) for ask in asks] == [wanted] * len(asks)


def test_a_week_is_refused_alike_everywhere(tmp_path: Path) -> None:
    rules = write(tmp_path, COMPANY)
    asks = [
        lambda: azcal.Calendar(week=7),
        lambda: azcal.Calendar.with_rules(rules, week=7),
        lambda: azcal.Calendar().for_week(7),
        lambda: azcal.changes("2025-01-01", week=7),
    ]
    wanted = "week must be 5 or 6 (working days a week), got 7"
    assert [message(ask, azcal.InvalidArgumentError) for ask in asks] == [wanted] * len(asks)


def test_whole_numbers_are_not_bools() -> None:
    assert message(lambda: azcal.year(True), azcal.DateTypeError) == "expected a year as an int, got bool: True"
    assert (
        message(lambda: azcal.add_workdays("2025-01-06", True), azcal.ArgumentTypeError)
        == "n must be a whole number of workdays, got bool: True"
    )
    assert (
        message(lambda: azcal.leave_end("2025-01-06", True), azcal.ArgumentTypeError)
        == "days must be a whole number of calendar days, got bool: True"
    )
    assert (
        message(lambda: azcal.working_hours("2025-01-01", "2025-02-01", True), azcal.ArgumentTypeError)
        == "week_hours must be 40, 36 or 24, got bool: True"
    )


def test_the_docstring_examples_run() -> None:
    import doctest

    import azcal.arrays
    import azcal.calendars

    for module in (azcal, azcal.calendars, azcal.arrays):
        failed, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
        assert tried and not failed, module.__name__
