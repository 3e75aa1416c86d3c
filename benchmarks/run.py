"""Benchmark the build: throughput, stages, jobs, memory, incremental rebuild, queries.

    python benchmarks/run.py                      # 2,000 generated articles (make bench)
    python benchmarks/run.py --articles 4000 --small 1000

Generates a corpus with benchmarks/generate.py (not timed), then measures on
this machine, in one run:

- end to end ``kg build`` (in memory, one process): characters/s and articles/s;
- time per stage (ingest, extraction, graph, export), in process;
- spaCy with jieba alone tokenising the same texts (the floor), and the ratio;
- ``kg build --store`` with ``--jobs 1`` and ``--jobs 2``: the speed-up, from the medians of ``--repeat``
  runs each taken in turn with no memory sampler beside them (peak memory comes from one sampled run each);
- peak memory (RSS summed over the process and its workers, sampled every
  0.05 s) of store builds at two corpus sizes, extrapolated linearly to
  100,000 articles;
- an incremental rebuild after changing 1 % of the articles vs the full build;
- every bundled query on the built store.

Prints a Markdown table and writes benchmarks/results.json.  Nothing is tuned
to the measurement; timings on a shared machine vary by some 10 %.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
KG = [sys.executable, "-m", "kg.cli"]
TARGETS = {"chars_per_s": 100_000, "jobs_speedup": 1.7, "memory_100k_mb": 2048, "incremental_speedup": 20,
           "query_s": 1.0}


def machine() -> dict:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor())
    return {"cpus": os.cpu_count(), "cpu": model, "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "python": platform.python_version()}


def run_measured(args: list[str], env: dict | None = None) -> tuple[float, float]:
    """Run a command; return (seconds, peak RSS in MB summed over it and its children)."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not done.is_set():
            total = 0
            try:
                for p in [root, *root.children(recursive=True)]:
                    try:
                        total += p.memory_info().rss
                    except psutil.NoSuchProcess:
                        pass
            except psutil.NoSuchProcess:
                break
            peak = max(peak, total)
            done.wait(0.05)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    _out, err = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    thread.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(map(str, args))} failed ({proc.returncode}):\n{err.decode(errors='replace')}")
    return seconds, peak / 2**20


def run_timed(args: list[str], env: dict | None = None) -> float:
    """Run a command with no sampler beside it; return its seconds.  (Sampling memory every 0.05 s takes CPU
    from the workers on a 2-core machine, so the times that decide a target come from runs like this.)"""
    start = time.perf_counter()
    proc = subprocess.run(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(map(str, args))} failed ({proc.returncode}):\n{proc.stderr.decode(errors='replace')}")
    return seconds


def corpus(folder: Path, count: int, seed: int) -> tuple[int, int]:
    sys.path.insert(0, str(HERE))
    import generate

    if folder.exists():
        shutil.rmtree(folder)
    chars = generate.write(count, folder, seed=seed)
    return count, chars


def stages(folder: Path) -> dict:
    """Seconds per stage of the in-memory build, in this process."""
    from kg import api, export
    from kg.extract import extract_all, pipeline
    from kg.graph import GraphBuilder, count_nodes_and_facts

    pipeline()
    out: dict = {}
    t = time.perf_counter()
    articles = list(api.read([str(folder)]))
    out["ingest"] = time.perf_counter() - t
    t = time.perf_counter()
    results = list(extract_all(articles))
    out["extraction"] = time.perf_counter() - t
    t = time.perf_counter()
    builder = GraphBuilder(describe=api.describe_region)
    for result in results:
        builder.add(result)
    graph = builder.graph
    out["graph"] = time.perf_counter() - t
    t = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        export.write_all(graph, Path(tmp))
        api.write_viewer(graph, Path(tmp) / "graph.html", count_nodes_and_facts(graph)[0])  # as `kg build` does
    out["export"] = time.perf_counter() - t
    out["triples"] = len(graph)
    return out


def floor(folder: Path) -> float:
    """Characters/s of spaCy with jieba tokenising the same texts."""
    import jieba
    import spacy

    from kg import api

    jieba.setLogLevel(60)
    texts = [a.text for a in api.read([str(folder)])]
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp(texts[0])
    t = time.perf_counter()
    for text in texts:
        nlp(text)
    return sum(map(len, texts)) / (time.perf_counter() - t)


def change_one_percent(folder: Path) -> int:
    files = sorted(folder.glob("*.txt"))
    step = 100
    changed = files[::step]
    for path in changed:
        path.write_text(path.read_text(encoding="utf-8") + "\n武进区向汉滨区捐赠资金100万元。\n", encoding="utf-8")
    return len(changed)


