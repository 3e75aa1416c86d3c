"""The seeds' scores hold (per-type floors) and ``kg eval`` behaves as documented.

Floors are the scores of a run at the time of writing minus 0.02, rounded down to two decimals:
a regression in any entity or relation type, or in amount/headcount accuracy, fails here.
Raise them when the extractor improves."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import api
from kg.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.gold.json"

pytestmark = pytest.mark.skipif(not (SEEDS.is_dir() and GOLD.is_file()),
                                reason=f"seeds and their gold are not here ({SHARED}); CI has them")

ENTITY_FLOORS = {
    "REGION": 0.97, "OFFICIAL": 0.96, "PERSON": 0.98, "ENTERPRISE": 0.90, "HOSPITAL": 0.98, "SCHOOL": 0.94,
    "GOVERNMENT": 0.95, "ORGANIZATION": 0.98,
}
RELATION_FLOORS = {"pairs_with": 0.94, "funds": 0.93, "seconds_staff_to": 0.94}
AMOUNT_FLOOR = 0.98
HEADCOUNT_FLOOR = 0.98


@pytest.fixture(scope="module")
def report():
    return api.evaluate([str(SEEDS)], GOLD).to_dict()


@pytest.mark.parametrize("typ,floor", sorted(ENTITY_FLOORS.items()))
def test_eval_seeds_entity_f1_floor(report, typ, floor):
    assert report["entities"][typ]["f1"] >= floor, report["entities"][typ]


@pytest.mark.parametrize("typ,floor", sorted(RELATION_FLOORS.items()))
def test_eval_seeds_relation_f1_floor(report, typ, floor):
    assert report["relations"][typ]["f1"] >= floor, report["relations"][typ]


def test_eval_seeds_amount_accuracy_floor(report):
    acc = report["amount_accuracy"]
    assert acc["found"] > 0 and acc["accuracy"] >= AMOUNT_FLOOR, acc


def test_eval_seeds_headcount_accuracy_floor(report):
    acc = report["headcount_accuracy"]
    assert acc["found"] > 0 and acc["accuracy"] >= HEADCOUNT_FLOOR, acc


def test_eval_cli_json_has_per_type_keys():
    result = CliRunner().invoke(cli, ["eval", str(SEEDS), "--gold", str(GOLD), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data["entities"]) == set(ENTITY_FLOORS)
    assert set(data["relations"]) == set(RELATION_FLOORS)
    for score in list(data["entities"].values()) + list(data["relations"].values()):
        assert {"precision", "recall", "f1", "gold", "system"} <= set(score)
    assert {"matched", "found", "accuracy"} <= set(data["amount_accuracy"])
    assert {"matched", "found", "accuracy"} <= set(data["headcount_accuracy"])
    assert isinstance(data["missed"], list) and isinstance(data["spurious"], list)


@pytest.mark.parametrize("content,what", (
    ("not json at all", "invalid JSON"),
    ('{"documents": [', "invalid JSON"),
    ("[]", "not a gold file"),
    ('{"documents": [{"entities": [{"id": "e1", "type": "CITY", "name": "福州市"}]}]}', "needs a \"type\""),
    ('{"documents": [{"entities": [], "relations": [{"type": "funds", "head": "e1", "tail": "e2"}]}]}',
     "unknown entity id"),
))
def test_eval_cli_invalid_gold_is_one_line_error_naming_the_file(tmp_path, content, what):
    bad = tmp_path / "bad.gold.json"
    bad.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(SEEDS), "--gold", str(bad)])
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ") and str(bad) in lines[0] and what in lines[0]


def test_eval_cli_missing_gold_is_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["eval", str(SEEDS), "--gold", str(tmp_path / "absent.json")])
    assert result.exit_code == 2
    assert "absent.json" in result.stderr
