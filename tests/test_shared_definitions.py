"""One calendar per definition: equal definitions give the same read-only calendar, whichever thread
asks; a different definition, or the data read anew, is compiled on its own."""

from __future__ import annotations

import datetime as dt
import pickle
import threading
import time
from pathlib import Path

import pytest

import azcal
from conftest import COMPANY, write


def test_equal_definitions_share_one_compile(tmp_path: Path) -> None:
    first, second = azcal.Calendar(as_of="2022-06-30"), azcal.Calendar(as_of=dt.date(2022, 6, 30))
    assert first is second and first.compiled is second.compiled
    assert azcal.Calendar() is azcal.Calendar() and azcal.Calendar(week=6) is azcal.Calendar(week=6)
    assert azcal.Calendar(as_of="2022-06-29").compiled is not first.compiled
    assert azcal.Calendar(as_of="2022-06-30", week=6).compiled is not first.compiled
    # a rules file is its contents: the same text under two names is one definition
    a, b = write(tmp_path, COMPANY, "a.toml"), write(tmp_path, COMPANY, "b.toml")
    assert azcal.Calendar.with_rules(a).compiled is not azcal.Calendar.with_rules(b).compiled  # names differ
    assert azcal.Calendar.with_rules(a) is azcal.Calendar.with_rules(a) is azcal.Calendar(rules=[str(a)])
    # pickled and unpickled, or asked for through its twin of the other week: still the one calendar
    assert pickle.loads(pickle.dumps(first)) is first
    assert first.for_week(6).for_week(5) is first and first.for_week(6) is azcal.Calendar(as_of="2022-06-30", week=6)


def test_a_changed_rules_file_is_compiled_anew(tmp_path: Path) -> None:
    path = write(tmp_path, COMPANY)
    before = azcal.Calendar.with_rules(path)
    path.write_text(COMPANY.replace("2025-04-04", "2025-04-03"), "utf-8")
    after = azcal.Calendar.with_rules(path)
    assert after is not before and after.compiled is not before.compiled
    assert (before.is_workday("2025-04-04"), after.is_workday("2025-04-04")) == (False, True)


def test_many_threads_get_one_compile() -> None:
    made: list[azcal.Calendar] = []
    lock = threading.Lock()

    def make() -> None:
        calendar = azcal.Calendar(as_of="2019-03-31")
        with lock:
            made.append(calendar)

    threads = [threading.Thread(target=make) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(made) == 16 and len({id(c) for c in made}) == 1
    assert made[0].year(2019).workdays == azcal.Calendar(as_of="2019-03-31").year(2019).workdays


def test_reloaded_data_gives_new_calendars() -> None:
    before = azcal.Calendar(as_of="2021-03-31")
    azcal.reload_data()  # the same files read anew: a new state of the data, so nothing of the old is served
    after = azcal.Calendar(as_of="2021-03-31")
    assert after is not before and after.compiled is not before.compiled
    assert after is azcal.Calendar(as_of="2021-03-31")
    assert [d.kind for d in after.year(2021)] == [d.kind for d in before.year(2021)]


def test_a_calendar_made_before_is_found_while_another_compiles(tmp_path: Path) -> None:
    """Asking for a definition compiled before does not wait for the compile of another under way (which
    holds the lock that makes calendars), whether by its date or by a rules file."""
    from azcal.forksafe import MAKING

    rules = write(tmp_path, COMPANY)
    made = azcal.Calendar(as_of="2021-06-30"), azcal.Calendar(rules=rules)
    holding, release = threading.Event(), threading.Event()

    def compiling() -> None:  # a long compile of another definition, in another thread
        with MAKING:
            holding.set()
            release.wait(30)

    found: list[azcal.Calendar] = []
    other = threading.Thread(target=compiling)
    asking = threading.Thread(
        target=lambda: found.extend([azcal.Calendar(as_of="2021-06-30"), azcal.Calendar(rules=rules)])
    )
    other.start()
    try:
        assert holding.wait(30)
        asking.start()
        asking.join(10)
        assert not asking.is_alive() and found == list(made) and all(a is b for a, b in zip(found, made, strict=True))
    finally:
        release.set()
        other.join()
        asking.join()


def test_a_compile_waiting_through_a_reload_uses_the_data_reloaded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A thread that asks for a new definition while the data is being switched waits for the switch,
    then compiles over the new data, not the data it saw before it waited."""
    from azcal import calendars, datapath
    from azcal.forksafe import MAKING

    monkeypatch.setattr(datapath, "_in_use", datapath.in_use())
    reloaded = datapath.find()  # the same files, read anew: another state of the data
    found: list[azcal.Calendar] = []
    asking = threading.Thread(target=lambda: found.append(azcal.Calendar(as_of="2019-06-30", week=6)))
    with MAKING:  # as reload_data holds it: the asking thread reads the old data, then waits here
        asking.start()
        time.sleep(0.2)
        datapath.use(reloaded)
    asking.join(30)
    assert found and calendars._defined_calendars.get((reloaded, dt.date(2019, 6, 30), (), 6)) is found[0]
