"""Analyst review: decisions on acts and actors kept as data and applied on every load.

`models` declares the decisions; `log` keeps them in an append-only JSON-lines file;
`plan` works out from the log what the graph should show; `apply` makes the graph show it
through the store layer; `judge` checks a new decision against the graph and the log;
`queue` orders what most needs a human; `scoring` measures the extractor on the verdicts.
"""
