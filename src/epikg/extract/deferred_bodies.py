"""Bodies named only in the formula of deference to higher authorities (`在省委、省政府的坚强领导下`,
`按照市委市政府要求`): the article names them to say whose lead it followed; they are none of its bodies.
The words are data/org_deference.tsv."""

from __future__ import annotations

from collections.abc import Sequence

from epikg.extract.place_divisions import Locality, city_suffixes
from epikg.lexicon import data_groups
from epikg.records import EntityType, Mention


def deferred(text: str, mentions: Sequence[Mention], locality: Locality) -> set[tuple[int, int]]:
    """The spans of the bodies a formula of deference names, bare and of a higher level than the article's county
    (a city's 市委 is the article's own where its county is a city: `按照市委要求` on a page about 邓州市)."""
    words = data_groups("org_deference.tsv")
    county = locality.by_level.get("county")
    own = {county.name[-1]} if county is not None and county.name.endswith(city_suffixes()) else set()
    levels = set(words["level"]) - own

    def _higher(mention: Mention) -> bool:
        """A higher level's body named bare (`省委`, `市政府`) or a national body (`党中央`)."""
        return mention.text in words["national"] or (mention.text[:1] in levels and len(mention.text) <= 5)

    bodies = sorted((m for m in mentions if m.type is EntityType.ORGANIZATION), key=lambda m: m.start)
    found: set[tuple[int, int]] = set()
    run: list[Mention] = []
    for i, body in enumerate(bodies):
        if not _higher(body):
            run = []
            continue
        run.append(body)
        end = body.end
        nxt = bodies[i + 1] if i + 1 < len(bodies) else None
        joiner = next((j for j in words["joiner"] if text.startswith(j, end)), "")
        if nxt is not None and _higher(nxt) and nxt.start == end + len(joiner):
            continue  # the formula goes on: `省委、省政府`, `市委市政府`
        at = end + next((len(p) for p in words["particle"] if text.startswith(p, end)), 0)
        if text.startswith(tuple(words["after"]), at):
            found |= {(m.start, m.end) for m in run}
        run = []
    return found
