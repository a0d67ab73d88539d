"""Hand labels of corpus/ecu-2022-ungd.txt (Ecuador's statement in the 2022 UN General Debate), written
by reading it paragraph by paragraph, independently of the extractors and their output.

Each label: (surface text, `after`, attributes). The mention is the first occurrence of its text at or
after the first occurrence of `after` ("" = from the start of the document). build_gold.py turns
them into offsets; no offset is typed by hand. Rules: docs/annotation.md; conventions: README.md.
Ecuador's currency is the US dollar, so a bare "$" is USD with currency_inferred.
"""

UN = "United Nations"
GOV = "Government of Ecuador"
UNGA = "United Nations General Assembly"
OPT = {"optional": True}
M = {"kind": "money"}

ORGANIZATIONS = [
    # ¶1 Mateo in Ukraine
    (
        "Zaporizhzhya National University",
        "",
        {"canonical": "Zaporizhzhya National University", "type": "academic"},
    ),
    # ¶2 repatriation: a body named without a proper name; "our Government"
    (
        "national crisis committee",
        "Ecuador was establishing a ",
        {"canonical": "National Crisis Committee of Ecuador", "type": "government", **OPT},
    ),
    ("Government", "granted by our ", {"canonical": GOV, "type": "government", **OPT}),
    # ¶3 UN named inside a document's name (like an organisation inside an event name)
    (UN, "Charter of the ", {"canonical": UN, "type": "igo"}),
    # ¶7 drug trafficking
    ("Government", "My Government has in fact", {"canonical": GOV, "type": "government", **OPT}),
    # ¶11 climate
    ("Government", "my Government took", {"canonical": GOV, "type": "government", **OPT}),
    # ¶13 COP26 (an event) of the UNFCCC (a treaty): UN inside the treaty's name is borderline
    (
        UN,
        "Conference of the Parties to the ",
        {"canonical": UN, "type": "igo", **OPT},
    ),
    ("Organization", "within this very ", {"canonical": UN, "type": "igo", **OPT}),
    (
        "United Nations Environment Assembly",
        "",
        {"canonical": "United Nations Environment Assembly", "type": "igo"},
    ),
    # ¶15 child malnutrition
    ("Government", "My Government has been", {"canonical": GOV, "type": "government", **OPT}),
    (
        "Ecuador Grows without Child Malnutrition",
        "technical secretariat, ",
        {
            "canonical": "Technical Secretariat Ecuador Grows without Child Malnutrition",
            "type": "government",
        },
    ),
    # ¶18 Security Council election; "the Assembly" is a back-reference to the General Assembly
    (
        "Security Council",
        "",
        {"canonical": "United Nations Security Council", "type": "igo"},
    ),
    ("Assembly", "I want to assure the ", {"canonical": UNGA, "type": "igo", **OPT}),
]

AMOUNTS = [
    # ¶2
    ("730", "", {"kind": "count", "value": 730, "unit": "citizens"}),
    ("one", "takes only ", {"kind": "count", "value": 1, "unit": "message", **OPT}),
    # ¶3 vague size
    ("thousands", "who, like ", {"kind": "count", "value": 1000, "unit": "others", **OPT}),
    # ¶7
    ("one", "has not ", {"kind": "count", "value": 1, "unit": "heads", **OPT}),
    (
        "$1.6 and $2.2 trillion",
        "",
        {
            **M,
            "value": 1_600_000_000_000,
            "value_max": 2_200_000_000_000,
            "currency": "USD",
            "currency_inferred": True,
            "period": "P1Y",
        },
    ),
    ("dozens", "a figure ", {"kind": "count", "value": 12, "unit": "times", **OPT}),
    # ¶8
    ("two", "We have two options", {"kind": "count", "value": 2, "unit": "options"}),
    # ¶10 migrants and refugees
    ("half a million", "", {"kind": "count", "value": 500_000, "unit": "venezuelans"}),
    ("three", "one of the ", {"kind": "count", "value": 3, "unit": "hosts"}),
    # ¶11
    ("0.8 per cent", "", {"kind": "percent", "value": 0.8}),
    # ¶13 physical measure
    (
        "60,000",
        "",
        {"kind": "count", "value": 60_000, "unit": "square kilometres", **OPT},
    ),
    # ¶15 malnutrition
    ("52 million", "", {"kind": "count", "value": 52_000_000, "unit": "children"}),
    ("17 million", "", {"kind": "count", "value": 17_000_000, "unit": "children"}),
    ("155 million", "", {"kind": "count", "value": 155_000_000, "unit": "children"}),
    ("30 per cent", "", {"kind": "percent", "value": 30, "qualifier": "almost"}),
    ("35 per cent", "", {"kind": "percent", "value": 35, "qualifier": "more than"}),
    ("six percentage points", "", {"kind": "percent", "value": 6, **OPT}),
]

DATES = [
    # ¶7 a year inside a name is still a date
    ("2022", "World Drug Report ", {"kind": "date", "value": "2022"}),
    # ¶18 Security Council term
    ("2023-2024", "", {"kind": "range", "value": "2023/2024"}),
]

OBJECTIVE_REFS: list = []

SECTIONS: list = []

DOCUMENT = {
    "source": "corpus/ecu-2022-ungd.txt",
    "country": "Ecuador",
    "period": None,
    "language": "en",
}
