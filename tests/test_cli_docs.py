"""Every command has help text with an example, and is documented in the README."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import __version__
from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


def test_cli_has_the_commands_of_the_issues():
    assert {"build", "eval", "query", "export", "validate", "view"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_cli_command_has_help_and_example(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output, f"`kg {name} --help` shows no example"
    assert len(cli.commands[name].help or "") > 40


@pytest.mark.parametrize("name", COMMANDS)
def test_cli_command_is_in_readme(name):
    assert re.search(rf"\bkg {name}\b", README), f"README.md does not show `kg {name}`"


def test_readme_shows_the_two_commands():
    assert "make demo" in README and "make test" in README


def test_cli_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_cli_eval_bad_gold_names_the_file(tmp_path):
    gold = tmp_path / "bad.gold.json"
    gold.write_text('{"documents": [ {"entities": [}', encoding="utf-8")
    (tmp_path / "a.txt").write_text("武进区与汉滨区结对帮扶。", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(tmp_path / "a.txt"), "--gold", str(gold)])
    assert result.exit_code == 1
    assert str(gold) in result.output and "invalid JSON" in result.output
