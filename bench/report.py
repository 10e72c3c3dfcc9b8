#!/usr/bin/env python3
"""The benchmark's table, from the raw outputs of one run of bench/run.sh.

  report.py target/bench/results-<timestamp>

Reads raw/run<N>-<page>-<system>.{wrk.txt,cpu,pgbench.txt,pgbench-log.*}, check-*.json, *.startup and
meta.env; prints markdown: medians over the runs, ratios to PostGraphile and to the raw-SQL limit, SQL
statements per request, the servers' CPU seconds and memory, and the issue's targets.
"""
import json
import re
import statistics
import sys
from pathlib import Path

PAGES = ("home-feed", "article-page")
SYSTEMS = ("gateway", "gateway-cached", "postgraphile", "raw-sql")
LABELS = {"gateway": "gateway", "gateway-cached": "gateway, response cache on",
          "postgraphile": "PostGraphile 4.14.1, 2 workers", "raw-sql": "raw SQL, pgbench -M prepared"}
STATEMENT_PAGE = {"home-feed": "home-feed-20", "article-page": "article-page-"}
TARGETS = {"home-feed": 3.0, "article-page": 2.0}
TARGET_P99_MS = 40
TARGET_RAW_FRACTION = 0.40
RUN_FILE = re.compile(r"run(\d+)-(home-feed|article-page)-([a-z-]+?)\.(wrk\.txt|pgbench\.txt)$")


def warm_up_lines(results):
    """How long the gateway was loaded before its JIT settled, and how its rate grew meanwhile."""
    path = results / "warmup-warmup.txt"
    if not path.exists():
        return []
    rounds = [dict(field.split("=") for field in line.split()) for line in path.read_text().splitlines()]
    done, rounds = rounds[-1], rounds[:-1]
    growth = "; ".join(f"{page}: " + ", ".join(f"{float(r['req_per_s']):.0f}" for r in rounds if r["page"] == page)
                       for page in dict.fromkeys(r["page"] for r in rounds))
    if done["settled"] == "true":
        state = (f"until its JIT had settled (compiler threads under {done['jit_percent_limit']} % of its CPU in the "
                 "last round of each page)")
    else:
        state = "and its JIT had still not settled (`--warmup-max`): the gateway is measured while it compiles"
    return ["", f"Warm-up: the gateway was loaded {done['loaded_s']} s, page after page in {done['round_s']} s rounds, "
                f"{state}; PostGraphile was then loaded as long. The gateway's req/s round by round: {growth}."]


def key_values(path):
    values = {}
    if path.exists():
        for line in path.read_text().splitlines():
            if "=" in line:
                key, value = line.split("=", 1)
                values[key.strip()] = value.strip()
    return values


def wrk_run(path):
    summary = json.loads(next(line for line in path.read_text().splitlines() if line.startswith("{")))
    errors = sum(summary[key] for key in summary if key.startswith("errors_"))
    cpu = key_values(path.with_name(path.name.replace(".wrk.txt", ".cpu")))
    answered = summary["requests"] > 0  # with none, wrk's percentiles read 0
    return {"rps": summary["requests"] / (summary["duration_us"] / 1e6),
            "p50": summary["latency_p50_us"] / 1000 if answered else None,
            "p99": summary["latency_p99_us"] / 1000 if answered else None,
            "errors": errors if answered else max(errors, 1), "requests": summary["requests"],
            **cpu_per_request(cpu, summary["requests"])}


def cpu_per_request(cpu, requests):
    """The server's CPU seconds in the run, its and PostgreSQL's CPU milliseconds per request (or page load)."""
    server = float(cpu["cpu_seconds"]) if "cpu_seconds" in cpu else None
    postgres = float(cpu["postgres_cpu_seconds"]) if "postgres_cpu_seconds" in cpu else None
    return {"cpu": server,
            "cpu_ms": server * 1000 / requests if server is not None and requests else None,
            "postgres_cpu_ms": postgres * 1000 / requests if postgres is not None and requests else None}


