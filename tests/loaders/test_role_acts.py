"""The parse-based extractor in the pipeline: its acts and their evidence keep the pattern."""

from __future__ import annotations

from loaders.articles import Article
from loaders.role_acts import ParseExtractor


def test_evidence_names_the_pattern_that_read_the_act() -> None:
    text = "Peru sanctioned Bolivia."
    article = Article(id="test", source_file="test.txt", title=None, text=text, date="2025")
    _, relations, _, _ = ParseExtractor().extract_article(article)
    (relation,) = [r for r in relations if r.type == "SANCTIONED"]
    assert [e.pattern for e in relation.evidence] == ["SANCTIONED:verb:subj>obj"]
