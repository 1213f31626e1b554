"""iCalendar export: every file read back by real parsers and compared with the calendar, day by day."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import icalendar
import pytest
import recurring_ical_events
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import azcal
from azcal.exports.ics import DEFAULT_INCLUDE, INCLUDE, to_ics
from azcal.output import write_file
from conftest import write

STAMP = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
ICALJS = Path(__file__).parent / "icaljs"
YEAR_SETS = [[2025], [2026], range(2024, 2027)]

# Which include name brings in an observance, by its category (the contract in docs/ics.md).
BY_CATEGORY = {
    azcal.Category.HOLIDAY: "holidays",
    azcal.Category.DAY_OFF: "holidays",
    azcal.Category.MOURNING: "mourning",
    azcal.Category.VOTING: "voting",
    azcal.Category.MEMORIAL: "memorial",
    azcal.Category.WORKING_HOLIDAY: "memorial",
    azcal.Category.DECLARED_MOURNING: "declared_mourning",
}


# -- what the model says, and what a file says ------------------------------------------------------


def expected(calendar: azcal.Calendar, years: Iterable[int], include: Iterable[str] = DEFAULT_INCLUDE) -> set[Any]:
    """(date, key) of every event the calendar's Days call for."""
    chosen = set(include)
    found: set[tuple[dt.date, str]] = set()
    for year in years:
        for day in calendar.year(year).days:
            for o in day.observances:
                names = {BY_CATEGORY[o.category]} | ({"declared_mourning"} if o.key == "declared_mourning" else set())
                if names & chosen:
                    found.add((day.date, o.key))
            if day.kind is azcal.Kind.REST_DAY and "rest_days" in chosen:
                found.add((day.date, "rest-day"))
            if day.is_workday and day.reason is not None and "working_weekends" in chosen:
                found.add((day.date, "working-day"))
            if day.shortened and "shortened" in chosen:
                found.add((day.date, "shortened-day"))
    return found


def uid_parts(uid: str) -> tuple[dt.date, str, str]:
    """'20250120-national_mourning_day-en@azcal' -> (date(2025, 1, 20), 'national_mourning_day', 'en')."""
    head, domain = uid.rsplit("@", 1)
    assert domain == "azcal"
    day, rest = head.split("-", 1)
    key, lang = rest.rsplit("-", 1)
    return dt.datetime.strptime(day, "%Y%m%d").date(), key, lang


def days_of(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days)]


def read_back(data: bytes, years: Iterable[int]) -> set[Any]:
    """(date, key) of every day of every event, through icalendar and recurring-ical-events."""
    ordered = sorted(years)
    parsed = icalendar.Calendar.from_ical(data)
    events = recurring_ical_events.of(parsed).between(dt.date(ordered[0], 1, 1), dt.date(ordered[-1] + 1, 1, 1))
    found = [
        (day, uid_parts(str(event["uid"]))[1])
        for event in events
        for day in days_of(event.decoded("dtstart"), event.decoded("dtend"))
    ]
    assert len(found) == len(set(found)), "a day has the same event twice"
    return set(found)


def vevents(data: bytes) -> dict[str, bytes]:
    """Each VEVENT's exact bytes, by UID."""
    blocks = data.split(b"BEGIN:VEVENT\r\n")[1:]
    found = {}
    for block in blocks:
        block = block.split(b"END:VEVENT\r\n")[0]
        uid = next(line for line in block.split(b"\r\n") if line.startswith(b"UID:"))
        found[uid[4:].decode()] = block
    return found


def events(data: bytes) -> list[icalendar.Event]:
    return [e for e in icalendar.Calendar.from_ical(data).walk("VEVENT") if isinstance(e, icalendar.Event)]


def on(data: bytes, day: dt.date) -> list[icalendar.Event]:
    return [e for e in events(data) if e.decoded("dtstart") <= day < e.decoded("dtend")]


