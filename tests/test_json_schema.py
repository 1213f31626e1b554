"""One documented JSON schema for every command's --json (docs/schema/cli.schema.json): every output is
checked against it, ends are exclusive and last days inclusive, and hours are typed alike every time."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from referencing import Registry, Resource

from azcal.cli import main
from conftest import COMPANY, write

SCHEMAS = Path(__file__).resolve().parents[1] / "docs" / "schema"


def schema_of(name: str) -> jsonschema.Draft202012Validator:
    documents = {path.name: json.loads(path.read_text("utf-8")) for path in SCHEMAS.glob("*.schema.json")}
    registry = Registry().with_resources(
        (document["$id"].rsplit("/", 1)[0] + "/" + file, Resource.from_contents(document))
        for file, document in documents.items()
    )
    cli = documents["cli.schema.json"]
    jsonschema.Draft202012Validator.check_schema(cli)
    root = {"$ref": f"{cli['$id']}#/$defs/{name}"}
    return jsonschema.Draft202012Validator(root, registry=registry, format_checker=jsonschema.FormatChecker())


COMMANDS = [
    ("year", ["2025"]),
    ("month", ["month", "2026-03"]),
    ("day", ["day", "2026-03-27"]),
    ("days", ["day", "2025-01-18", "2025-01-21"]),
    ("today", ["today"]),
    ("breaks", ["breaks", "2025"]),
    ("workdays", ["workdays", "2026-Q1"]),
    ("add", ["add", "2025-03-19", "1"]),
    ("norms", ["norms", "2026", "--week-hours", "36"]),
    ("hours_in_range", ["hours", "2026-01-01", "2026-02-01"]),
    ("hours_in_range", ["hours", "2026", "--week-hours", "36"]),
    ("leave", ["leave", "2026-03-16", "21"]),
]


@pytest.mark.parametrize("lang", ["az", "ru"])
@pytest.mark.parametrize(("name", "argv"), COMMANDS)
def test_every_json_output_follows_the_schema(
    name: str, argv: list[str], lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*argv, "--json", "--lang", lang]) == 0
    schema_of(name).validate(json.loads(capsys.readouterr().out))


def test_check_and_errors_follow_the_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, bad = write(tmp_path, COMPANY, "good.toml"), write(tmp_path, "[[decision]]\n", "bad.toml")
    assert main(["check", "--json", str(good), str(bad)]) == 1
    schema_of("check").validate(json.loads(capsys.readouterr().out))
    assert main(["day", "2025-02-30", "--json"]) == 2
    schema_of("error").validate(json.loads(capsys.readouterr().err))


def test_ends_are_exclusive_and_last_days_inclusive(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["breaks", "2025", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)[0]
    assert (first["start"], first["last_day"], first["end"]) == ("2024-12-30", "2025-01-05", "2025-01-06")
    assert first["length"] == len(first["days"]) == 7


def test_hours_are_typed_alike_whatever_their_value(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hours", "2026-01", "--json"]) == 0
    whole = json.loads(capsys.readouterr().out)["hours"]
    assert main(["hours", "2026-01", "--week-hours", "36", "--json"]) == 0
    part = json.loads(capsys.readouterr().out)["hours"]
    assert (whole, part) == (151.0, 136.8) and type(whole) is type(part) is float


def test_a_schema_violation_is_caught() -> None:  # the checks above can fail
    with pytest.raises(jsonschema.ValidationError):
        schema_of("break").validate({"start": "2025-01-01", "end": "2025-01-02", "length": 1})
