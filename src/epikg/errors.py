"""epikg's error types, in one place; each message is one line that says what to fix.

Every type derives from EpikgError, so a caller can catch them all. They import nothing heavy (no HanLP,
no torch), so catching one costs nothing. The modules that raise them re-export their names
(``from epikg.read.ingest import IngestError`` still works).
"""

from __future__ import annotations


class EpikgError(Exception):
    """Base of epikg's own errors."""


class IngestError(EpikgError):
    """A page that cannot be read as a Chinese text page; the message says why in one line."""


class LexiconError(EpikgError, ValueError):
    """A lexicon or rule table that cannot be read (jionlp's dictionaries, the NER lexicon), or a malformed row."""


class NerModelError(EpikgError):
    """An NER model that cannot be loaded or trained, told in one line."""


class OntologyNotFound(EpikgError):
    """The ontology folder is neither inside the installed package nor beside the sources."""


class GoldError(EpikgError):
    """A gold file that does not follow gold-format.md; the message names the file and the problem."""


class ClusterError(EpikgError):
    """A Dask cluster that cannot build (no scheduler, no worker, a worker with another epikg), in one line."""
