"""Name keys that survive case, accents and transliteration.

Shared by the loaders (one node per real-world actor across spellings) and the API's
actor search (a query folds the same way the stored names do).
"""

from __future__ import annotations

import re
import unicodedata

# Transliteration variants folded to one spelling, applied to lower-case ASCII words.
_FOLDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?<=[a-z])(iy|yy|ii|yi)\b"), "y"),  # Yevgeniy, Zelenskyy, Yevgenii → -y
    (re.compile(r"(?<=[a-z])ei\b"), "ey"),  # Andrei → Andrey
    (re.compile(r"(?<=[aeiou])h\b"), ""),  # Hajizadeh → Hajizade
    (re.compile(r"(?<=[a-z]{3})[ae]\b"), "e"),  # Hajizada → Hajizade
    (re.compile(r"(?<=[a-z])iu|yu"), "yu"),
    (re.compile(r"\by(?=e)"), ""),  # Yevgeny → evgeny
    (re.compile(r"ks"), "x"),
    (re.compile(r"(?<=[a-z])ie\b"), "y"),
]


def ascii_fold(text: str) -> str:
    """Lower-case ASCII letters, digits and spaces only."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def name_key(name: str) -> str:
    """A spelling-insensitive key: Yevgeniy/Yevgeny, Hajizade/Hajizadeh/Hajizada agree."""
    words = []
    for word in ascii_fold(name).split():
        for pattern, repl in _FOLDS:
            word = pattern.sub(repl, word)
        words.append(word)
    return " ".join(words)


def slug(text: str) -> str:
    """An id-safe form of a phrase."""
    return ascii_fold(text).replace(" ", "-")


def search_keys(names: list[str]) -> str:
    """The distinct name keys of `names`, joined for the full-text index."""
    return " | ".join(dict.fromkeys(k for k in map(name_key, names) if k))
