"""Scale benchmark: one synthetic actor graph (same seed) loaded into each backend, the
embedded FalkorDB and Neo4j, with the project's batched writer, then queried through HTTP by
concurrent clients, the backends taking turns.

    python scripts/bench_api.py                      # both backends, 100k actors, 1M acts
    python scripts/bench_api.py --actors 20000 --acts 200000 --backend neo4j   # a quicker look

Neo4j is the one at --neo4j-uri (its graph is replaced!; user and password from
ACTORGRAPH_NEO4J_USER and ACTORGRAPH_NEO4J_PASSWORD) when given, else a
local Neo4j 5 Community (neo4j-local/, Java 17 and Maven) started here in the data folder
(temporary unless --data-dir) and stopped at the end. FalkorDB's API walks its in-memory act
graph (--traversal memory); Neo4j's steps in Cypher, as it does in production.

The HTTP load comes from wrk (Debian package `wrk`; a C load generator, so the clients take
little of the CPU the server needs), or from httpx in a separate process with
`--client httpx` or when wrk is not installed.

Prints one table, the backends side by side: act edges/s for the load; p50/p99 latency,
requests/s and CPU per request for actor search, depth-1 and depth-2 neighbourhoods (limit
200) and shortest paths (at most 6 hops), each the median of `--repeats` runs (a run sends up
to `--requests` requests, each once, for at most `--run-seconds`); with
`--direct` also the p50 of the same calls on the store without HTTP.
The graph is power-law: a few actors take part in very many acts, as states and agencies do.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import multiprocessing
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import httpx
from pydantic import SecretStr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.config import Settings  # noqa: E402
from app.core.lifecycle import store_session  # noqa: E402
from app.core.schema import load_schema  # noqa: E402
from app.store.base import GraphStore  # noqa: E402
from app.store.falkordb import FalkorStore  # noqa: E402
from app.store.local_neo4j import LocalNeo4j  # noqa: E402
from app.store.models import (  # noqa: E402
    ActorRecord,
    ArticleRecord,
    EvidenceRecord,
    GraphCounts,
    RelationRecord,
)
from app.store.reader import ActFilter, GraphReader  # noqa: E402
from app.store.topology import TopologyCache  # noqa: E402

SYLLABLES = [
    "ka",
    "ro",
    "vi",
    "len",
    "mar",
    "zo",
    "ta",
    "bek",
    "ish",
    "ov",
    "na",
    "dar",
    "sul",
    "gen",
    "ya",
    "mir",
]
KINDS = ["State", "Agency", "Outlet", "Person", "Organization", "Group"]
KIND_WEIGHTS = [2, 15, 10, 55, 15, 3]
CLIENTS = 8
Requests = list[tuple[str, dict[str, object]]]  # (path, query parameters)


# -- synthetic graph ------------------------------------------------------------------
def actor_name(rng: random.Random) -> str:
    """A pronounceable two-word name."""
    words = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize() for _ in range(2)]
    return " ".join(words)


def make_actors(n: int, rng: random.Random) -> list[ActorRecord]:
    """`n` actors with unique ids and names."""
    actors = []
    for i in range(n):
        name = f"{actor_name(rng)} {i}"
        kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
        actors.append(
            ActorRecord(id=f"a{i}", name=name, kind=kind, aliases=[name.upper()], curated=i % 7 == 0)
        )
    return actors


def power_law_weights(n: int, rng: random.Random, exponent: float = 1.0) -> list[float]:
    """Cumulative Zipf weights over a shuffled order, so hubs are spread over ids."""
    weights = [1.0 / (rank + 1) ** exponent for rank in range(n)]
    rng.shuffle(weights)
    return list(itertools.accumulate(weights))


def make_acts(
    n_acts: int, n_actors: int, n_articles: int, rng: random.Random, chunk: int
) -> Iterator[list[RelationRecord]]:
    """Dated acts between power-law-chosen actors, each with one evidence sentence, in chunks."""
    cum = power_law_weights(n_actors, rng)
    act_types = load_schema().act_types
    for start in range(0, n_acts, chunk):
        size = min(chunk, n_acts - start)
        sources = rng.choices(range(n_actors), cum_weights=cum, k=size)
        targets = rng.choices(range(n_actors), cum_weights=cum, k=size)
        acts = []
        for i, (s, t) in enumerate(zip(sources, targets, strict=True)):
            if s == t:
                t = (t + 1) % n_actors
            number = start + i
            date = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            act_type = rng.choice(act_types)
            sentence = f"On {date}, a{s} {act_type.lower()} a{t}."
            article = f"d{number % n_articles}"
            evidence = EvidenceRecord(
                id=f"e{number}", article_id=article, sentence=sentence, start=0, end=len(sentence)
            )
            acts.append(
                RelationRecord(
                    id=f"r{number}",
                    type=act_type,
                    source=f"a{s}",
                    target=f"a{t}",
                    date=date,
                    date_precision="day",
                    status=rng.choices(["reported", "alleged", "denied"], [85, 12, 3])[0],
                    summary=f"a{s} {act_type.lower()} a{t}",
                    evidence=[evidence],
                )
            )
        yield acts


def load_graph(store: GraphStore, args: argparse.Namespace) -> dict[str, float]:
    """Write actors, articles and acts with the store's batched writer; time the acts."""
    rng = random.Random(7)
    store.clear()
    store.apply_schema()
    actors = make_actors(args.actors, rng)
    started = time.perf_counter()
    store.upsert_actors(actors)
    actor_s = time.perf_counter() - started
    articles = [
        ArticleRecord(id=f"d{i}", title=f"Synthetic report {i}", outlet="Bench", date="2025-01-01", text="…")
        for i in range(args.articles)
    ]
    store.upsert_articles(articles)
    act_s, written = 0.0, 0
    for chunk in make_acts(args.acts, args.actors, args.articles, rng, chunk=50_000):
        started = time.perf_counter()
        store.upsert_relations(chunk)
        act_s += time.perf_counter() - started
        written += len(chunk)
        print(f"  loaded {written:,} acts ({written / act_s:,.0f} act edges/s)", file=sys.stderr)
    return {"actors/s": len(actors) / actor_s, "act edges/s": written / act_s, "acts": written}


