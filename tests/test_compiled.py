"""The compiled calendar: the shipped file is what the data gives, loading it is light, and what is
published never changes, so threads read it with no lock and no wrong answer."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import pickle
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import azcal
from azcal.compiled import OFFICIAL_FILE, OFFICIAL_FILES, REGENERATE, SPAN, CompiledFileError, Tables, dump, load
from azcal.compiled.fileformat import FORMAT
from azcal.engine import compile_official
from azcal.model import Basis, Citation

# -- the shipped file --------------------------------------------------------------------------------


@pytest.mark.parametrize("week", [5, 6])
def test_the_shipped_calendars_are_what_the_data_gives(week: int) -> None:
    path = Path(OFFICIAL_FILES[week])
    assert dump(compile_official(week)) == path.read_bytes(), f"{path.name} is out of date: run {REGENERATE}"
    assert load(path.read_bytes()).week == week


@pytest.mark.slow
def test_editing_the_data_without_compiling_fails_and_names_the_command(tmp_path: Path) -> None:
    package = Path(azcal.__file__).parent
    copy = tmp_path / "azcal"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    decisions = copy / "law" / "data" / "decisions" / "2026.toml"
    decisions.write_text(
        decisions.read_text("utf-8")
        + textwrap.dedent("""
            [[decision]]
            id = "test-extra-day-off"
            adopted = 2026-11-01
            title = "A day off that is not in the compiled file"
            source = "https://example.org/test"
            rest_days = [{ date = 2026-12-01, names = { az = "a", en = "b", ru = "c" } }]
        """),
        "utf-8",
    )
    check = [sys.executable, "-m", "azcal.compiled", "--check"]
    env = {"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"}
    stale = subprocess.run(check, capture_output=True, text=True, env=env)
    assert stale.returncode == 1 and REGENERATE in stale.stderr
    assert subprocess.run(check[:-1], capture_output=True, env=env).returncode == 0  # compiles it anew
    assert subprocess.run(check, capture_output=True, env=env).returncode == 0
    answer = "import azcal; print(azcal.is_workday('2026-12-01'), azcal.day('2026-12-01').reason.names['en'])"
    assert subprocess.run([sys.executable, "-c", answer], capture_output=True, text=True, env=env).stdout == "False b\n"


def sealed(data: bytes) -> bytes:
    """``data`` with its digest made anew, as the file format describes it: BLAKE2b of 16 bytes over every
    byte but the digest field, so that a test reaches the checks behind the digest."""
    first = data.index(b"\n") + 1  # the header line follows the first
    end = data.index(b"\n", first)
    header, body = data[first:end].rpartition(b" digest=")[0], data[end + 1 :]
    digest = hashlib.blake2b(data[:first] + header + body, digest_size=16).hexdigest().encode()
    return data[:first] + header + b" digest=" + digest + b"\n" + body


def test_damaged_tables_with_a_matching_digest_are_found_when_first_read() -> None:
    data = Path(OFFICIAL_FILE).read_bytes()
    tables_at = data.index(b'{"strings"')
    damaged = load(sealed(data[:tables_at] + b"[" + b" " * (len(data) - tables_at - 1)))  # same length, no tables
    assert damaged.codes == load(data).codes  # the arrays load: is_workday answers
    with pytest.raises(CompiledFileError, match="damaged tables") as caught:
        damaged.facts(0)
    assert isinstance(caught.value, azcal.AzcalError)


def test_the_file_loads_back_as_the_engine_made_it() -> None:
    made = compile_official()
    loaded = load(dump(made))
    assert loaded.codes == made.codes and loaded.data_version == made.data_version
    for name in ("facts_index", "workdays_before", "shortened_before"):
        assert list(getattr(loaded, name)) == list(getattr(made, name)), name
    assert tuple(loaded.tables.facts) == tuple(made.tables.facts) and dict(loaded.tables.law) == dict(made.tables.law)
    assert len(made.tables.facts) < 5000 < SPAN  # a small table of what the 40,542 dates share


def bases(tables: Tables) -> list[str]:
    """Every basis a calendar's tables hold: its law's, and its days' observances' and reasons'."""
    found = [rule.basis for _, rule in sorted(tables.law.items())]
    for facts in tables.facts:
        found += [cited.basis for cited in (*facts.observances, facts.reason) if cited is not None]
    return found