def pgbench_run(path):
    text = path.read_text()
    tps = float(re.search(r"tps = ([0-9.]+)", text).group(1))
    failed = re.search(r"number of failed transactions: (\d+)", text)
    prefix = path.name.replace(".pgbench.txt", ".pgbench-log")
    latencies = sorted(int(line.split()[2]) for log in path.parent.glob(prefix + ".*")
                       for line in log.read_text().splitlines() if line)
    if not latencies:
        raise SystemExit(f"no pgbench transaction log next to {path}")
    return {"rps": tps, "p50": percentile(latencies, 50) / 1000, "p99": percentile(latencies, 99) / 1000,
            "errors": int(failed.group(1)) if failed else 0, "requests": len(latencies),
            **cpu_per_request(key_values(path.with_name(path.name.replace(".pgbench.txt", ".cpu"))), len(latencies))}


def percentile(sorted_values, p):
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * p / 100))]


def collect(results):
    runs = {}
    for path in sorted((results / "raw").iterdir()):
        match = RUN_FILE.match(path.name)
        if match:
            run, page, system, kind = match.groups()
            measured = wrk_run(path) if kind == "wrk.txt" else pgbench_run(path)
            measured["run"] = int(run)
            runs.setdefault((page, system), []).append(measured)
    return runs


def median(values):
    values = [value for value in values if value is not None]
    return statistics.median(values) if values else None


def statements(results, system, page):
    path = results / f"check-{system.removesuffix('-cached')}.json"
    if not path.exists():
        return None
    counted = json.loads(path.read_text())["statements"]
    wanted = [count for name, count in counted.items() if name.startswith(STATEMENT_PAGE[page])]
    return max(wanted) if wanted else None


def fmt(value, pattern="{:.0f}", empty="–"):
    return empty if value is None else pattern.format(value)