# -- workloads ------------------------------------------------------------------------
def typo(name: str, rng: random.Random) -> str:
    """The name with one letter dropped, lower-cased: how people type into a search box."""
    word = name.split()[0].lower()
    i = rng.randrange(1, len(word))
    return word[:i] + word[i + 1 :] + " " + name.split()[1].lower()


def workload(
    names: list[str], n_actors: int, seed: int, n: int = 400
) -> dict[str, list[tuple[str, dict[str, object]]]]:
    """Request lists per query kind: (path, params)."""
    rng = random.Random(seed)
    cum = power_law_weights(n_actors, random.Random(7))  # same hubs as the graph

    def pick() -> str:
        return f"a{rng.choices(range(n_actors), cum_weights=cum)[0]}"

    def anyone() -> str:
        return f"a{rng.randrange(n_actors)}"

    return {
        "search": [("/actors", {"q": typo(rng.choice(names), rng), "limit": 10}) for _ in range(n)],
        "neighbourhood d1": [
            (f"/actors/{pick()}/neighbourhood", {"depth": 1, "limit": 200}) for _ in range(n)
        ],
        "neighbourhood d2": [
            (f"/actors/{pick()}/neighbourhood", {"depth": 2, "limit": 200}) for _ in range(n)
        ],
        "shortest path": [("/paths", {"from": anyone(), "to": anyone(), "max_hops": 6}) for _ in range(n)],
    }


