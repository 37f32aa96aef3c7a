"""Property-based: schemathesis generates requests from the OpenAPI document; none may get a 5xx.

The API runs in uvicorn on a free port over the seeded graph, so requests cross real HTTP.
Writes are exercised without the key (401), so generated text never reaches the graph.
Each operation gets valid (positive) and invalid (negative) generated requests.
"""

from __future__ import annotations

import itertools
from collections import Counter

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.schemas import APIOperation

CASES: Counter[str] = Counter()
MIN_CASES = 500


def _operations(base_url: str) -> list[APIOperation]:
    schema = schemathesis.openapi.from_url(f"{base_url}/openapi.json")
    return [result.ok() for result in schema.get_all_operations()]


def _fuzz(operation: APIOperation, mode: GenerationMode, base_url: str) -> None:
    """Run generated requests for one operation; a 5xx or an error outside the one shape fails."""
    label = f"{operation.label} ({mode.value})"

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    def check(case: schemathesis.Case) -> None:
        response = case.call(base_url=base_url)
        CASES[label] += 1
        assert response.status_code < 500, f"{label} → {response.status_code}: {response.text[:300]}"
        if response.status_code >= 400:
            error = response.json()["error"]
            assert error["code"] and error["message"]

    check()


# Driven through Hypothesis directly (schemathesis' pytest plugin does not load under pytest 9).
def test_no_request_gets_a_server_error(live_url: str) -> None:
    operations = _operations(live_url)
    assert len(operations) >= 12
    failures: list[str] = []
    for operation, mode in itertools.product(operations, list(GenerationMode)):
        try:
            _fuzz(operation, mode, live_url)
        except AssertionError as exc:
            failures.append(str(exc))
        except Unsatisfiable:
            assert mode is GenerationMode.NEGATIVE  # nothing to get wrong, e.g. /health
    total = sum(CASES.values())
    print(
        f"\nschemathesis: {total} cases over {len(CASES)} operation × mode pairs: "
        f"{dict(sorted(CASES.items()))}"
    )
    assert not failures, "\n".join(failures)
    assert total >= MIN_CASES, f"only {total} generated cases"
