"""Scale benchmark: a synthetic actor graph, loaded with the project's batched writer, then
queried through HTTP by concurrent clients and directly on the store, in one run.

    python scripts/bench_api.py                      # 100k actors, 1M acts (about 15 min)
    python scripts/bench_api.py --actors 10000 --acts 100000 --requests 500   # a quick look

The HTTP load comes from wrk (Debian package `wrk`; a C load generator, so the clients take
little of the CPU the server needs), or from httpx in a separate process with
`--client httpx` or when wrk is not installed.

Prints one table: act edges/s for the load; p50/p99 latency and requests/s for actor search,
depth-1 and depth-2 neighbourhoods (limit 200), shortest paths (at most 6 hops) and a mixed
workload, through HTTP and directly on the store, and the API/direct ratio of the medians.
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
from pathlib import Path
from urllib.parse import urlencode

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.config import Settings  # noqa: E402
from app.core.lifecycle import store_session  # noqa: E402
from app.core.schema import load_schema  # noqa: E402
from app.store.base import GraphStore  # noqa: E402
from app.store.falkordb import FalkorStore  # noqa: E402
from app.store.models import ActorRecord, ArticleRecord, EvidenceRecord, RelationRecord  # noqa: E402
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
    """p50, p99 (ms) and requests/s."""
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return {"p50": statistics.median(ordered) * 1000, "p99": p99 * 1000, "rps": len(ordered) / wall}


def run_direct(reader: GraphReader, requests: list[tuple[str, dict[str, object]]]) -> dict[str, float]:
    """The requests on the store from CLIENTS threads."""
    latencies: list[float] = []
    queue = iter(requests)
    lock = threading.Lock()

    def worker() -> None:
        while True:
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


async def _http_requests(
    base: str, requests: list[tuple[str, dict[str, object]]]
) -> tuple[list[float], float]:
    latencies: list[float] = []
    queue = iter(requests)
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:

        async def worker() -> None:
            for path, params in queue:
                started = time.perf_counter()
                response = await client.get(path, params=params)
                latencies.append(time.perf_counter() - started)
                if response.status_code >= 500:
                    raise RuntimeError(f"{path} {params} → {response.status_code}: {response.text[:200]}")

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(CLIENTS)))
        return latencies, time.perf_counter() - started


def _http_worker(
    base: str, requests: list[tuple[str, dict[str, object]]], out: multiprocessing.Queue
) -> None:
    out.put(asyncio.run(_http_requests(base, requests)))


def run_http(base: str, requests: list[tuple[str, dict[str, object]]]) -> dict[str, float]:
    """The requests through HTTP from CLIENTS concurrent connections, in a separate process."""
    out: multiprocessing.Queue = multiprocessing.Queue()
    process = multiprocessing.Process(target=_http_worker, args=(base, requests, out))
    process.start()
    latencies, wall = out.get()
    process.join()
    return summarise(latencies, wall)


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


def run_wrk(base: str, requests: list[tuple[str, dict[str, object]]]) -> dict[str, float]:
    """Each request once, from CLIENTS wrk connections on two threads (the same requests, in
    the same order, that `run_direct` sends, so caches warm up alike in both)."""
    with tempfile.TemporaryDirectory(prefix="bench-wrk-") as tmp:
        script, paths, finished = Path(tmp) / "once.lua", Path(tmp) / "paths.txt", Path(tmp) / "done"
        script.write_text(WRK_SCRIPT)
        paths.write_text("".join(f"{path}?{urlencode(params)}\n" for path, params in requests))
        finished.mkdir()
        command = ["wrk", "-t", str(WRK_THREADS), "-c", str(CLIENTS), "-d", "3600s", "--timeout", "60s",
                   "-s", str(script), base]  # fmt: skip
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
    if result["errors"] or result["bad_status"]:
        raise RuntimeError(
            f"wrk saw {result['errors']} socket errors and {result['bad_status']} non-2xx answers"
        )
    return {"p50": result["p50"], "p99": result["p99"], "rps": result["requests"] / result["seconds"]}


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time the given processes have used so far (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        with contextlib.suppress(FileNotFoundError, ProcessLookupError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total / ticks


def with_cpu(
    run: Callable[[], dict[str, float]], requests: int, serving: list[int], store: list[int]
) -> dict[str, float]:
    """`run()`'s figures plus the CPU milliseconds per request that the serving processes
    (API workers, or this process for direct calls) and the store server spent during it."""
    before = cpu_seconds(serving), cpu_seconds(store)
    result = run()
    return {
        **result,
        "cpu_ms": (cpu_seconds(serving) - before[0]) * 1000 / requests,
        "store_cpu_ms": (cpu_seconds(store) - before[1]) * 1000 / requests,
    }


# -- the run ----------------------------------------------------------------------------
def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def serve(data_dir: Path, workers: int, traversal: str) -> tuple[subprocess.Popen[bytes], str]:
    """`actorgraph serve` on a free port, waited for until every worker is ready to traverse."""
    port = free_port()
    env = {**os.environ, "ACTORGRAPH_DATA_DIR": str(data_dir), "ACTORGRAPH_TRAVERSAL": traversal}
    command = [sys.executable, "-m", "app.cli", "serve", "--port", str(port), "--workers", str(workers),
               "--no-access-log"]  # fmt: skip
    log = (data_dir.parent / "api.log").open("wb")
    server = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 600
    in_memory = 0  # consecutive answers from workers whose in-memory act graph is built
    while time.monotonic() < deadline:
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
    server.kill()
    raise RuntimeError("the API did not become ready")


def table(rows: list[tuple[str, dict[str, float], dict[str, float]]]) -> str:
    """The results as a Markdown table: latency, throughput and CPU per request, each way."""
    lines = [
        "| query | API p50 ms | API p99 ms | API req/s | API CPU ms/req (workers + store) "
        "| direct p50 ms | direct p99 ms | direct req/s | direct CPU ms/req (reader + store) "
        "| API/direct p50 |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, api, direct in rows:
        ratio = api["p50"] / direct["p50"] if direct["p50"] else float("nan")
        lines.append(
            f"| {name} | {api['p50']:.1f} | {api['p99']:.1f} | {api['rps']:.0f} "
            f"| {api['cpu_ms']:.2f} + {api['store_cpu_ms']:.2f} "
            f"| {direct['p50']:.1f} | {direct['p99']:.1f} | {direct['rps']:.0f} "
            f"| {direct['cpu_ms']:.2f} + {direct['store_cpu_ms']:.2f} | {ratio:.2f} |"
        )
    return "\n".join(lines)


def main() -> None:
    """Generate, load, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--actors", type=int, default=100_000)
    parser.add_argument("--acts", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2, help="API worker processes")
    parser.add_argument("--requests", type=int, default=2000, help="requests per query kind (each sent once)")
    parser.add_argument(
        "--client", choices=["wrk", "httpx"], default="wrk" if shutil.which("wrk") else "httpx",
        help="HTTP load generator (default: wrk when installed)",
    )  # fmt: skip
    parser.add_argument(
        "--traversal", choices=["memory", "cypher"], default="memory",
        help="how neighbourhoods and paths are searched (ACTORGRAPH_TRAVERSAL)",
    )  # fmt: skip
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="reuse a loaded graph here (skips the load)"
    )
    args = parser.parse_args()

    temporary = args.data_dir is None
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="bench-api-")) / "var"
    settings = Settings(data_dir=data_dir, neo4j_uri=None, query_timeout_s=60)
    with store_session(settings) as store:
        load: dict[str, float] = {}
        if temporary or not store.counts().total_nodes:
            print(f"loading {args.actors:,} actors and {args.acts:,} acts into {data_dir}", file=sys.stderr)
            load = load_graph(store, args)
        counts = store.counts()
        names = [row["name"] for row in store.run_read("MATCH (a:Actor) RETURN a.name AS name LIMIT 2000")]
        kinds = workload(names, args.actors, seed=11, n=args.requests)
        # Warm-up and mixed requests come from other seeds: no run replays another's requests.
        warm_up = workload(names, args.actors, seed=12, n=50)
        mixed = [
            item
            for group in zip(*workload(names, args.actors, seed=13, n=args.requests).values(), strict=True)
            for item in group
        ]
        started = time.perf_counter()
        server, base = serve(data_dir, args.workers, args.traversal)
        print(f"  API ready with its in-memory act graph after {time.perf_counter() - started:.1f} s",
              file=sys.stderr)  # fmt: skip
        topology = TopologyCache(store, wait_s=600) if args.traversal == "memory" else None
        if topology is not None:
            topology.current()
            print(f"  direct reader's act graph built in {topology.last_build_s:.1f} s", file=sys.stderr)
        reader = GraphReader(store, topology=topology)
        rows = []
        try:
            workers = [int(p) for p in subprocess.run(
                ["pgrep", "-P", str(server.pid)], capture_output=True, text=True).stdout.split()]  # fmt: skip
            store_pid = (
                store.server.status()["pid"] if isinstance(store, FalkorStore) and store.server else None
            )
            stores = [store_pid] if store_pid else []
            http = run_wrk if args.client == "wrk" else run_http
            for name, requests in [*kinds.items(), ("mixed", mixed)]:
                http(base, warm_up.get(name, warm_up["search"]))
                n = len(requests)
                api = with_cpu(lambda r=requests: http(base, r), n, workers, stores)  # type: ignore[misc]
                direct = with_cpu(lambda r=requests: run_direct(reader, r), n, [os.getpid()], stores)  # type: ignore[misc]
                rows.append((name, api, direct))
                print(f"  {name}: API {api}, direct {direct}", file=sys.stderr)
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=60)
    print(f"\ngraph: {counts.nodes.get('Actor', 0):,} actors, {counts.total_relationships:,} relationships "
          f"({counts.nodes.get('Evidence', 0):,} evidence nodes); {CLIENTS} concurrent clients; "
          f"API with {args.workers} worker processes; traversal: {args.traversal}; "
          f"HTTP client: {args.client}")  # fmt: skip
    if load:
        print(f"load: {load['act edges/s']:,.0f} act edges/s ({load['acts']:,.0f} acts with their evidence), "
              f"{load['actors/s']:,.0f} actors/s")  # fmt: skip
    print(table(rows))
    if temporary:
        shutil.rmtree(data_dir.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
