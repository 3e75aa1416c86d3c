"""The `kg` command line: a thin layer over :mod:`kg.api`.

Data goes to stdout, messages to stderr.  Each command module registers
itself in ``_COMMAND_MODULES`` below: it defines a click command object
named ``command`` (or a list ``commands``).
"""
from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import click

from kg import __version__

#: Modules that contribute commands (each exposes ``commands``: a list of click commands).
_COMMAND_MODULES: list[str] = ["kg.validate", "kg.query", "kg.exporters.command", "kg.viewer"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Build a knowledge graph of East–West partnership (东西部协作) from Chinese articles.

    \b
    Example:
      kg build seeds --out exports
      kg eval seeds --gold ../shared/gold/seeds.gold.json
    """


def _max_bytes(ctx: click.Context, param: click.Parameter, value: str) -> int:
    from kg.ingest import parse_size

    try:
        return parse_size(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"),
              show_default=True, help="Folder for the Turtle, ontology, HTML and report.")
@click.option("--jobs", "-j", type=click.IntRange(1), default=1, show_default=True,
              help="Worker processes for extraction.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors (no progress bar, no skip messages).")
@click.option("--verbose", "-v", is_flag=True, help="Report every file read (and its encoding).")
@click.option("--max-bytes", default="20M", show_default=True, metavar="SIZE", callback=_max_bytes,
              help="Skip inputs larger than SIZE (JSON Lines: lines); K, M, G suffixes.")
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Build into the on-disk store in this folder, incrementally (unchanged articles are skipped).")
@click.option("--scheduler", default=None, metavar="URL",
              help="Extract on a Dask cluster, e.g. tcp://HOST:8786 (needs the 'dask' extra).")
@click.option("--turtle/--no-turtle", default=True, show_default=True,
              help="With --store: also write graph.ttl, streamed from the store.")
def build(sources: tuple[str, ...], out_dir: Path, jobs: int, quiet: bool, verbose: bool, max_bytes: int,
          store_dir: Path | None, scheduler: str | None, turtle: bool) -> None:
    """Build the graph from files or folders of articles (.txt, .html, .jsonl; '-' for stdin).

    Writes graph.ttl, ontology.ttl, shapes.ttl, graph.html and skipped.json into --out.
    With --store DIR the graph goes into an on-disk store instead (memory stays
    bounded; a rebuild extracts only new or changed articles) and graph.html is
    not written; query it with `kg query DIR QUERY`.
    Empty, binary, undecodable, unreadable or too large inputs and malformed
    JSON lines are skipped with a message saying what to do; the rest is built.
    So is an article the extraction fails on (a bug: please report it).

    \b
    Exit codes:
      0  every input was read
      1  the build finished but some inputs were skipped (see skipped.json)
      2  usage error or nothing could be built

    \b
    Example:
      kg build seeds --out exports
    """
    from kg import api

    try:
        summary = api.build(list(sources), out_dir, jobs=jobs, verbose=verbose, quiet=quiet, max_bytes=max_bytes,
                            store=store_dir, scheduler=scheduler, turtle=turtle)
    except api.KGError as exc:
        error = click.ClickException(str(exc))
        error.exit_code = 2  # documented above: nothing could be built
        raise error from exc
    if not quiet:
        click.echo(summary.format(), err=True)
        stats = getattr(summary, "store_stats", None)
        if stats is not None:
            click.echo(f"store: {stats.extracted} extracted, {stats.unchanged} unchanged "
                       f"({stats.files_unread} files not read again: same size and times), {stats.removed} removed"
                       + (f", {stats.failed} failed (see skipped.json)" if stats.failed else "")
                       + (", store compacted" if stats.compacted else ""), err=True)
    if summary.skipped:
        sys.exit(1)


@cli.command(name="eval")
@click.argument("sources", nargs=-1, required=True)
@click.option("--gold", "gold_path", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True,
              help="Gold annotations (JSON, see the extraction guide).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--misses/--no-misses", default=True, show_default=True, help="List gold facts not found and system facts not in gold.")
@click.option("--jobs", "-j", type=click.IntRange(1), default=1, show_default=True, help="Worker processes.")
def eval_(sources: tuple[str, ...], gold_path: Path, as_json: bool, misses: bool, jobs: int) -> None:
    """Build in memory and score against a gold file: per-type precision, recall, F1.

    Exit 0 when it ran, whatever the scores.

    \b
    Example:
      kg eval seeds --gold ../shared/gold/seeds.gold.json
      kg eval seeds --gold gold.json --json > scores.json
    """
    from kg import api
    from kg.evaluate import GoldError

    try:
        report = api.evaluate(list(sources), gold_path, jobs=jobs)
    except (api.KGError, GoldError) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(report.format(misses=misses))


def _register() -> None:
    for name in _COMMAND_MODULES:
        module = importlib.import_module(name)
        for command in getattr(module, "commands", []):
            cli.add_command(command)


_register()


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
