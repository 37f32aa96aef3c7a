"""Reading sentences with the parse extractor, for the role tests: candidate acts, the acts
kept, why a type was dropped, and an article's acts through the whole pipeline."""

from __future__ import annotations

from loaders.articles import Article
from loaders.cues import Candidate
from loaders.mentions import ArticleContext
from loaders.nlp import Tokens
from loaders.pipeline import Extractor

Act = tuple[str, str, str]


def candidates(extractor: Extractor, text: str) -> list[Candidate]:
    doc = Tokens(extractor.nlp(text), text)
    context = ArticleContext()
    found: list[Candidate] = []
    for sent in doc.sents():
        extractor.acts.find(sent, extractor.mentions.find(doc, sent, context), context, [])
        found += extractor.acts.candidates
    return found


def acts(extractor: Extractor, text: str) -> set[Act]:
    return {
        (c.type, c.source.actor_id, c.target.actor_id)
        for c in candidates(extractor, text)
        if not c.dropped and c.source and c.target
    }


def reasons(extractor: Extractor, text: str, act_type: str) -> list[str]:
    return [c.dropped or "" for c in candidates(extractor, text) if c.type == act_type]


def article_acts(extractor: Extractor, text: str) -> set[Act]:
    article = Article(id="a", source_file="a.txt", title=None, text=text, date="2025-07-01")
    _, relations, _, _ = extractor.extract_article(article)
    return {(r.type, r.source, r.target) for r in relations if r.type not in {"MEMBER_OF", "PART_OF"}}
