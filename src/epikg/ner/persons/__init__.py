"""Person names the genre makes certain: a name beside a title (`县委书记黄荣定`, `习近平总书记`), the names of a
list that follows a title (`县领导张明、李强、王芳`), and names the page's lines or a clause set out.

The vocabularies are data (epikg/data/person_*.txt, titles.tsv); these modules only apply them: `names` (what a
name looks like and where it ends), `titled` (after a title), `posted` (before a post or an address),
`furniture` (lines, labels and tables), `clauses` (no title beside the name), `mentions` (all of them in order).
"""

from epikg.ner.persons.clauses import closed_as_persons
from epikg.ner.persons.mentions import person_mentions
from epikg.ner.persons.names import (
    FRAMED_NAME,
    MODEL_CHECKED_NAME,
    OPENING_NAME,
    act_pattern,
    adverb_before_verb,
    conjunction_surnames,
    counts_what_follows,
    function_surnames,
    holds_a_title,
    holds_no_name,
    is_surname_and_address,
    longest_title_at,
    progressive_adverb_at,
    report_pattern,
    speaks_elsewhere,
    starts_a_time_word,
    starts_own_word,
    title_words,
)

__all__ = [
    "FRAMED_NAME",
    "MODEL_CHECKED_NAME",
    "OPENING_NAME",
    "act_pattern",
    "adverb_before_verb",
    "closed_as_persons",
    "conjunction_surnames",
    "counts_what_follows",
    "function_surnames",
    "holds_a_title",
    "holds_no_name",
    "is_surname_and_address",
    "longest_title_at",
    "progressive_adverb_at",
    "person_mentions",
    "report_pattern",
    "speaks_elsewhere",
    "starts_a_time_word",
    "starts_own_word",
    "title_words",
]
