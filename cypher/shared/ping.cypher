// Liveness probe: the store answers a trivial query.
RETURN 1 AS ok
