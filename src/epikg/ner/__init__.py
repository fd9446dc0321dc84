"""Named entities in an article body: the HanLP model (`model_readings`) and the genre rules, merged into one set
(`recognize`), with the names the article writes again (`repeats`)."""

from epikg.ner.model_readings import model_mentions
from epikg.ner.recognize import document_number_issuers, recognize, rule_mentions
from epikg.ner.repeats import names_between_names, repeat_names

__all__ = [
    "document_number_issuers",
    "model_mentions",
    "names_between_names",
    "recognize",
    "repeat_names",
    "rule_mentions",
]