def toml_string(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")  # TOML wants DEL escaped too


# -- every export matches the model --------------------------------------------------------------------


@pytest.mark.parametrize("group", ["day", "run"])
@pytest.mark.parametrize("lang", azcal.LANGUAGES)
@pytest.mark.parametrize("years", YEAR_SETS, ids=["2025", "2026", "2024-2026"])
def test_every_event_matches_the_model_day_by_day(years: Iterable[int], lang: str, group: str) -> None:
    cal = azcal.Calendar()
    data = to_ics(cal, years, lang, group=group, stamp=STAMP)  # type: ignore[arg-type]
    assert read_back(data, years) == expected(cal, years)
    for event in events(data):
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert type(start) is dt.date and type(end) is dt.date and start < end
        assert "DURATION" not in event
        assert event["dtstart"].params["VALUE"] == "DATE" and event["dtend"].params["VALUE"] == "DATE"
        assert event["transp"] == "TRANSPARENT" and event["class"] == "PUBLIC"
        assert event["summary"].params["LANGUAGE"] == lang and str(event["summary"]).strip()
        assert event.decoded("dtstamp") == STAMP
        day, _, uid_lang = uid_parts(str(event["uid"]))
        assert day == start and uid_lang == lang
        assert str(event["description"])
        assert event.categories


@pytest.mark.slow
@settings(max_examples=40, deadline=None)
@given(include=st.sets(st.sampled_from(INCLUDE), min_size=1), year=st.sampled_from([2024, 2025, 2026]))
def test_include_picks_exactly_those_events(include: set[str], year: int) -> None:
    cal = azcal.Calendar()
    data = to_ics(cal, [year], "en", include=include, stamp=STAMP)
    assert read_back(data, [year]) == expected(cal, [year], include)


def test_the_default_is_all_that_changes_work_plus_memorial_days() -> None:
    assert set(INCLUDE) - {"declared_mourning"} == DEFAULT_INCLUDE
    data = to_ics(azcal.Calendar(), 2024, "en", stamp=STAMP)
    assert not on(data, dt.date(2024, 12, 26))  # mourning declared on a working day
    declared = to_ics(azcal.Calendar(), 2024, "en", include=["declared_mourning"], stamp=STAMP)
    (event,) = on(declared, dt.date(2024, 12, 26))
    assert "AZAL" in str(event["summary"]) and event.categories == ["declared_mourning"]


def test_2025_working_saturday_and_mourning_day() -> None:
    data = to_ics(azcal.Calendar(), 2025, "en", stamp=STAMP)
    (saturday,) = on(data, dt.date(2025, 6, 21))
    assert str(saturday["summary"]) == "Working day, in place of 27 June 2025"
    assert saturday.categories == ["working_weekend"] and str(saturday["uid"]) == "20250621-working-day-en@azcal"
    (friday,) = on(data, dt.date(2025, 6, 27))
    assert str(friday["summary"]) == "Day off, in place of 21 June 2025"
    assert on(data, dt.date(2025, 1, 18)) == [] and on(data, dt.date(2025, 1, 19)) == []  # a plain weekend
    (mourning,) = on(data, dt.date(2025, 1, 20))
    assert str(mourning["summary"]) == "Day of National Mourning"
    assert str(mourning["uid"]) == "20250120-national_mourning_day-en@azcal"
    assert mourning.categories == ["mourning"]
    description = str(mourning["description"])
    assert "35th anniversary of 20 January 1990" in description
    assert "Basis: Labor Code Art. 106" in description and "Source: https://" in description
    assert str(mourning["url"]).startswith("https://")


def test_summaries_in_each_language() -> None:
    cal = azcal.Calendar()
    saturday = {lang: on(to_ics(cal, 2025, lang, stamp=STAMP), dt.date(2025, 6, 21))[0] for lang in azcal.LANGUAGES}
    assert str(saturday["ru"]["summary"]) == "Рабочий день вместо 27 июня 2025 г."
    shortened = on(to_ics(cal, 2025, "en", stamp=STAMP), dt.date(2025, 1, 28))[0]
    assert str(shortened["summary"]) == "Shortened working day (one hour less): the next day is Municipal elections"
    az = to_ics(cal, 2025, "az", stamp=STAMP)
    assert "20 yanvar 1990: 35-ci ildönümü" in str(on(az, dt.date(2025, 1, 20))[0]["description"])
    assert str(on(az, dt.date(2025, 3, 10))[0]["summary"]) == "İş günü, 27 mart 2025 əvəzinə"


def test_azerbaijani_june_and_july_are_spelt_with_a_plain_i() -> None:
    """'İyun'.lower() in Python is 'i̇yun', with a combining dot (U+0307) that Azerbaijani never has."""
    az = to_ics(azcal.Calendar(), 2025, "az", stamp=STAMP)
    assert str(on(az, dt.date(2025, 6, 21))[0]["summary"]) == "İş günü, 27 iyun 2025 əvəzinə"
    assert "15 iyun 1993: 32-ci ildönümü" in str(on(az, dt.date(2025, 6, 15))[0]["description"])
    assert "\u0307".encode() not in az


def test_a_run_of_one_holiday_is_one_event() -> None:
    data = to_ics(azcal.Calendar(), 2026, "en", group="run", stamp=STAMP)
    spans = {str(e["uid"]): (e.decoded("dtstart"), e.decoded("dtend")) for e in events(data)}
    assert spans["20260320-novruz_bayrami-en@azcal"] == (dt.date(2026, 3, 20), dt.date(2026, 3, 25))
    assert spans["20260320-ramazan_bayrami-en@azcal"] == (dt.date(2026, 3, 20), dt.date(2026, 3, 22))
    assert spans["20260527-qurban_bayrami-en@azcal"] == (dt.date(2026, 5, 27), dt.date(2026, 5, 29))
    # moved rest days stand for different dates, so each stays a day of its own
    assert spans["20260325-rest-day-en@azcal"] == (dt.date(2026, 3, 25), dt.date(2026, 3, 26))


def test_a_run_ends_on_31_december(tmp_path: Path) -> None:
    rules = write(
        tmp_path,
        """
[holiday.year_end_memorial]
category = "memorial"
names = { az = "İlsonu", en = "Year's end", ru = "Конец года" }
basis = "Company order 1"
source = "https://intranet.example/orders/1"
[[holiday.year_end_memorial.rule]]
years = [2020]
dates = ["12-31", "01-01"]
""",
    )
    cal = azcal.Calendar.with_rules(rules)
    both = to_ics(cal, range(2025, 2027), "en", group="run", stamp=STAMP)
    spans = {str(e["uid"]): (e.decoded("dtstart"), e.decoded("dtend")) for e in events(both)}
    assert spans["20251231-year_end_memorial-en@azcal"] == (dt.date(2025, 12, 31), dt.date(2026, 1, 1))
    assert spans["20260101-year_end_memorial-en@azcal"] == (dt.date(2026, 1, 1), dt.date(2026, 1, 2))
    alone = to_ics(cal, 2025, "en", group="run", stamp=STAMP)
    assert vevents(alone)["20251231-year_end_memorial-en@azcal"] == vevents(both)["20251231-year_end_memorial-en@azcal"]


# -- the calendar's own properties ------------------------------------------------------------------------


def unfolded_lines(data: bytes) -> list[str]:
    return data.decode("utf-8").replace("\r\n ", "").split("\r\n")


def test_calendar_properties() -> None:
    data = to_ics(azcal.Calendar(), range(2025, 2028), "en", stamp=STAMP)
    lines = unfolded_lines(data)
    head = lines[: lines.index("BEGIN:VEVENT")]
    assert head[0] == "BEGIN:VCALENDAR"
    for line in (
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "REFRESH-INTERVAL;VALUE=DURATION:P1D",
        "X-PUBLISHED-TTL:P1D",
        "X-WR-TIMEZONE:Asia/Baku",
        "NAME;LANGUAGE=en:Azerbaijan: holidays and working days 2025–2027",
        "X-WR-CALNAME:Azerbaijan: holidays and working days 2025–2027",
    ):
        assert line in head
    assert any(line.startswith("PRODID:-//azcal//azcal ") for line in head)
    description = next(line for line in head if line.startswith("DESCRIPTION;LANGUAGE=en:"))
    assert description.endswith(f"Data as of {azcal.DATA_VERSION}.")
    assert f"X-WR-CALDESC:{description.split(':', 1)[1]}" in head
    assert not any("\\" in line for line in head)  # nothing to unescape for readers of X-WR-* properties


def test_sequence_rises_when_a_decision_fixes_the_dates() -> None:
    before = to_ics(azcal.Calendar(as_of="2024-12-01"), 2025, "en", stamp=STAMP)  # Ramazan 2025 estimated
    after = to_ics(azcal.Calendar(), 2025, "en", stamp=STAMP)  # fixed by the Cabinet on 11 December 2024
    uid = "20250330-ramazan_bayrami-en@azcal"
    estimated = next(e for e in events(before) if str(e["uid"]) == uid)
    decided = next(e for e in events(after) if str(e["uid"]) == uid)
    assert (estimated["sequence"], estimated["status"]) == (0, "TENTATIVE")
    assert (decided["sequence"], decided["status"]) == (1, "CONFIRMED")
    assert "estimated" in str(estimated["description"]).lower()
    assert "estimated" not in str(decided["description"]).lower()
    law_only = next(e for e in events(after) if str(e["uid"]) == "20250120-national_mourning_day-en@azcal")
    assert law_only["sequence"] == 0
    swap = next(e for e in events(after) if str(e["uid"]) == "20250621-working-day-en@azcal")
    assert swap["sequence"] == 1


# -- RFC 5545 text ------------------------------------------------------------------------------------------


def assert_wire_format(data: bytes) -> None:
    assert data.endswith(b"END:VCALENDAR\r\n") and data.count(b"END:VCALENDAR") == 1  # nothing after it
    assert data.count(b"\n") == data.count(b"\r\n") == data.count(b"\r")  # CRLF only
    for line in data.split(b"\r\n"):
        assert len(line) <= 75, line
        line.decode("utf-8")  # a fold never splits a character


@pytest.mark.parametrize("lang", azcal.LANGUAGES)
def test_lines_are_folded_at_75_octets_between_characters(lang: str) -> None:
    data = to_ics(azcal.Calendar(), range(2024, 2027), lang, stamp=STAMP)
    assert_wire_format(data)
    folded = [line for line in data.split(b"\r\n") if line.startswith(b" ")]
    assert folded and (lang == "en" or any(not line.isascii() for line in folded))


HOSTILE = {  # a name is one line of printable text: rules files with control characters are refused
    "az": 'Şirkət, günü; "ağ\\qara" \\\\ sətir — ' + "ə" * 40,
    "en": "Acme, Inc.; day \\ off\\n, not a line break;;,,\\\\",
    "ru": "День компании, Ёжик; «кавычки» \\ " + "Щ" * 160,  # within the 200 a name may have
}


def hostile_rules(folder: Path, names: dict[str, str], basis: str = "Order 1; clause 2, part \\ 3") -> Path:
    return write(
        folder,
        f"""
[holiday.hostile_day]
category = "day_off"
names = {{ az = {toml_string(names["az"])}, en = {toml_string(names["en"])}, ru = {toml_string(names["ru"])} }}
basis = {toml_string(basis)}
source = "Collective agreement, clause 4.2"
[[holiday.hostile_day.rule]]
years = [2020]
dates = ["09-15"]
""",
    )


@pytest.mark.parametrize("lang", azcal.LANGUAGES)
def test_hostile_names_from_a_rules_file_round_trip(tmp_path: Path, lang: str) -> None:
    basis = "Order 1; clause 2, part \\ 3\nsigned"
    cal = azcal.Calendar.with_rules(hostile_rules(tmp_path, HOSTILE, basis))
    data = to_ics(cal, 2025, lang, stamp=STAMP)
    assert_wire_format(data)
    (event,) = [e for e in events(data) if "hostile_day" in str(e["uid"])]
    assert str(event["summary"]) == HOSTILE[lang]
    assert f": {basis}\n" in str(event["description"])
    assert "URL" not in event  # a citation in words is no address
    (parsed,) = [e for e in vobject_events(data) if "hostile_day" in e["uid"]]
    assert parsed["summary"] == HOSTILE[lang]


BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Any name a rules file may hold (text that shows, see docs/rules-files.md), but a backslash before N:
# icalendar reads that as its line-break escape.
NAME_TEXT = st.text(
    # what a rules file refuses (docs/rules-files.md): control, format, surrogate, private-use, unassigned
    # code points and separators; and a lone combining mark at the start, which shows on nothing
    st.characters(
        codec="utf-8",
        exclude_categories=("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Mn", "Me", "Mc"),
        exclude_characters=BIDI_CONTROLS + "\u115f\u1160\u3164\uffa0\u17b4\u17b5",
    )
    | st.sampled_from("\\;, NЁəŞ"),
    min_size=1,
    max_size=120,
).filter(lambda s: s.strip() and "\\N" not in s)


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=NAME_TEXT)
def test_any_name_round_trips(name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        cal = azcal.Calendar.with_rules(hostile_rules(Path(folder), {"az": name, "en": name, "ru": name}))
        data = to_ics(cal, 2025, "ru", include=["holidays"], stamp=STAMP)
    assert_wire_format(data)
    (event,) = [e for e in events(data) if "hostile_day" in str(e["uid"])]
    assert str(event["summary"]) == name
    (parsed,) = [e for e in vobject_events(data) if "hostile_day" in e["uid"]]
    assert parsed["summary"] == name


def test_a_name_with_control_characters_never_reaches_a_file(tmp_path: Path) -> None:
    names = {"az": "a\x00b", "en": "bell\x07 and \x1b[31mred", "ru": "перевод\rстроки"}
    with pytest.raises(azcal.RulesError, match=r"'names' \(az\) holds the control character U\+0000 at position 2"):
        azcal.Calendar.with_rules(hostile_rules(tmp_path, names))


# -- stable UIDs and reproducible files -----------------------------------------------------------------


@pytest.mark.parametrize("group", ["day", "run"])
def test_a_year_alone_or_in_a_range_gives_the_same_events(group: str) -> None:
    cal = azcal.Calendar()
    alone = vevents(to_ics(cal, 2025, "en", group=group, stamp=STAMP))  # type: ignore[arg-type]
    inside = vevents(to_ics(cal, range(2024, 2027), "en", group=group, stamp=STAMP))  # type: ignore[arg-type]
    assert alone and {uid for uid in inside if uid.startswith("2025")} == set(alone)
    assert all(inside[uid] == block for uid, block in alone.items())


def test_uids_are_unique_stable_and_never_translated() -> None:
    cal = azcal.Calendar()
    by_lang = {lang: list(vevents(to_ics(cal, range(2024, 2027), lang, stamp=STAMP))) for lang in azcal.LANGUAGES}
    for lang, uids in by_lang.items():
        assert len(uids) == len(set(uids))
        assert [uid.replace(f"-{lang}@", "@") for uid in uids] == [uid.replace("-en@", "@") for uid in by_lang["en"]]
    assert all(uid.isascii() for uid in by_lang["az"] + by_lang["ru"])
    assert list(vevents(to_ics(cal, range(2024, 2027), "az", stamp=STAMP))) == by_lang["az"]  # re-export


def test_source_date_epoch_makes_the_file_reproducible(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    first = to_ics(azcal.Calendar(), range(2024, 2027), "az")
    second = to_ics(azcal.Calendar(), range(2024, 2027), "az")
    assert first == second
    assert b"DTSTAMP:20250101T000000Z\r\n" in first
    assert to_ics(azcal.Calendar(), 2025, "en", stamp=dt.datetime(2030, 1, 1, 4, tzinfo=dt.UTC)).count(
        b"DTSTAMP:20300101T040000Z"
    )  # an explicit stamp wins
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(azcal.InvalidArgumentError, match="SOURCE_DATE_EPOCH"):
        to_ics(azcal.Calendar(), 2025)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "99999999999999999999")
    with pytest.raises(azcal.InvalidArgumentError, match="SOURCE_DATE_EPOCH"):
        to_ics(azcal.Calendar(), 2025)


def test_without_a_stamp_the_time_is_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    stamp = events(to_ics(azcal.Calendar(), 2025))[0].decoded("dtstamp")
    assert before <= stamp <= dt.datetime.now(dt.UTC)


# -- other parsers ---------------------------------------------------------------------------------------


def vobject_events(data: bytes) -> list[dict[str, Any]]:
    parsed = vobject.readOne(data.decode("utf-8"))
    return [
        {
            "uid": e.uid.value,
            "summary": e.summary.value,
            "start": e.dtstart.value,
            "end": e.dtend.value,
        }
        for e in parsed.vevent_list
    ]


def icalendar_events(data: bytes) -> list[dict[str, Any]]:
    return [
        {
            "uid": str(e["uid"]),
            "summary": str(e["summary"]),
            "start": e.decoded("dtstart"),
            "end": e.decoded("dtend"),
        }
        for e in events(data)
    ]


@pytest.mark.parametrize("lang", azcal.LANGUAGES)
def test_vobject_reads_the_same_events(lang: str) -> None:
    data = to_ics(azcal.Calendar(), range(2024, 2027), lang, group="run", stamp=STAMP)
    assert vobject_events(data) == icalendar_events(data)


def icaljs_or_skip() -> str:
    """ical.js (the parser Thunderbird uses) runs under Node from tests/icaljs.

    When it is not installed (``npm ci --prefix tests/icaljs``), this test FAILS if the CI variable
    is set, because CI installs it, and is skipped otherwise.
    """
    node = shutil.which("node")
    missing = (
        "node is not on PATH"
        if node is None
        else "ical.js is not installed: run `npm ci --prefix tests/icaljs`"
        if not (ICALJS / "node_modules" / "ical.js").is_dir()
        else None
    )
    if missing:
        if os.environ.get("CI"):
            pytest.fail(missing)
        pytest.skip(missing)
    assert node is not None
    return node


@pytest.mark.parametrize("lang", azcal.LANGUAGES)
def test_icaljs_reads_the_same_events(tmp_path: Path, lang: str) -> None:
    node = icaljs_or_skip()
    cal = azcal.Calendar.with_rules(hostile_rules(tmp_path, HOSTILE))
    path = tmp_path / "az.ics"
    data = to_ics(cal, range(2024, 2027), lang, stamp=STAMP)
    path.write_bytes(data)
    result = subprocess.run(
        [node, str(ICALJS / "parse.js"), str(path)], capture_output=True, check=True, text=True, encoding="utf-8"
    )
    parsed = json.loads(result.stdout)
    ours = [
        {
            "uid": str(e["uid"]),
            "summary": str(e["summary"]),
            "language": lang,
            "description": str(e["description"]),
            "start": e.decoded("dtstart").isoformat(),
            "end": e.decoded("dtend").isoformat(),
            "all_day": True,
            "sequence": e["sequence"],
            "transp": "TRANSPARENT",
            "categories": list(e.categories),
        }
        for e in events(data)
    ]
    assert parsed["events"] == ours
    found = {
        (day, uid_parts(e["uid"])[1])
        for e in parsed["events"]
        for day in days_of(dt.date.fromisoformat(e["start"]), dt.date.fromisoformat(e["end"]))
    }
    assert found == expected(cal, range(2024, 2027))
    assert any(e["summary"] == HOSTILE[lang] for e in parsed["events"])


# -- bad input ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"include": ["holidays", "birthdays"]}, azcal.InvalidArgumentError, "'birthdays'; choose from holidays"),
        ({"include": []}, azcal.InvalidArgumentError, "choose from holidays"),
        ({"lang": "de"}, azcal.InvalidArgumentError, "unknown language 'de'"),
        ({"group": "week"}, azcal.InvalidArgumentError, "unknown group 'week'"),
        ({"years": [2025, 1989]}, azcal.YearOutOfRangeError, "year 1989 is outside"),
        ({"years": 2101}, azcal.YearOutOfRangeError, "year 2101 is outside"),
        ({"years": []}, azcal.InvalidArgumentError, "no years given"),
        ({"years": range(2027, 2025)}, azcal.InvalidArgumentError, "no years given"),
        ({"years": "2025"}, azcal.ArgumentTypeError, "years must be"),
        ({"years": [2025.0]}, azcal.DateTypeError, "expected a year as an int"),
        ({"stamp": dt.datetime(2025, 1, 1)}, azcal.InvalidArgumentError, "time zone"),
        ({"stamp": "2025-01-01"}, azcal.ArgumentTypeError, "stamp must be a datetime"),
    ],
)
def test_bad_input_names_the_problem(kwargs: dict[str, Any], error: type[Exception], words: str) -> None:
    arguments: dict[str, Any] = {"years": 2025, **kwargs}
    with pytest.raises(error, match=words.replace("(", r"\(")):
        to_ics(azcal.Calendar(), **arguments)