def queries(store: Path) -> dict:
    from kg.query import bundled_queries, run_query

    times = {}
    for name in bundled_queries():
        run_query(store, name)  # open once; the timed run is the second
        t = time.perf_counter()
        run_query(store, name).records()
        times[name] = time.perf_counter() - t
    return times


def retable(path: Path) -> str:
    """The Markdown table of a results file, redrawn (``--retable FILE``)."""
    res = json.loads(path.read_text(encoding="utf-8"))
    res["store_builds"] = {int(k): v for k, v in res["store_builds"].items()}  # JSON made the keys strings
    res["table"] = markdown(res, max(res["store_builds"]))
    path.write_text(json.dumps(res, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return res["table"]


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="corpus size for the main measurements")
    parser.add_argument("--small", type=int, default=None, help="second size for the memory slope (default: half)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3,
                        help="unsampled timed runs of each store build (the median decides; 0: the sampled run)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary one)")
    parser.add_argument("--large", type=int, default=0,
                        help="also build a store of this many articles with --jobs (e.g. 100000): time, peak memory, "
                             "1 %% incremental rebuild and every bundled query at that size")
    parser.add_argument("--out", type=Path, default=HERE / "results.json")
    parser.add_argument("--retable", type=Path, default=None, metavar="FILE",
                        help="only redraw the table of a results file, measuring nothing")
    args = parser.parse_args(argv)
    if args.retable:
        print(retable(args.retable))
        return {}
    small = args.small or max(args.articles // 2, 1)
    work = args.work or Path(tempfile.mkdtemp(prefix="ewp-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONHASHSEED="0")
    res: dict = {"machine": machine(), "articles": args.articles, "small": small}

    big_dir, small_dir = work / "corpus", work / "corpus-small"
    _, chars = corpus(big_dir, args.articles, args.seed)
    _, small_chars = corpus(small_dir, small, args.seed + 1)
    res["chars"] = chars
    print(f"corpus: {args.articles} articles, {chars:,} characters in {work}", file=sys.stderr)

    # end to end, in memory, one process (what `kg build` does today)
    secs, rss = run_measured(KG + ["build", str(big_dir), "--out", str(work / "mem"), "-q"], env)
    res["e2e_memory_build"] = {"seconds": secs, "chars_per_s": chars / secs, "articles_per_s": args.articles / secs,
                               "peak_rss_mb": rss}
    print(f"in-memory build: {secs:.1f} s", file=sys.stderr)
    res["stages"] = stages(big_dir)
    res["floor_chars_per_s"] = floor(big_dir)
    extraction_cps = chars / res["stages"]["extraction"]
    res["extraction_chars_per_s"] = extraction_cps

    # store builds: jobs 1 and N, full; then 1 % changed.  Peak memory from one sampled run each; the times from
    # --repeat unsampled runs, jobs 1 and N taken in turn (the machine's drift falls on both), their medians
    builds = {}

    def store_build(jobs: int) -> list[str]:
        store = work / f"store-j{jobs}"
        shutil.rmtree(store, ignore_errors=True)
        return KG + ["build", str(big_dir), "--out", str(work / f"out-j{jobs}"), "--store", str(store),
                     "--no-turtle", "-q", "--jobs", str(jobs)]

    for jobs in (1, args.jobs):
        secs, rss = run_measured(store_build(jobs), env)
        builds[jobs] = {"sampled_seconds": secs, "peak_rss_mb": rss, "runs": []}
        print(f"store build --jobs {jobs} (memory sampled): {secs:.1f} s, {rss:.0f} MB", file=sys.stderr)
    for _ in range(args.repeat):
        for jobs in (1, args.jobs):
            builds[jobs]["runs"].append(run_timed(store_build(jobs), env))
    for jobs, b in builds.items():
        secs = statistics.median(b["runs"]) if b["runs"] else b["sampled_seconds"]
        b.update(seconds=secs, chars_per_s=chars / secs, articles_per_s=args.articles / secs)
        print(f"store build --jobs {jobs}: {', '.join(f'{r:.1f}' for r in b['runs'])} s", file=sys.stderr)
    res["store_builds"] = builds
    res["jobs_speedup"] = builds[1]["seconds"] / builds[args.jobs]["seconds"]
    pairs = [a / b for a, b in zip(builds[1]["runs"], builds[args.jobs]["runs"])]
    res["jobs_speedup_range"] = [min(pairs), max(pairs)] if pairs else None

    changed = change_one_percent(big_dir)
    secs, rss = run_measured(KG + ["build", str(big_dir), "--out", str(work / "out-j1"), "--store", str(work / "store-j1"),
                                   "--no-turtle", "-q"], env)
    res["incremental"] = {"changed": changed, "seconds": secs, "speedup": builds[1]["seconds"] / secs}
    print(f"incremental ({changed} changed): {secs:.1f} s", file=sys.stderr)

    store_small = work / "store-small"
    shutil.rmtree(store_small, ignore_errors=True)
    secs, rss_small = run_measured(KG + ["build", str(small_dir), "--out", str(work / "out-small"), "--store",
                                         str(store_small), "--no-turtle", "-q"], env)
    rss_big = builds[1]["peak_rss_mb"]
    slope = (rss_big - rss_small) / (args.articles - small)
    res["memory"] = {"small_articles": small, "small_peak_rss_mb": rss_small, "big_articles": args.articles,
                     "big_peak_rss_mb": rss_big, "mb_per_1000_articles": slope * 1000,
                     "extrapolated_100k_mb": rss_big + slope * (100_000 - args.articles)}

    res["queries_s"] = queries(work / "store-j1")
    res["store_triples"] = _store_len(work / "store-j1")
    if args.large:
        res["large"] = large(work, args.large, args.jobs, args.seed + 2, env)

    table = markdown(res, args.jobs)
    print(table)
    res["table"] = table
    args.out.write_text(json.dumps(res, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return res


QUERY_TIMEOUT_S = 300
_TIME_ONE_QUERY = """
import sys, time
from kg.query import run_query
from kg.store import open_store
store = open_store(sys.argv[1], read_only=True)
start = time.perf_counter()
run_query(store, sys.argv[2]).records()
print(time.perf_counter() - start)
"""


def queries_in_subprocess(store: Path, env: dict) -> dict:
    """Seconds of one run of each bundled query (store opened first), or None past QUERY_TIMEOUT_S."""
    from kg.query import bundled_queries

    times = {}
    for name in bundled_queries():
        try:
            out = subprocess.run([sys.executable, "-c", _TIME_ONE_QUERY, str(store), name], cwd=ROOT, env=env,
                                 capture_output=True, text=True, timeout=QUERY_TIMEOUT_S, check=True)
            times[name] = float(out.stdout.strip().splitlines()[-1])
        except subprocess.TimeoutExpired:
            times[name] = None
        print(f"query {name}: {times[name]}", file=sys.stderr)
    return times


def large(work: Path, count: int, jobs: int, seed: int, env: dict) -> dict:
    """A store build of ``count`` articles with ``jobs`` workers, its 1 % rebuild and the queries on it."""
    folder, store, out = work / "corpus-large", work / "store-large", work / "out-large"
    _, chars = corpus(folder, count, seed)
    print(f"large corpus: {count:,} articles, {chars:,} characters", file=sys.stderr)
    shutil.rmtree(store, ignore_errors=True)
    args = KG + ["build", str(folder), "--out", str(out), "--store", str(store), "--no-turtle", "-q", "--jobs", str(jobs)]
    secs, rss = run_measured(args, env)
    print(f"large store build --jobs {jobs}: {secs:.1f} s, {rss:.0f} MB", file=sys.stderr)
    res = {"articles": count, "chars": chars, "jobs": jobs, "seconds": secs, "chars_per_s": chars / secs,
           "peak_rss_mb": rss}
    changed = change_one_percent(folder)
    inc_secs, inc_rss = run_measured(args, env)
    res["incremental"] = {"changed": changed, "seconds": inc_secs, "peak_rss_mb": inc_rss, "speedup": secs / inc_secs}
    print(f"large incremental ({changed} changed): {inc_secs:.1f} s", file=sys.stderr)
    res["queries_s"] = queries_in_subprocess(store, env)
    res["store_triples"] = _store_len(store)
    res["store_mb"] = sum(p.stat().st_size for p in store.rglob("*") if p.is_file()) / 2**20
    return res


def _store_len(path: Path) -> int:
    from kg.store import open_store

    return len(open_store(path, read_only=True))


def markdown(res: dict, jobs: int) -> str:
    m = res["machine"]
    st = res["stages"]
    e2e = res["e2e_memory_build"]
    b1, bn = res["store_builds"][1], res["store_builds"][jobs]
    mem = res["memory"]
    slowest = max(res["queries_s"].items(), key=lambda kv: kv[1])

    def ok(good: bool) -> str:
        return "yes" if good else "**no**"

    rows = [
        ("Corpus", f"{res['articles']:,} generated articles, {res['chars']:,} characters", ""),
        ("End to end, in memory, 1 process (`kg build`)",
         f"{e2e['chars_per_s']:,.0f} chars/s, {e2e['articles_per_s']:.1f} articles/s", ok(e2e["chars_per_s"] >= 1e5)),
        ("End to end, store, 1 process (`kg build --store`)",
         f"{b1['chars_per_s']:,.0f} chars/s, {b1['articles_per_s']:.1f} articles/s", ok(b1["chars_per_s"] >= 1e5)),
        ("Stages (in process): ingest / extraction / graph / export",
         f"{st['ingest']:.2f} / {st['extraction']:.2f} / {st['graph']:.2f} / {st['export']:.2f} s", ""),
        ("Extraction alone", f"{res['extraction_chars_per_s']:,.0f} chars/s", ""),
        ("spaCy + jieba tokenising only (floor)",
         f"{res['floor_chars_per_s']:,.0f} chars/s; extraction runs at "
         f"{res['extraction_chars_per_s'] / res['floor_chars_per_s']:.2f}×, end to end at "
         f"{e2e['chars_per_s'] / res['floor_chars_per_s']:.2f}× of it", ""),
        (f"`--jobs {jobs}` vs 1 (store build)",
         f"{b1['seconds']:.1f} s → {bn['seconds']:.1f} s: {res['jobs_speedup']:.2f}×"
         + (f" (median of {len(b1.get('runs', []))} runs each; pairs {res['jobs_speedup_range'][0]:.2f}–"
            f"{res['jobs_speedup_range'][1]:.2f}×)" if res.get("jobs_speedup_range") else ""),
         ok(res["jobs_speedup"] >= 1.7)),
        ("Peak memory (RSS, process + workers), store build",
         f"{mem['small_peak_rss_mb']:.0f} MB at {mem['small_articles']:,}, {mem['big_peak_rss_mb']:.0f} MB at "
         f"{mem['big_articles']:,} articles ({mem['mb_per_1000_articles']:+.1f} MB per 1,000); "
         f"linear extrapolation to 100,000: {mem['extrapolated_100k_mb']:,.0f} MB"
         + (" (measured at that size below)" if res.get("large") else ""),
         "" if res.get("large") else ok(mem["extrapolated_100k_mb"] <= 2048)),
        ("Peak memory, in-memory build", f"{e2e['peak_rss_mb']:.0f} MB at {res['articles']:,} articles", ""),
        (f"Incremental rebuild, {res['incremental']['changed']} articles (1 %) changed",
         f"{res['incremental']['seconds']:.1f} s vs {b1['seconds']:.1f} s full: {res['incremental']['speedup']:.1f}×"
         + (" (start-up dominates at this size; see the large store below)" if res.get("large") else ""),
         "" if res.get("large") else ok(res["incremental"]["speedup"] >= 20)),
        (f"Bundled queries on the store ({res['store_triples']:,} quads), slowest",
         f"{slowest[0]} {slowest[1] * 1000:.0f} ms; all: " + ", ".join(
             f"{k} {v * 1000:.0f}" for k, v in res["queries_s"].items()) + " ms",
         "" if res.get("large") else ok(slowest[1] < 1.0)),
    ]
    big = res.get("large")
    if big:
        timed = {k: (v if v is not None else float("inf")) for k, v in big["queries_s"].items()}
        slowest_big = max(timed.items(), key=lambda kv: kv[1])
        inc = big["incremental"]
        rows += [
            (f"Store build, {big['articles']:,} articles ({big['chars']:,} characters), `--jobs {big['jobs']}`",
             f"{big['seconds']:.0f} s, {big['chars_per_s']:,.0f} chars/s; peak memory {big['peak_rss_mb']:,.0f} MB; "
             f"store {big['store_mb']:,.0f} MB, {big['store_triples']:,} quads", ok(big["peak_rss_mb"] <= 2048)),
            (f"Incremental rebuild at {big['articles']:,}, {inc['changed']:,} articles (1 %) changed",
             f"{inc['seconds']:.1f} s vs {big['seconds']:.0f} s full: {inc['speedup']:.1f}×", ok(inc["speedup"] >= 20)),
            (f"Bundled queries at {big['articles']:,} articles (one run each, store opened first)",
             "; ".join(f"{k} {v:.1f} s" if v is not None else f"{k} > {QUERY_TIMEOUT_S} s"
                       for k, v in big["queries_s"].items()), ok(slowest_big[1] < 1.0)),
        ]
    lines = [f"Machine: {m['cpus']} CPUs ({m['cpu']}), {m['memory_gb']} GB RAM, Python {m['python']}", "",
             "| Measure | Result | Target met |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
