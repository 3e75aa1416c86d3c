"""kg eval on a one-article corpus: scores, misses and attribute mismatches are reported exactly."""
from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import cli

ARTICLE = "2023年，番禺区向从江县拨付财政帮扶资金1200万元。番禺区与从江县签订东西部协作协议。\n"


def _gold(amount: int) -> dict:
    return {"guide_version": 1, "documents": [{
        "id": "a",
        "entities": [
            {"id": "e1", "type": "REGION", "name": "番禺区"},
            {"id": "e2", "type": "REGION", "name": "从江县"},
            {"id": "e3", "type": "HOSPITAL", "name": "从江县人民医院"},
        ],
        "relations": [
            {"type": "funds", "head": "e1", "tail": "e2", "amount_cny": amount, "evidence": ARTICLE.split("。")[0]},
            {"type": "pairs_with", "head": "e1", "tail": "e2", "evidence": "番禺区与从江县签订东西部协作协议"},
        ],
    }]}


def _run(tmp_path, amount: int) -> dict:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(_gold(amount), ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(tmp_path / "a.txt"), "--gold", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_eval_report_counts_found_missed_and_attributes(tmp_path):
    report = _run(tmp_path, 12_000_000)
    assert report["entities"]["REGION"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "gold": 2, "found": 2,
                                            "system": 2, "correct": 2}
    assert report["entities"]["HOSPITAL"]["recall"] == 0.0
    assert "HOSPITAL: 从江县人民医院" in report["missed"]
    assert report["relations"]["funds"]["f1"] == 1.0 and report["relations"]["pairs_with"]["f1"] == 1.0
    assert report["amount_accuracy"] == {"matched": 1, "found": 1, "accuracy": 1.0}
    assert report["attribute_mismatches"] == []


def test_eval_report_lists_an_amount_that_differs(tmp_path):
    report = _run(tmp_path, 1_000_000)
    assert report["amount_accuracy"]["accuracy"] == 0.0
    (line,) = report["attribute_mismatches"]
    assert line.startswith("funds: 番禺区 → 从江县 gold 1000000, graph ['12000000")
