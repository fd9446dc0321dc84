"""Every person reading of the genre rules, in the order they are tried."""

from __future__ import annotations

from epikg.ner.persons.clauses import (
    after_as_posts,
    after_descriptions,
    before_acts,
    before_reports,
    described,
    holding_posts,
    in_frames,
    name_lists,
    profiled,
    replying,
    set_off_by_commas,
)
from epikg.ner.persons.furniture import (
    after_title_labels,
    donor_lines,
    in_rosters,
    in_tables,
    labelled,
    labelled_name_lines,
    list_lines,
    signed,
)
from epikg.ner.persons.posted import before_titles, placed_in_photos
from epikg.ner.persons.titled import after_titles
from epikg.records import Mention


def person_mentions(text: str) -> list[Mention]:
    """Names after a title, the names listed after them, and names right before a post title or an address."""
    found = after_titles(text)
    readers = (
        before_titles,
        signed,
        before_reports,
        list_lines,
        donor_lines,
        described,
        set_off_by_commas,
        holding_posts,
        profiled,
        after_as_posts,
        before_acts,
        placed_in_photos,
        labelled,
        replying,
        after_descriptions,
        in_frames,
        name_lists,
        labelled_name_lines,
        in_tables,
        in_rosters,
        after_title_labels,
    )
    for reader in readers:  # each adds the spans not yet read
        taken = {(m.start, m.end) for m in found}
        found += [m for m in reader(text) if (m.start, m.end) not in taken]
    return found