def table(results, runs):
    startup = {"gateway": key_values(results / "gateway-benchmark.startup"),
               "gateway-cached": key_values(results / "gateway-cached.startup"),
               "postgraphile": key_values(results / "postgraphile.startup")}
    header = ["| page | system | req/s | p50 ms | p99 ms | × PostGraphile | of raw-SQL limit | SQL statements "
              "per request | server CPU s per run | server CPU ms per request | PostgreSQL CPU ms per request "
              "| peak RSS MiB |",
              "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    lines, cached_lines = list(header), list(header)
    summary = {}
    for page in PAGES:
        medians = {}
        for system in SYSTEMS:
            measured = runs.get((page, system))
            if measured:
                medians[system] = {key: median([run[key] for run in measured])
                                   for key in ("rps", "p50", "p99", "cpu", "cpu_ms", "postgres_cpu_ms")}
                medians[system]["errors"] = sum(run["errors"] for run in measured)
                medians[system]["requests"] = sum(run["requests"] for run in measured)
        summary[page] = medians
        postgraphile = medians.get("postgraphile", {}).get("rps")
        raw = medians.get("raw-sql", {}).get("rps")
        for system, m in medians.items():
            (cached_lines if system == "gateway-cached" else lines).append("| " + " | ".join([
                page, LABELS[system], fmt(m["rps"]), fmt(m["p50"], "{:.1f}"), fmt(m["p99"], "{:.1f}"),
                fmt(m["rps"] / postgraphile if postgraphile else None, "{:.2f}×"),
                fmt(m["rps"] / raw if raw else None, "{:.0%}"),
                "0 on a hit" if system == "gateway-cached" else fmt(statements(results, system, page), "{:g}"),
                fmt(m["cpu"], "{:.1f}"), fmt(m["cpu_ms"], "{:.2f}"), fmt(m["postgres_cpu_ms"], "{:.2f}"),
                startup.get(system, {}).get("peak_rss_mib", "–")]) + " |")
    return lines, (cached_lines if len(cached_lines) > 2 else []), summary


def statement_table(results):
    lines = ["| system | home feed, 10 items | 20 items | 50 items | article page |", "|---|---:|---:|---:|---:|"]
    for system in ("gateway", "postgraphile", "raw-sql"):
        path = results / f"check-{system}.json"
        if not path.exists():
            continue
        counted = json.loads(path.read_text())["statements"]
        article = [count for name, count in counted.items() if name.startswith("article-page-")]
        lines.append(f"| {LABELS[system]} | " + " | ".join(
            fmt(counted.get(f"home-feed-{n}"), "{:g}") for n in (10, 20, 50))
            + f" | {fmt(max(article) if article else None, '{:g}')} |")
    return lines


def per_run_ratios(runs, page):
    """The gateway's req/s over PostGraphile's in each run: the spread behind the ratio of the medians."""
    postgraphile = {run["run"]: run["rps"] for run in runs.get((page, "postgraphile"), []) if run["rps"]}
    return [run["rps"] / postgraphile[run["run"]] for run in sorted(runs.get((page, "gateway"), []),
                                                                   key=lambda run: run["run"])
            if run["rps"] is not None and run["run"] in postgraphile]


def targets(summary, runs):
    lines = []
    for page in PAGES:
        gateway, postgraphile, raw = (summary[page].get(s) for s in ("gateway", "postgraphile", "raw-sql"))
        if not (gateway and postgraphile and raw):
            continue
        ratio = gateway["rps"] / postgraphile["rps"] if postgraphile["rps"] else 0
        fraction = gateway["rps"] / raw["rps"] if raw["rps"] else 0
        p99_met = gateway["p99"] is not None and gateway["p99"] <= TARGET_P99_MS
        each_run = ", ".join(f"{r:.2f}×" for r in per_run_ratios(runs, page))
        lines.append(f"- {page}: {ratio:.2f}× PostGraphile (per run {each_run}; target ≥ {TARGETS[page]:g}×: "
                     f"{'met' if ratio >= TARGETS[page] else 'not met'}), p99 {fmt(gateway['p99'], '{:.1f}')} ms "
                     f"(target ≤ {TARGET_P99_MS} ms: {'met' if p99_met else 'not met'}), "
                     f"{fraction:.0%} of raw SQL (target ≥ {TARGET_RAW_FRACTION:.0%}: "
                     f"{'met' if fraction >= TARGET_RAW_FRACTION else 'not met'})")
    return lines


def main(results):
    results = Path(results)
    meta = key_values(results / "meta.env")
    runs = collect(results)
    rows, cached_rows, summary = table(results, runs)
    out = [f"## Benchmark results ({results.name})", "",
           f"Scale {meta.get('scale')}: {meta.get('authors')} authors, {meta.get('images')} images, "
           f"{meta.get('articles')} articles (body {meta.get('body_bytes_avg')} bytes on average), "
           f"{meta.get('feed_items')} feed items. wrk -t{meta.get('threads')} -c{meta.get('connections')} "
           f"-d{meta.get('duration_s')}s; pgbench -c{meta.get('connections')} -j{meta.get('threads')}; "
           f"medians of {meta.get('runs')} interleaved runs. {meta.get('cpus')} × {meta.get('cpu_model')}; "
           f"{meta.get('java')}; {meta.get('postgres')}; gateway {meta.get('gateway_commit')}. Load average "
           f"before {meta.get('load_average_before')}, after {meta.get('load_average_after')}.", ""]
    out += rows
    if cached_rows:
        out += ["", "With the response cache on (`gateway.response-cache.enabled`; hot pages, not part of the "
                "comparison):", ""] + cached_rows
    out += ["", "SQL statements per request (pg_stat_statements, correctness pass):", ""] + statement_table(results)
    gateway_start = key_values(results / "gateway-benchmark.startup")
    postgraphile_start = key_values(results / "postgraphile.startup")
    out += ["", f"Startup: gateway answers {fmt(int(gateway_start['startup_ms']) / 1000 if 'startup_ms' in gateway_start else None, '{:.1f}')} s "
            f"after `java -jar` (Spring: {gateway_start.get('spring_started', '–')} s), RSS then "
            f"{gateway_start.get('rss_after_start_mib', '–')} MiB, peak {gateway_start.get('peak_rss_mib', '–')} MiB, "
            f"Java heap at the end of the timed runs {gateway_start.get('heap_used_mib', '–')} MiB used of "
            f"{gateway_start.get('heap_committed_mib', '–')} MiB committed; "
            f"PostGraphile (2 workers) answers after "
            f"{fmt(int(postgraphile_start['startup_ms']) / 1000 if 'startup_ms' in postgraphile_start else None, '{:.1f}')} s, "
            f"RSS then {postgraphile_start.get('rss_after_start_mib', '–')} MiB, "
            f"peak {postgraphile_start.get('peak_rss_mib', '–')} MiB."]
    out += warm_up_lines(results)
    goals = targets(summary, runs)
    if goals:
        out += ["", "Targets (cache off):"] + goals
    failures = [f"{page} {system}: {m['errors']} errors in {m['requests']} requests"
                for page, medians in summary.items() for system, m in medians.items() if m["errors"]]
    if failures:
        out += ["", "ERRORS (socket errors, non-2xx answers or failed transactions):"] + [f"- {f}" for f in failures]
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
