"""The words of a post phrase in running text: how far a phrase reaches, what breaks it, and the verbs of
office (`为`, `担任`) that put a title after the name (the title word that ends at a point is
epikg.lexicon.title_ending_at)."""

from __future__ import annotations

from epikg.lexicon import data_words

MAX_SEGMENT = 16
MAX_AFTER_VERB = 24
"""How far a post phrase after a verb of office reaches: a profile's post may name its whole chain of places
(`现任浙江省衢州市开化县华埠镇下溪村党支部书记`); the verb bounds the phrase."""


def phrase_breaks() -> frozenset[str]:
    """Characters that cannot be inside a body's name: where a post phrase starts."""
    return data_words("post_phrase_breaks.txt")


def predicates() -> tuple[str, ...]:
    """`为`, `担任`: a title after these belongs to the name before (`周力农为第一指挥长`), longest first."""
    return tuple(sorted(data_words("post_predicates.txt"), key=len, reverse=True))