def direct_call(reader: GraphReader, path: str, params: dict[str, object]) -> None:
    """The query a request runs, called on the store without HTTP."""
    if path == "/actors":
        reader.search_actors(str(params["q"]), None, int(str(params["limit"])), 0)
    elif path == "/paths":
        reader.paths(str(params["from"]), str(params["to"]), 6, "both", ActFilter(), False, 1)
    else:
        reader.neighbourhood(path.split("/")[2], int(str(params["depth"])), "both", ActFilter(), 200)


def summarise(latencies: list[float], wall: float) -> dict[str, float]:
    """p50, p99 (ms), requests/s and the number answered."""
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return {
        "p50": statistics.median(ordered) * 1000,
        "p99": p99 * 1000,
        "rps": len(ordered) / wall,
        "answered": len(ordered),
    }


def run_direct(reader: GraphReader, requests: Requests, limit_s: float) -> dict[str, float]:
    """The requests on the store from CLIENTS threads, until all are answered or `limit_s` passed."""
    latencies: list[float] = []
    queue = iter(requests)
    lock = threading.Lock()
    deadline = time.perf_counter() + limit_s

    def worker() -> None:
        while time.perf_counter() < deadline:
            with lock:
                item = next(queue, None)
            if item is None:
                return
            started = time.perf_counter()
            direct_call(reader, *item)
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)

    threads = [threading.Thread(target=worker) for _ in range(CLIENTS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return summarise(latencies, time.perf_counter() - started)


async def _http_requests(base: str, requests: Requests, limit_s: float) -> tuple[list[float], float, int]:
    latencies: list[float] = []
    failed = 0
    queue = iter(requests)
    deadline = time.perf_counter() + limit_s
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:

        async def worker() -> None:
            nonlocal failed
            for path, params in queue:
                if time.perf_counter() > deadline:
                    return
                started = time.perf_counter()
                response = await client.get(path, params=params)
                latencies.append(time.perf_counter() - started)
                failed += response.status_code >= 400

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(CLIENTS)))
        return latencies, time.perf_counter() - started, failed


def _http_worker(base: str, requests: Requests, limit_s: float, out: multiprocessing.Queue) -> None:
    out.put(asyncio.run(_http_requests(base, requests, limit_s)))


def run_http(base: str, requests: Requests, limit_s: float) -> dict[str, float]:
    """The requests through HTTP from CLIENTS concurrent connections, in a separate process,
    until all are answered or `limit_s` has passed."""
    out: multiprocessing.Queue = multiprocessing.Queue()
    process = multiprocessing.Process(target=_http_worker, args=(base, requests, limit_s, out))
    process.start()
    try:
        latencies, wall, failed = out.get(timeout=limit_s + 120)  # + the last requests' time
    finally:
        process.join(timeout=10)
        if process.is_alive():
            process.kill()
    return {**summarise(latencies, wall), "failed": failed}


WRK_SCRIPT = """
-- Sends each request path in the file $WRK_PATHS once: thread k of $WRK_THREADS takes
-- paths k+1, k+1+n, ... and, when its share is answered, stops and leaves a file named k
-- in $WRK_DONE (the caller then interrupts wrk). Prints p50/p99 (ms), requests, seconds
-- and errors as JSON when done.
local threads = 0
function setup(thread)
  thread:set("offset", threads)
  threads = threads + 1
end
local paths, next_path, answered, share = {}, 0, 0, 0
function init(args)
  local stride, n = tonumber(os.getenv("WRK_THREADS")), 0
  for line in io.lines(os.getenv("WRK_PATHS")) do
    if n % stride == offset then paths[#paths + 1] = line end
    n = n + 1
  end
  share = #paths
end
function request()
  next_path = next_path % #paths + 1  -- wraps only for the few requests in flight at the end
  return wrk.format("GET", paths[next_path])
end
function response(status, headers, body)
  answered = answered + 1
  if answered == share then  -- say so (wrk itself runs for -d), then stop this thread
    io.open(os.getenv("WRK_DONE") .. "/" .. offset, "w"):close()
    wrk.thread:stop()
  end
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"p50": %.3f, "p99": %.3f, "requests": %d, "seconds": %.3f, "errors": %d, "bad_status": %d}\\n',
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests,
    summary.duration / 1e6, e.connect + e.read + e.write + e.timeout, e.status))
end
"""
WRK_THREADS = 2


