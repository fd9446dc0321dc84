"""One set of mentions from the rules and the model, each keeping the source that found it (`union`), with
the corrections it applies to either side's readings: `plausibility` (whether a reading is a name at all),
`trimming` (a person's name cut to its ends), `extending` (a name carried to its whole length) and
`retyping` (a reading's type or start set by its context).
"""

from epikg.ner.merge.extending import (
    after_a_partner,
    extend_across_dot,
    extend_before_speech,
    extend_compound_surname,
    extend_dotted_back,
    extend_minority_name,
    extend_past_a_name_prefix,
    extend_to_ending,
    extend_to_place_name_word,
    extend_to_village_kind,
    past_an_inside_mark,
)
from epikg.ner.merge.plausibility import plausible
from epikg.ner.merge.retyping import (
    after_meeting_verb,
    after_visit_verb,
    before_sending_verb,
    county_as_place,
    hamlet_as_place,
    shop_as_body,
)
from epikg.ner.merge.trimming import extend_to_facility, strip_punctuation, trim_person, without_credit_verb
from epikg.ner.merge.union import merge

__all__ = [
    "after_a_partner",
    "after_meeting_verb",
    "after_visit_verb",
    "before_sending_verb",
    "county_as_place",
    "extend_across_dot",
    "extend_before_speech",
    "extend_compound_surname",
    "extend_dotted_back",
    "extend_minority_name",
    "extend_past_a_name_prefix",
    "extend_to_ending",
    "extend_to_facility",
    "extend_to_place_name_word",
    "extend_to_village_kind",
    "hamlet_as_place",
    "merge",
    "past_an_inside_mark",
    "plausible",
    "shop_as_body",
    "strip_punctuation",
    "trim_person",
    "without_credit_verb",
]
