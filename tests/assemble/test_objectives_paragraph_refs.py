"""An objective named by number takes evidence from the paragraphs naming it: which paragraphs hold
a reference is found by bisection, the same as checking every reference against every paragraph."""

from __future__ import annotations

import random

from gcmextract.assemble.objectives import _holds_any


def test_paragraphs_holding_a_reference_match_the_plain_rule() -> None:
    rng = random.Random(7)
    for _ in range(300):
        starts = sorted(rng.randrange(200) for _ in range(rng.randrange(6)))
        a = rng.randrange(200)
        b = a + rng.randrange(40)
        assert _holds_any(starts, a, b) == any(a <= s < b for s in starts)