# -- writing a file --------------------------------------------------------------------------------------


def test_write_file_replaces_the_file_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "az-2025.ics"
    write_file(target, b"first")
    assert target.read_bytes() == b"first"
    target.chmod(0o640)  # not what a new file would get
    write_file(str(target), b"second")
    assert target.read_bytes() == b"second"
    assert target.stat().st_mode & 0o777 == 0o640
    assert os.listdir(tmp_path) == ["az-2025.ics"]


@pytest.mark.parametrize("fails", ["fsync", "replace"])
def test_an_interrupted_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fails: str) -> None:
    target = tmp_path / "az.ics"
    target.write_bytes(b"the good file")

    def broken(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, fails, broken)
    with pytest.raises(OSError, match="No space"):
        write_file(target, to_ics(azcal.Calendar(), 2025, stamp=STAMP))
    assert target.read_bytes() == b"the good file"
    assert os.listdir(tmp_path) == ["az.ics"]


def test_an_interrupted_export_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "az.ics"
    target.write_bytes(b"the good file")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "broken")
    with pytest.raises(azcal.InvalidArgumentError):
        write_file(target, to_ics(azcal.Calendar(), 2025))
    assert target.read_bytes() == b"the good file"
    assert os.listdir(tmp_path) == ["az.ics"]


def test_writing_into_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(azcal.OutputError, match="No such file or directory"):
        write_file(tmp_path / "missing" / "az.ics", b"data")
    assert os.listdir(tmp_path) == []
