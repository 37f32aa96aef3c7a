"""Why a sentence gave (or did not give) an act: its parse, mentions, cues and candidates."""

from __future__ import annotations

from loaders.acts import ActMention
from loaders.cues import Candidate, find_cues, parse_sentence
from loaders.mentions import ArticleContext, Mention
from loaders.nlp import Tokens
from loaders.pipeline import Extractor


def explain(text: str, extractor: Extractor) -> str:
    """A compact account of every sentence of `text`, read as one article."""
    finder = extractor.acts
    doc = Tokens(extractor.nlp(text), text)
    context = ArticleContext()
    found = [(sent, extractor.mentions.find(doc, sent, context)) for sent in doc.sents()]
    finder.prepare(found)
    history: list[ActMention] = []
    out: list[str] = []
    for n, (sent, mentions) in enumerate(found, 1):
        names = frozenset(i for m in mentions for i in range(m.start, m.end))
        parsed = parse_sentence(finder.parser, doc, sent, names)
        out.append(f"sentence {n}: {sent.text}")
        out.append("parse:")
        for t in parsed:
            head = "ROOT" if t.head.i == t.i else f"{t.head.i} {t.head.text}"
            out.append(f"  {t.i:>3} {t.text:<18} {t.tag_:<5} {t.dep_:<10} <- {head}")
        out.append("mentions:" + ("" if mentions else " none"))
        out += [f"  {_mention(m, sent.start)}" for m in mentions]
        cues = find_cues(parsed, finder.patterns)
        out.append("cues: " + (", ".join(f"{c.token.text} ({c.type} {c.form})" for c in cues) or "none"))
        parsed_before = finder.parsed
        history += finder.find(sent, mentions, context, history)
        if finder.parsed == parsed_before:  # what the reading would make of it, had it parsed it
            out.append("the pipeline does not parse this sentence: it needs a cue word and two actors")
            candidates = finder.reader.read(parsed, sent.start, mentions)
        else:  # as the pipeline read it, with what it takes from the sentences before
            candidates = finder.candidates
        out.append("candidates:" + ("" if candidates else " none"))
        out += [f"  {_candidate(c)}" for c in candidates]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _mention(m: Mention, offset: int) -> str:
    flags = "".join(f", {f}" for f, on in (("weak", m.weak), ("oblique", m.oblique)) if on)
    return f"{m.start - offset}-{m.end - offset - 1} {m.text!r} = {m.actor_id} ({m.kind}{flags})"


def _candidate(c: Candidate) -> str:
    source = c.source.actor_id if c.source else "?"
    target = c.target.actor_id if c.target else "?"
    said = f", asserted by {', '.join(c.asserted_by)}" if c.asserted_by else ""
    if c.dropped:
        return f"- {c.type} {source} -> {target}  [{c.pattern}]  dropped: {c.dropped}"
    return f"+ {c.type} {source} -> {target}  [{c.pattern}]  {c.status}{said}"