def test_a_basis_loads_back_citing_the_acts_it_was_read_with() -> None:
    """A basis given as the acts it cites is a Basis, equal to its English words; the file keeps the acts,
    so that the words read back are the same Basis, not words the reader would have to look up again."""
    made, loaded = compile_official(), load(Path(OFFICIAL_FILE).read_bytes())
    pairs = list(zip(bases(made.tables), bases(loaded.tables), strict=True))
    assert sum(isinstance(basis, Basis) for basis, _ in pairs) > 1000
    for basis, read in pairs:
        assert type(read) is type(basis) and read == basis
        assert getattr(read, "citations", None) == getattr(basis, "citations", None), basis
    (mourning,) = azcal.day("2025-01-20").observances
    assert isinstance(mourning.basis, Basis) and mourning.basis.citations == (Citation("Labor Code", ("106",)),)


def test_a_file_without_citations_loads_its_bases_as_text() -> None:
    """The tables of a file written before bases kept their acts: the same days, every basis as text."""
    data = Path(OFFICIAL_FILE).read_bytes()
    tables_at = data.index(b'{"strings"')
    tables = json.loads(data[tables_at:])
    del tables["citations"]
    older = json.dumps(tables, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    header = re.sub(rb"tables=[0-9]+", b"tables=%d" % len(older), data[:tables_at], count=1)
    loaded, current = load(sealed(header + older)), load(data)
    assert tuple(loaded.tables.facts) == tuple(current.tables.facts)
    assert {type(basis) for basis in bases(loaded.tables)} == {str}


@pytest.mark.parametrize(
    ("mangle", "words"),
    [
        (lambda data: b"something else" + data, "not a compiled azcal calendar"),
        (lambda data: data[:-10], "cut short"),
        (lambda data: data[:40649], "cut short"),  # inside an array
        (lambda data: data + b"\n", "longer than its header says"),
        (lambda data: data.replace(f"format={FORMAT}".encode(), b"format=9", 1), "format 9"),
        (lambda data: data.replace(b"tables=", b"tables=x", 1), "bad header"),
        (lambda data: data.replace(b"week=5", b"week=7", 1), "7-day week"),
        (lambda data: data.replace(b"week=5", b"week=6", 1), "digest does not match"),
        (lambda data: data.replace(b"data_version=2", b"data_version=3", 1), "digest does not match"),
        (lambda data: data.replace(b" digest=", b" digestx=", 1), "digest does not match"),
        (
            lambda data: data.replace(f"format={FORMAT}".encode(), b"format=3", 1).replace(b" week=5", b"", 1),
            "^a compiled calendar of format 3 for 1990-2100$",
        ),
    ],
)
def test_a_damaged_file_is_refused(mangle: object, words: str) -> None:
    data = Path(OFFICIAL_FILE).read_bytes()
    with pytest.raises(CompiledFileError, match=words):
        load(mangle(data))  # type: ignore[operator]


# -- what a question costs a new process ----------------------------------------------------------------


def _loaded_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return set(out.split())


HEAVY = {"icalendar", "importlib.metadata", "holidays", "numpy", "tomllib", "dataclasses", "typing", "decimal"}
COMPUTING = {"azcal.engine", "azcal.law.loading", "azcal.exports.ics", "azcal.exports.interop", "azcal.payroll"}


def test_a_question_in_a_new_process_loads_the_compiled_file_and_nothing_heavy() -> None:
    loaded = _loaded_after(
        "import azcal; azcal.is_workday('2025-01-20'); azcal.workdays_between('2025-01-01', '2026-01-01')"
    )
    assert loaded & (HEAVY | COMPUTING | {"json"}) == set()  # nor is the table of day facts decoded yet


def test_a_day_in_a_new_process_decodes_the_table_but_runs_no_engine() -> None:
    loaded = _loaded_after("import azcal; d = azcal.day('2026-03-27'); assert d.reason.stands_for_holiday")
    assert "json" in loaded and loaded & (HEAVY | COMPUTING) == set()


# -- published once, never changed ----------------------------------------------------------------------


def test_published_values_cannot_be_changed() -> None:
    cal = azcal.Calendar()
    day = cal.day("2026-03-27")
    for value, name in ((day, "date"), (day._facts, "kind"), (day.reason, "rule"), (day.observances, None)):
        if name is None:
            assert isinstance(value, tuple)
            continue
        with pytest.raises(AttributeError):
            setattr(value, name, None)
    with pytest.raises(AttributeError):
        cal.as_of = dt.date(2020, 1, 1)  # type: ignore[misc]
    compiled = cal.compiled
    with pytest.raises(TypeError):
        compiled.codes[0] = 0  # type: ignore[index]
    for array in (compiled.facts_index, compiled.workdays_before, compiled.shortened_before):
        with pytest.raises(TypeError):
            array[0] = 0


def test_a_day_carries_what_its_readers_need() -> None:
    moved = azcal.day("2026-03-27")  # Ramazan on 21 March, a Saturday: the rest day moves (Art. 105.6)
    stood_for = moved.reason.stands_for_holiday if moved.reason else None
    assert stood_for is not None and stood_for in azcal.day("2026-03-21").observances
    assert stood_for.key == "ramazan_bayrami" and stood_for.name("ru")
    decided = azcal.day("2020-05-29")  # a day off decided on its own
    assert decided.reason and decided.reason.names and decided.reason.names["en"] == "Day off for the quarantine"
    assert pickle.loads(pickle.dumps(moved)) == moved and hash(moved) == hash(azcal.day("2026-03-27"))


# -- threads --------------------------------------------------------------------------------------------

# Every thread asks about its own year of a calendar they share, all starting at once in a new
# process, switching threads as often as the interpreter allows; the answers are compared with the
# same questions asked by one thread.
THREADED = """
import datetime as dt, json, sys, threading
import azcal

sys.setswitchinterval(1e-6)
YEARS = [1990 + (i * 37) % 111 for i in range({threads})]

def ask(cal, year):
    first, end = dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
    days = [first + dt.timedelta(days=i) for i in range((end - first).days)]
    start = dt.date(year, 6, 2)
    return [
        year,
        [cal.is_workday(d) for d in days[::3]],
        cal.workdays_between(first, end),
        str(cal.working_hours(first, end)),
        cal.add_workdays(start, 100 if year < 2100 else -100).isoformat(),
        cal.next_workday(start).isoformat(),
        [str(d) for d in cal.year(year).breaks()],
        [[d.isoformat(), cal.day(d).kind.value, [o.name("en") for o in cal.day(d).observances]] for d in days[::5]],
    ]

def run(cal):
    answers = [None] * len(YEARS)
    barrier = threading.Barrier(len(YEARS))
    def work(i):
        barrier.wait()
        answers[i] = ask(cal, YEARS[i])
    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(YEARS))]
    for t in threads: t.start()
    for t in threads: t.join()
    return answers

class Module:  # the module-level functions, as most code calls them
    def __getattr__(self, name):
        return getattr(azcal, name)

threaded = {{"module": run(Module()), "as_of": run(azcal.Calendar(as_of="2023-12-31"))}}
alone = {{"module": [ask(azcal.Calendar(), y) for y in YEARS],
          "as_of": [ask(azcal.Calendar(as_of="2023-12-31"), y) for y in YEARS]}}
print(json.dumps({{"threaded": threaded, "alone": alone}}))
"""


@pytest.mark.slow
@pytest.mark.parametrize("run", range(3))
def test_many_threads_in_a_new_process_get_the_single_threaded_answers(run: int) -> None:
    script = THREADED.format(threads=96)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=300)
    result = json.loads(out.stdout)
    for name in ("module", "as_of"):
        threaded, alone = result["threaded"][name], result["alone"][name]
        assert len(threaded) == 96 and threaded == alone, name
    # and the same as this process, where no thread raced
    year = result["alone"]["module"][0][0]
    assert result["alone"]["module"][0][2] == azcal.year(year).workdays


def test_a_damaged_row_another_refers_to_is_said_once() -> None:
    """A day's facts refer to an observance; when that observance's row is damaged, reading the day
    gives the observance's error, not that error wrapped in another."""
    data = Path(OFFICIAL_FILE).read_bytes()
    first = data.index(b'"observances":[[') + len(b'"observances":[[')
    key, name, category = data[first:].split(b",", 3)[:3]
    at = first + len(key) + len(name) + 2  # the first observance's category: its key's text, no category
    assert len(key) == len(category)  # the tables keep their length, as the header says
    damaged = load(sealed(data[:at] + key + data[at + len(category) :]))
    index = next(i for i in range(SPAN) if damaged.facts_index[i] and load(data).facts(i).observances)
    with pytest.raises(CompiledFileError) as caught:
        for i in range(index, SPAN):
            damaged.facts(i)
    assert str(caught.value).count("damaged tables") == 1