def run_wrk(base: str, requests: Requests, limit_s: float) -> dict[str, float]:
    """Each request once, from CLIENTS wrk connections on two threads (the same requests, in
    the same order, that `run_direct` sends, so caches warm up alike in both), until all are
    answered or `limit_s` has passed."""
    with tempfile.TemporaryDirectory(prefix="bench-wrk-") as tmp:
        script, paths, finished = Path(tmp) / "once.lua", Path(tmp) / "paths.txt", Path(tmp) / "done"
        script.write_text(WRK_SCRIPT)
        paths.write_text("".join(f"{path}?{urlencode(params)}\n" for path, params in requests))
        finished.mkdir()
        command = ["wrk", "-t", str(WRK_THREADS), "-c", str(CLIENTS), "-d", f"{limit_s:.0f}s",
                   "--timeout", "60s", "-s", str(script), base]  # fmt: skip
        env = {
            **os.environ,
            "WRK_PATHS": str(paths),
            "WRK_THREADS": str(WRK_THREADS),
            "WRK_DONE": str(finished),
        }
        wrk = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        while len(list(finished.iterdir())) < WRK_THREADS and wrk.poll() is None:
            time.sleep(0.01)
        wrk.send_signal(signal.SIGINT)  # wrk prints its summary and the script's report on SIGINT
        stdout, stderr = wrk.communicate(timeout=60)
    if not stdout.strip():
        raise RuntimeError(f"wrk printed nothing: {stderr}")
    result = json.loads(stdout.strip().splitlines()[-1])
    if result["errors"]:
        raise RuntimeError(f"wrk saw {result['errors']} socket errors")
    return {
        "p50": result["p50"],
        "p99": result["p99"],
        "rps": result["requests"] / result["seconds"],
        "answered": result["requests"],
        "failed": result["bad_status"],
    }


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time the given processes have used so far (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        with contextlib.suppress(FileNotFoundError, ProcessLookupError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total / ticks


def with_cpu(run: Callable[[], dict[str, float]], serving: list[int], store: list[int]) -> dict[str, float]:
    """`run()`'s figures plus the CPU milliseconds per answered request that the serving
    processes (API workers, or this process for direct calls) and the store server spent."""
    before = cpu_seconds(serving), cpu_seconds(store)
    result = run()
    answered = max(result["answered"], 1)
    return {
        **result,
        "cpu_ms": (cpu_seconds(serving) - before[0]) * 1000 / answered,
        "store_cpu_ms": (cpu_seconds(store) - before[1]) * 1000 / answered,
    }


# -- the run ----------------------------------------------------------------------------
BACKENDS = {"falkordb": "FalkorDB (embedded)", "neo4j": "Neo4j"}


@dataclass
class Backend:
    """One store with the graph loaded and the API serving it."""

    name: str
    store: GraphStore
    base: str  # the API's URL
    workers: list[int]  # the API's worker processes
    store_pids: list[int]  # the store server's process, where it runs on this machine
    reader: GraphReader | None  # for direct calls (--direct)
    load: dict[str, float]


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def serve(settings: Settings, workers: int, traversal: str) -> tuple[subprocess.Popen[bytes], str]:
    """`actorgraph serve` on a free port, waited for until every worker is ready to traverse."""
    port = free_port()
    env = {**os.environ, "ACTORGRAPH_DATA_DIR": str(settings.data_dir), "ACTORGRAPH_TRAVERSAL": traversal}
    env.pop("ACTORGRAPH_NEO4J_URI", None)
    if settings.neo4j_uri:
        env["ACTORGRAPH_NEO4J_URI"] = settings.neo4j_uri
        env["ACTORGRAPH_NEO4J_USER"] = settings.neo4j_user
        if settings.neo4j_password is not None:
            env["ACTORGRAPH_NEO4J_PASSWORD"] = settings.neo4j_password.get_secret_value()
    command = [sys.executable, "-m", "app.cli", "serve", "--port", str(port), "--workers", str(workers),
               "--no-access-log"]  # fmt: skip
    log = (settings.data_dir / f"api-{settings.backend}.log").open("wb")
    server = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 600
    in_memory = 0  # consecutive answers from workers whose in-memory act graph is built
    while time.monotonic() < deadline:
        if server.poll() is not None:  # e.g. another process took the port first
            raise RuntimeError(f"the API exited with {server.returncode} (log: {log.name})")
        try:
            response = httpx.get(f"{base}/ready", timeout=2)
            if response.status_code == 200:
                traversal = response.json().get("traversal")
                in_memory = in_memory + 1 if traversal in ("memory", "cypher") else 0
                if in_memory >= 4 * workers:
                    return server, base
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    os.killpg(server.pid, signal.SIGKILL)
    raise RuntimeError(f"the API did not become ready (log: {log.name})")


def stop(server: subprocess.Popen[bytes]) -> None:
    """Stop the API and its workers."""
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=10)


def neo4j_settings(
    args: argparse.Namespace, data_dir: Path, stack: contextlib.ExitStack
) -> tuple[Settings, int]:
    """Settings for --neo4j-uri when given, else for a local Neo4j started here (and stopped
    when `stack` closes), with the server's pid (0 when it runs elsewhere). Never the
    environment's ACTORGRAPH_NEO4J_URI: a user's own graph is not replaced by accident."""
    if args.neo4j_uri:
        return Settings(data_dir=data_dir, neo4j_uri=args.neo4j_uri, query_timeout_s=60), 0
    local = LocalNeo4j(data_dir, heap_mb=args.neo4j_heap_mb, page_cache_mb=args.neo4j_page_cache_mb)
    password = local.password()
    started = time.perf_counter()
    server = local.start(password)
    stack.callback(local.stop)
    print(f"  local Neo4j at {server.uri} ready after {time.perf_counter() - started:.1f} s", file=sys.stderr)
    settings = Settings(
        data_dir=data_dir, neo4j_uri=server.uri, neo4j_user="neo4j", neo4j_password=SecretStr(password),
        query_timeout_s=60,
    )  # fmt: skip
    return settings, server.pid


def open_backend(name: str, args: argparse.Namespace, data_dir: Path, stack: contextlib.ExitStack) -> Backend:
    """The store `name` with the synthetic graph loaded (unless a reused one holds it), served by
    the API; everything started here stops when `stack` closes."""
    store_pids: list[int] = []
    if name == "neo4j":
        settings, pid = neo4j_settings(args, data_dir, stack)
        store_pids = [pid] if pid else []
        traversal = "cypher"  # Neo4j keeps no write version, so the API always steps in Cypher
    else:
        settings = Settings(data_dir=data_dir, neo4j_uri=None, query_timeout_s=60)
        traversal = args.traversal
    store = stack.enter_context(store_session(settings))
    if isinstance(store, FalkorStore) and store.server:
        store_pids = [store.server.status()["pid"]]
    load: dict[str, float] = {}
    if args.fresh or not store.counts().total_nodes:
        print(f"{name}: loading {args.actors:,} actors and {args.acts:,} acts", file=sys.stderr)
        load = load_graph(store, args)
        if name == "neo4j":
            store.run_write("CALL db.awaitIndexes(600)")  # the full-text index catches up
    started = time.perf_counter()
    server, base = serve(settings, args.workers, traversal)
    stack.callback(stop, server)
    print(f"  {name} API ready after {time.perf_counter() - started:.1f} s", file=sys.stderr)
    workers = [int(p) for p in subprocess.run(
        ["pgrep", "-P", str(server.pid)], capture_output=True, text=True).stdout.split()]  # fmt: skip
    reader = None
    if args.direct:
        topology = TopologyCache(store, wait_s=600) if traversal == "memory" else None
        if topology is not None:
            topology.current()
        reader = GraphReader(store, topology=topology)
    return Backend(name, store, base, workers, store_pids, reader, load)


def measure(
    backend: Backend,
    run: Callable[[str, Requests, float], dict[str, float]],
    requests: Requests,
    args: argparse.Namespace,
) -> dict[str, float]:
    """The requests through HTTP (and, with --direct, on the store), with CPU per request."""
    limit = args.run_seconds
    result = with_cpu(lambda: run(backend.base, requests, limit), backend.workers, backend.store_pids)
    if args.direct and backend.reader is not None:
        reader = backend.reader
        on_store = with_cpu(lambda: run_direct(reader, requests, limit), [os.getpid()], backend.store_pids)
        result |= {"direct_p50": on_store["p50"], "direct_p99": on_store["p99"]}
    return result


def medians(runs: list[dict[str, float]]) -> dict[str, float]:
    """The median of each figure over repeated runs (answers with an error status are summed)."""
    result = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    result["failed"] = sum(run["failed"] for run in runs)
    return result


def table(backends: list[Backend], rows: dict[str, dict[str, dict[str, float]]], direct: bool) -> str:
    """The results as a Markdown table: the backends side by side."""
    columns = ["p50 ms", "p99 ms", "req/s", "CPU ms/req (API + store)"] + (
        ["direct p50 ms"] if direct else []
    )
    header = [f"{BACKENDS[b.name]} {column}" for b in backends for column in columns]
    lines = [f"| query | {' | '.join(header)} |", "|---" * (len(header) + 1) + "|"]
    cells = []
    for backend in backends:
        rate = backend.load.get("act edges/s")
        load = ["–"] * len(columns)
        load[2] = f"{rate:,.0f} acts/s" if rate else "(reused)"  # in the req/s column
        cells += load
    lines.append(f"| load (batched writes) | {' | '.join(cells)} |")
    for name, by_backend in rows.items():
        cells = []
        for backend in backends:
            r = by_backend[backend.name]
            cells += [f"{r['p50']:.1f}", f"{r['p99']:.1f}", f"{r['rps']:.0f}",
                      f"{r['cpu_ms']:.2f} + {r['store_cpu_ms']:.2f}"]  # fmt: skip
            if direct:
                cells.append(f"{r['direct_p50']:.1f}" if "direct_p50" in r else "–")
        lines.append(f"| {name} | {' | '.join(cells)} |")
    return "\n".join(lines)


def graph_size(counts: GraphCounts) -> str:
    """Actors, acts, evidence and articles in one line."""
    acts = sum(counts.relationships.get(t, 0) for t in load_schema().act_types)
    return (
        f"{counts.nodes.get('Actor', 0):,} actors, {acts:,} acts, {counts.nodes.get('Evidence', 0):,} "
        f"evidence nodes, {counts.nodes.get('Article', 0):,} articles "
        f"({counts.total_relationships:,} relationships in all)"
    )


def main() -> None:
    """Generate, load, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=["neo4j", "falkordb", "both"], default="both")
    parser.add_argument("--actors", type=int, default=100_000)
    parser.add_argument("--acts", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2, help="API worker processes")
    parser.add_argument("--requests", type=int, default=1000, help="requests per query kind and run")
    parser.add_argument("--repeats", type=int, default=3, help="runs per query kind (medians are printed)")
    parser.add_argument(
        "--run-seconds", type=float, default=30.0,
        help="a run stops sending after this long, answered or not (the table says where)",
    )  # fmt: skip
    parser.add_argument(
        "--client", choices=["wrk", "httpx"], default="wrk" if shutil.which("wrk") else "httpx",
        help="HTTP load generator (default: wrk when installed)",
    )  # fmt: skip
    parser.add_argument(
        "--traversal", choices=["memory", "cypher"], default="memory",
        help="how FalkorDB's neighbourhoods and paths are searched (Neo4j: always Cypher)",
    )  # fmt: skip
    parser.add_argument("--direct", action="store_true", help="also call the store without HTTP")
    parser.add_argument(
        "--neo4j-uri", help="a Neo4j whose graph the benchmark may replace (default: a local one)"
    )
    parser.add_argument("--neo4j-heap-mb", type=int, default=2048)
    parser.add_argument("--neo4j-page-cache-mb", type=int, default=2048)
    parser.add_argument(
        "--data-dir", type=Path, default=None,
        help="keep the graphs here and reuse them on the next run (skips the load)",
    )  # fmt: skip
    parser.add_argument("--fresh", action="store_true", help="reload even a reused --data-dir")
    args = parser.parse_args()
    names = ["falkordb", "neo4j"] if args.backend == "both" else [args.backend]

    temporary = args.data_dir is None
    data_dir = (args.data_dir or Path(tempfile.mkdtemp(prefix="bench-api-")) / "var").resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    http = run_wrk if args.client == "wrk" else run_http
    # Every backend gets the same requests in the same order; each repeat other requests, and
    # the warm-up others again, so no run replays another's.
    search_names = [actor.name for actor in make_actors(args.actors, random.Random(7))]
    warm_up = workload(search_names, args.actors, seed=12, n=50)
    repeats = [
        workload(search_names, args.actors, seed=100 + i, n=args.requests) for i in range(args.repeats)
    ]
    wall, load_before = time.perf_counter(), os.getloadavg()[2]
    try:
        with contextlib.ExitStack() as stack:
            backends = [open_backend(name, args, data_dir, stack) for name in names]
            counts = {backend.name: backend.store.counts() for backend in backends}
            runs: dict[str, dict[str, list[dict[str, float]]]] = {}
            for kind in warm_up:
                for backend in backends:
                    http(backend.base, warm_up[kind], args.run_seconds)
            # Backends take turns on each query kind, so noise from other work on the machine
            # falls on both alike.
            for i, kinds in enumerate(repeats):
                for kind, requests in kinds.items():
                    for backend in backends:
                        result = measure(backend, http, requests, args)
                        runs.setdefault(kind, {}).setdefault(backend.name, []).append(result)
                        figures = ", ".join(f"{key} {value:.1f}" for key, value in result.items())
                        print(f"  run {i + 1} {kind} {backend.name}: {figures}", file=sys.stderr)
            rows = {
                kind: {name: medians(results) for name, results in by.items()} for kind, by in runs.items()
            }
    finally:
        if temporary:
            shutil.rmtree(data_dir.parent, ignore_errors=True)
    sizes = {name: graph_size(c) for name, c in counts.items()}
    if len(set(sizes.values())) == 1:
        print(f"\ngraph (seed 7, the same on each backend): {next(iter(sizes.values()))}")
    else:
        print("\ngraph (seed 7) DIFFERS: " + "; ".join(f"{name}: {size}" for name, size in sizes.items()))
    print(f"HTTP: {CLIENTS} concurrent clients ({args.client}), API with {args.workers} worker processes; "
          f"each run up to {args.requests:,} requests or {args.run_seconds:.0f} s; medians of {args.repeats} "
          f"runs; FalkorDB traversal: {args.traversal}, Neo4j: Cypher; "
          f"wall time {time.perf_counter() - wall:.0f} s; machine load average (15 min) "
          f"{load_before:.1f} at the start, {os.getloadavg()[2]:.1f} at the end")  # fmt: skip
    print(table(backends, rows, args.direct))
    for kind, by_backend in rows.items():
        for name, r in by_backend.items():
            if r["failed"]:
                print(f"- {kind} on {name}: {r['failed']:.0f} answers with an error status (all runs)")
            if r["answered"] < args.requests:
                print(f"- {kind} on {name}: runs cut at {args.run_seconds:.0f} s, "
                      f"median {r['answered']:.0f} of {args.requests:,} answered")  # fmt: skip


if __name__ == "__main__":
    main()
