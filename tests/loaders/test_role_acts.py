"""The parse-based extractor in the pipeline: its acts and their evidence keep the pattern."""

from __future__ import annotations

from pathlib import Path

from loaders.articles import Article
from loaders.pipeline import Extractor


def test_evidence_names_the_pattern_that_read_the_act() -> None:
    text = "Peru sanctioned Bolivia."
    article = Article(id="test", source_file="test.txt", title=None, text=text, date="2025")
    _, relations, _, _ = Extractor().extract_article(article)
    (relation,) = [r for r in relations if r.type == "SANCTIONED"]
    assert [e.pattern for e in relation.evidence] == ["SANCTIONED:verb:subj>obj"]


def test_an_article_is_parsed_ahead_in_one_batch_with_the_same_parses() -> None:
    from loaders.cues import parse_sentence
    from loaders.mentions import ArticleContext
    from loaders.nlp import Tokens

    extractor = Extractor()
    text = (
        "Peru sanctioned Bolivia on Monday. The weather was mild. "
        "Bolivia was also sanctioned by Chile. It rained in Lima."
    )
    doc = Tokens(extractor.nlp(text), text)
    context = ArticleContext()
    found = [(s, extractor.mentions.find(doc, s, context)) for s in doc.sents()]
    extractor.acts.prepare(found)
    ahead = extractor.acts._ahead
    # only the sentences with a cue and an actor to spare are parsed ahead
    assert sorted(start for _, start in ahead) == [found[0][0].start, found[2][0].start]
    for sent, _ in found:
        if (doc, sent.start) in ahead:
            alone = parse_sentence(extractor.acts.parser, doc, sent)
            batched = ahead[(doc, sent.start)]
            assert [(t.dep_, t.head.i, t.tag_) for t in batched] == [
                (t.dep_, t.head.i, t.tag_) for t in alone
            ]


def test_the_articles_of_a_page_are_parsed_in_one_batch(tmp_path: Path) -> None:
    import loaders.role_acts as role_acts

    extractor = Extractor()
    page = tmp_path / "page.txt"
    page.write_text(
        "Peru sanctions Bolivia\n\nPeru sanctioned Bolivia on Monday.\n\n---\n\n"
        "Chile detains blogger\n\nChile detained the Ecuadorian blogger Juan Rivas on Tuesday.\n",
        encoding="utf-8",
    )
    batches: list[int] = []
    parse = role_acts.parse_sentences

    def counting(parser: object, sents: list) -> list:  # type: ignore[type-arg]
        batches.append(len(sents))
        return parse(parser, sents)  # type: ignore[arg-type]

    role_acts.parse_sentences = counting  # type: ignore[assignment]
    try:
        extraction = extractor.extract_file(page)
    finally:
        role_acts.parse_sentences = parse
    assert len(extraction.articles) == 2
    assert len(batches) == 1 and batches[0] >= 2
    assert {(r.type, r.source, r.target) for r in extraction.relations} >= {
        ("SANCTIONED", "peru", "bolivia"),
        ("DETAINED", "chile", "juan-rivas"),
    }


def test_parses_made_ahead_serve_only_their_own_article() -> None:
    from loaders.mentions import ArticleContext
    from loaders.nlp import Tokens

    extractor = Extractor()
    first = "Peru sanctioned Bolivia on Monday."
    doc = Tokens(extractor.nlp(first), first)
    context = ArticleContext()
    extractor.acts.prepare([(s, extractor.mentions.find(doc, s, context)) for s in doc.sents()])
    # another text of as many tokens, read without prepare: parsed afresh, not from the first
    other = "Chile detained Ecuador's envoy."
    doc = Tokens(extractor.nlp(other), other)
    (sent,) = doc.sents()
    assert [t.text for t in extractor.acts._parse(sent, [])] == doc.words[sent.start : sent.end]


def test_a_place_names_the_previous_doer_when_it_is_that_states_agency(extractor: Extractor) -> None:
    from tests.loaders.reading import article_acts

    text = (
        "The SBU detained the Russian blogger Oleg Kuzmin in Odesa on Monday. "
        "The journalist Pavel Sidorov was detained in Kharkiv."
    )
    assert article_acts(extractor, text) == {
        ("DETAINED", "sbu", "oleg-kuzmin"),
        ("DETAINED", "sbu", "pavel-sidorov"),
    }


def test_a_place_of_another_state_keeps_its_own_state(extractor: Extractor) -> None:
    from tests.loaders.reading import article_acts

    text = (
        "The SBU detained the Russian blogger Oleg Kuzmin in Odesa on Monday. "
        "The journalist Pavel Sidorov was detained in Minsk."
    )
    assert ("DETAINED", "belarus", "pavel-sidorov") in article_acts(extractor, text)


def test_the_amount_an_act_of_giving_moves_is_read(extractor: Extractor) -> None:
    text = "Nepal sent $3 million in flood aid to Bhutan. Nepal sanctioned Laos over a $2 million fraud."
    article = Article(id="test", source_file="test.txt", title=None, text=text, date="2025")
    _, relations, _, _ = extractor.extract_article(article)
    amounts = {r.type: r.amount_usd for r in relations}
    assert amounts == {"AIDED": 3_000_000, "SANCTIONED": None}


def test_a_gated_cue_is_worth_parsing_only_beside_the_word_it_needs(extractor: Extractor) -> None:
    from tests.loaders.reading import candidates

    for text, parsed in [
        ("Peru and Chile, including their navies, held drills.", False),  # a list verb, no list
        ("Peru added Chile to its sanctions list.", True),
        ("Peru sent its foreign minister to Chile.", False),  # a weak verb, nothing it needs
        ("Peru sent weapons to Chile.", True),
        ("Peru's ambassador left Chile on Monday.", False),  # no causative
        ("Peru ordered Chile's ambassador to leave.", True),
    ]:
        before = extractor.acts.parsed
        candidates(extractor, text)
        assert (extractor.acts.parsed > before) == parsed, text
