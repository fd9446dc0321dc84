"""Build the NER lexicon (features.py) from jieba's dictionary: `word<TAB>category`, gzip.

jieba (MIT licence) ships dict.txt, 349,046 words with frequency and part of speech:

    pip download --no-deps jieba==0.42.1 && tar xzf jieba-0.42.1.tar.gz
    python tools/build_lexicon.py jieba-0.42.1/jieba/dict.txt lexicon.tsv.gz

Person names (nr, nrt, nrfg) become PER, places (ns) LOC, organizations (nt) ORG, other proper
nouns and abbreviations (nz, j) NZ, and every other word W. Single characters are left out.
"""

from __future__ import annotations

import argparse
import gzip
import os
from pathlib import Path

_CATEGORY = {"nr": "PER", "nrt": "PER", "nrfg": "PER", "ns": "LOC", "nt": "ORG", "nz": "NZ", "j": "NZ"}


def convert(lines: list[str]) -> list[str]:
    """`word<TAB>category` lines, sorted, for jieba `word freq pos` lines of two characters or more."""
    out: dict[str, str] = {}
    for line in lines:
        parts = line.split()
        if len(parts) == 3 and len(parts[0]) >= 2:
            out[parts[0]] = _CATEGORY.get(parts[2], "W")
    return [f"{word}\t{category}" for word, category in sorted(out.items())]


def main(argv: list[str] | None = None) -> None:
    """Read jieba's dict.txt, write the gzip lexicon atomically."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("source", type=Path, help="jieba's dict.txt")
    p.add_argument("out", type=Path, help="lexicon file to write (.tsv.gz)")
    a = p.parse_args(argv)
    rows = convert(a.source.read_text(encoding="utf-8").splitlines())
    tmp = a.out.with_name(a.out.name + ".tmp")
    with gzip.GzipFile(tmp, "wb", mtime=0) as f:  # mtime 0: the same input gives the same bytes
        f.write(("\n".join(rows) + "\n").encode("utf-8"))
    os.replace(tmp, a.out)
    print(f"{len(rows)} words -> {a.out}")


if __name__ == "__main__":
    main()
