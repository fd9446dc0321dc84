"""Organization mentions by suffix (`县防指`, `疾控中心`), datelines and committees; a body's type.

The suffixes and types are data (epikg/data/org_suffixes.txt, org_types.tsv) that a user can extend; these
modules only apply them: `words` (endings, types, levels, and where a name starts), `committees`, `groups`
(working groups and task forces), `units` (a body's sections), `suffixed` (every body reading, in order).
"""

from epikg.ner.bodies.committees import NATIONAL_BODY, coordinated_levels
from epikg.ner.bodies.groups import UNNAMED_GROUPS, groups_after_bodies, listed_groups
from epikg.ner.bodies.suffixed import bare_county_units, organization_mentions
from epikg.ner.bodies.units import bare_units, every_villages, last_unit, listed_units, named_unit
from epikg.ner.bodies.words import (
    a_report_before,
    function_name,
    is_generic,
    lead_verbs,
    level_chars,
    not_in_body,
    org_type,
    verb_inside,
    visit_verbs,
    without_name_words,
)

__all__ = [
    "NATIONAL_BODY",
    "UNNAMED_GROUPS",
    "a_report_before",
    "bare_county_units",
    "bare_units",
    "coordinated_levels",
    "every_villages",
    "function_name",
    "groups_after_bodies",
    "is_generic",
    "last_unit",
    "lead_verbs",
    "level_chars",
    "listed_groups",
    "listed_units",
    "named_unit",
    "not_in_body",
    "org_type",
    "organization_mentions",
    "verb_inside",
    "visit_verbs",
    "without_name_words",
]
