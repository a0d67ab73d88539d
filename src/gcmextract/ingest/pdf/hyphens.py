"""Words broken at a line end: join a typographic break ("inter-" + "national"), keep a real compound
("whole-of-" + "society", "Secretary-" + "General", "evidence-" + "based"), deciding with the document's
own vocabulary first and a small list of compound parts second."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*")
_HEAD = re.compile(r"([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*)-$")


@cache
def _parts() -> tuple[frozenset[str], frozenset[str]]:
    data = json.loads(resources.files(__package__).joinpath("compounds.json").read_text("utf-8"))
    return frozenset(data["first"]), frozenset(data["second"])


class Vocabulary:
    """Lower-cased words of a document, and its hyphenated words, from lines not broken at their end."""

    def __init__(self, lines: list[str]) -> None:
        words: set[str] = set()
        for line in lines:
            body = line[:-1] if line.endswith("-") else line
            words.update(w.lower().strip("-'’") for w in _WORD.findall(body))
        self.words = words


def join_broken(head_line: str, tail_line: str, vocab: Vocabulary) -> str | None:
    """The separator to put between a line ending in a hyphen and the next line ("" to join, "-" kept
    as is, i.e. the text joined without a space); None when the line does not end in a broken word."""
    if not tail_line or not tail_line[0].isalnum() or not re.search(r"[\w.]-$", head_line):
        return None
    m = _HEAD.search(head_line)
    if not m:
        return "-"  # "U.S.-" + "Canada", "COVID-" + "19"
    head = m.group(1)
    tail_m = _WORD.match(tail_line)
    if tail_line[0].isdigit() or tail_line[0].isupper() or "-" in head or tail_m is None:
        return "-"
    tail = tail_m.group(0).lower().rstrip("-")
    first_word = head.lower()
    if f"{first_word}-{tail}" in vocab.words:
        return "-"
    if first_word + tail in vocab.words:
        return ""
    first, second = _parts()
    if first_word in first or tail.split("-")[0] in second:
        return "-"
    return ""
