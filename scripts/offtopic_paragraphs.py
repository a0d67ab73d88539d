"""Select off-topic paragraphs (no migration content) from UN General Debate statements.

Used once to build the committed files `corpus/objectives/offtopic-train.jsonl` (2018 and 2020
statements: the classifier's "none of the objectives" negatives) and `offtopic-test.jsonl` (2021
statements: the abstention check). A paragraph is kept when it has 30-160 words and none of the
migration terms below (a deliberately wide net: any mention of people moving, borders, refugees,
diasporas, remittances, trafficking, nationality or displacement excludes it); a fixed-seed sample is
then taken, at most two paragraphs per statement so that no country dominates.

    python scripts/offtopic_paragraphs.py UNGD_DIR 2018,2020 600 corpus/objectives/offtopic-train.jsonl
    python scripts/offtopic_paragraphs.py UNGD_DIR 2021 60 corpus/objectives/offtopic-test.jsonl
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

MIGRATION = re.compile(
    r"\b(migra\w*|immigra\w*|emigra\w*|refugee\w*|asylum\w*|displace\w*|diaspora\w*|remittance\w*|"
    r"border\w*|traffick\w*|smuggl\w*|mobility|citizenship|nationals|stateless\w*|visa\w*|deport\w*|"
    r"returnee\w*|xenophob\w*|expatriat\w*|exodus|influx|newcomer\w*|foreigner\w*|resettle\w*|"
    r"fled|flee\w*|uproot\w*|move to|moving to|leave their (?:homes?|countr\w+)|compact|"
    r"labour market|labor market|workers abroad|overseas|camps?|humanitarian|host(?:ing)? communit\w*|"
    r"people on the move|detention|integration|racis\w*|discriminat\w*)\b",
    re.I,
)
SEED = 2018


def paragraphs(path: Path) -> list[str]:
    """Lines of a statement joined into paragraphs (the files have one paragraph per line)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text = " ".join(line.split())
        if 30 <= len(text.split()) <= 160 and not MIGRATION.search(text):
            out.append(text)
    return out


def main(root: str, years: str, n: str, dest: str) -> None:
    rng = random.Random(SEED)
    pool: list[tuple[str, str]] = []
    for year in years.split(","):
        for f in sorted((Path(root) / year).glob("*.txt")):
            paras = paragraphs(f)
            rng.shuffle(paras)
            pool += [(f"ungd/{year}/{f.name}", p) for p in paras[:2]]
    rng.shuffle(pool)
    rows = [{"source": s, "text": t} for s, t in pool[: int(n)]]
    Path(dest).write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    print(f"{len(rows)} paragraphs from {len(pool)} candidates -> {dest}")


if __name__ == "__main__":
    main(*sys.argv[1:])
