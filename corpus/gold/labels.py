"""Hand labels of corpus/canada-2021-annex.txt, written by reading it paragraph by paragraph.

Each label: (surface text, `after`, attributes). The mention is the first occurrence of its text at or
after the first occurrence of `after` ("" = from the start of the document). build_gold.py turns
them into offsets; no offset is typed by hand. Rules: docs/annotation.md.
"""

IRCC = "Immigration, Refugees and Citizenship Canada"
RCM = "Regional Conference on Migration"
IOM = "International Organization for Migration"
UNHCR = "United Nations High Commissioner for Refugees"
GFMD = "Global Forum on Migration and Development"
UNNM = "United Nations Network on Migration"
EU = "European Union"
IGCWG = "Intergovernmental Consultations on Migration, Asylum and Refugees (IGC) Integration Working Group"
IGC = "Intergovernmental Consultations on Migration, Asylum and Refugees"
ANPDH = "Asociación Nicaragüense para la Defensa de los Derechos Humanos"
RIF = "Réseaux en immigration francophone"
OPT = {"optional": True}

ORGANIZATIONS = [
    # overview table
    (IGCWG, "Chairing the ", {"canonical": IGCWG, "type": "igo"}),
    ("EU", "Following up on the Canada-", {"canonical": EU, "acronym": "EU", "type": "igo"}),
    # pandemic response
    (IRCC, "evidenced-based policy making", {"canonical": IRCC, "type": "government"}),
    (
        "Institute for Clinical Evaluative Sciences",
        "",
        {"canonical": "Institute for Clinical Evaluative Sciences", "type": "academic"},
    ),
    (
        "Ontario Ministry of Health",
        "",
        {"canonical": "Ontario Ministry of Health", "type": "government"},
    ),
    (
        "Ministry of Health",
        "¹ Ontario's ",
        {"canonical": "Ontario Ministry of Health", "type": "government"},
    ),
    ("Health Command Table", "", {"canonical": "Health Command Table", "type": "government"}),
    ("Cabinet", "Minister of Health, ", {"canonical": "Cabinet", "type": "government", **OPT}),
    (
        "Table",
        "Deputy Minister of Health, the ",
        {"canonical": "Health Command Table", "type": "government", **OPT},
    ),
    ("Public Health Ontario", "", {"canonical": "Public Health Ontario", "type": "government"}),
    (
        "Ontario Health",
        "Public Health Ontario, ",
        {"canonical": "Ontario Health", "type": "government"},
    ),
    (
        "Settlement Provider Organizations",
        "",
        {"canonical": "Settlement Provider Organizations", "type": "ngo", **OPT},
    ),
    (RCM, "together with Costa Rica and the ", {"canonical": RCM, "acronym": "RCM", "type": "igo"}),
    (
        "RCM",
        "together with Costa Rica and the ",
        {"canonical": RCM, "acronym": "RCM", "type": "igo"},
    ),
    ("IOM", "international organizations (", {"canonical": IOM, "acronym": "IOM", "type": "igo"}),
    (
        "UNHCR",
        "international organizations (",
        {"canonical": UNHCR, "acronym": "UNHCR", "type": "igo"},
    ),
    (
        "PAHO",
        "international organizations (",
        {"canonical": "Pan American Health Organization", "acronym": "PAHO", "type": "igo"},
    ),
    (
        "ICRC",
        "international organizations (",
        {"canonical": "International Committee of the Red Cross", "acronym": "ICRC", "type": "igo"},
    ),
    ("RCM", "In partnership with the ", {"canonical": RCM, "acronym": "RCM", "type": "igo"}),
    (
        "Canada Fund for Local Initiatives",
        "",
        {
            "canonical": "Canada Fund for Local Initiatives",
            "acronym": "CFLI",
            "type": "government",
            **OPT,
        },
    ),
    (
        "CFLI",
        "",
        {
            "canonical": "Canada Fund for Local Initiatives",
            "acronym": "CFLI",
            "type": "government",
            **OPT,
        },
    ),
    ("Panamanian Red Cross", "", {"canonical": "Panamanian Red Cross", "type": "ngo"}),
    # balanced narratives
    (GFMD, "", {"canonical": GFMD, "acronym": "GFMD", "type": "igo"}),
    (
        "GFMD",
        "Global Forum on Migration and Development (",
        {"canonical": GFMD, "acronym": "GFMD", "type": "igo"},
    ),
    ("Government of Ecuador", "", {"canonical": "Government of Ecuador", "type": "government"}),
    ("IOM", "Government of Ecuador, the ", {"canonical": IOM, "acronym": "IOM", "type": "igo"}),
    ("GFMD Mayors Mechanism", "", {"canonical": "GFMD Mayors Mechanism", "type": "igo"}),
    # gender-responsive
    ("Government of Canada", "", {"canonical": "Government of Canada", "type": "government"}),
    (
        "Gender + Migration Hub",
        "continued to fund the ",
        {"canonical": "Gender + Migration Hub", "type": "academic"},
    ),
    (
        "International Migration Research Centre",
        "",
        {"canonical": "International Migration Research Centre", "type": "academic"},
    ),
    (
        "Wilfrid Laurier University",
        "",
        {"canonical": "Wilfrid Laurier University", "type": "academic"},
    ),
    ("IOM", "publication by the ", {"canonical": IOM, "acronym": "IOM", "type": "igo"}),
    ("UN Network on Migration", "voiced her support for the ", {"canonical": UNNM, "type": "igo"}),
    ("Gender Advisory Group", "", {"canonical": "Gender Advisory Group", "type": "igo"}),
    (
        "Network",
        "Gender Advisory Group, to ensure this guiding principle of the GCM is achieved. The ",
        {"canonical": UNNM, "type": "igo", **OPT},
    ),
    (
        "UN Women",
        "",
        {
            "canonical": "United Nations Entity for Gender Equality and the Empowerment of Women",
            "acronym": "UN Women",
            "type": "igo",
        },
    ),
    (
        "European Union",
        "co-hosting the fourth Canada-",
        {"canonical": EU, "acronym": "EU", "type": "igo"},
    ),
    (
        "EU",
        "co-hosting the fourth Canada-European Union (",
        {"canonical": EU, "acronym": "EU", "type": "igo"},
    ),
    ("EU", "policymakers from the ", {"canonical": EU, "acronym": "EU", "type": "igo"}),
    (
        "EU",
        "initiatives promoted in the ",
        {"canonical": EU, "acronym": "EU", "type": "igo", **OPT},
    ),
    (
        "Alianza Para La Paz",
        "",
        {"canonical": "Alianza Para La Paz", "acronym": "APAZ", "type": "ngo"},
    ),
    ("APAZ", "", {"canonical": "Alianza Para La Paz", "acronym": "APAZ", "type": "ngo"}),
    (
        "Jakarta Centre for Law Enforcement Cooperation",
        "",
        {
            "canonical": "Jakarta Centre for Law Enforcement Cooperation",
            "acronym": "JCLEC",
            "type": "government",
        },
    ),
    (
        "JCLEC",
        "Jakarta Centre for Law Enforcement Cooperation (",
        {
            "canonical": "Jakarta Centre for Law Enforcement Cooperation",
            "acronym": "JCLEC",
            "type": "government",
        },
    ),
    (
        "JCLEC",
        "The JCLEC is now",
        {
            "canonical": "Jakarta Centre for Law Enforcement Cooperation",
            "acronym": "JCLEC",
            "type": "government",
        },
    ),
    (
        "ASEAN",
        "",
        {
            "canonical": "Association of Southeast Asian Nations",
            "acronym": "ASEAN",
            "type": "igo",
            **OPT,
        },
    ),
    # integration and social cohesion
    (
        "Local Immigration Partnerships",
        "",
        {"canonical": "Local Immigration Partnerships", "type": "other", **OPT},
    ),
    (RIF, "", {"canonical": RIF, "type": "ngo"}),
    ("Francophone Immigration Networks", "", {"canonical": RIF, "type": "ngo"}),
    (IGCWG, "As Chair of the ", {"canonical": IGCWG, "type": "igo"}),
    (
        "IGC",
        "efforts to promote social cohesion in ",
        {"canonical": IGC, "acronym": "IGC", "type": "igo"},
    ),
    ("UNHCR", "through support to the ", {"canonical": UNHCR, "acronym": "UNHCR", "type": "igo"}),
    ("Voz de Guanacaste", "", {"canonical": "Voz de Guanacaste", "type": "media"}),
    ("Otras Miradas", "", {"canonical": "Otras Miradas", "type": "media"}),
    (ANPDH, "", {"canonical": ANPDH, "acronym": "ASONIDFEHU", "type": "ngo"}),
    ("ASONIDFEHU", "", {"canonical": ANPDH, "acronym": "ASONIDFEHU", "type": "ngo"}),
    (
        "Nicaraguan Association for the Defense of Human Rights",
        "",
        {"canonical": ANPDH, "type": "ngo"},
    ),
    ("ANPDH", "", {"canonical": ANPDH, "acronym": "ANPDH", "type": "ngo"}),
    # capacity-building in the Americas
    (
        RCM,
        "regional and multilateral forums to advance common priorities, including the ",
        {"canonical": RCM, "acronym": "RCM", "type": "igo"},
    ),
    (
        "RCM",
        "regional and multilateral forums to advance common priorities, including the ",
        {"canonical": RCM, "acronym": "RCM", "type": "igo"},
    ),
    (
        "IOM",
        "Initiatives include efforts with the ",
        {"canonical": IOM, "acronym": "IOM", "type": "igo"},
    ),
    (
        "North and Central American Task Force on Migration",
        "",
        {"canonical": "North and Central American Task Force on Migration", "type": "other"},
    ),
    (
        "World Refugee & Migration Council",
        "",
        {"canonical": "World Refugee & Migration Council", "type": "ngo"},
    ),
    (
        "Task Force",
        "inform the ",
        {"canonical": "North and Central American Task Force on Migration", "type": "other", **OPT},
    ),
    (
        "INTERPOL",
        "",
        {
            "canonical": "International Criminal Police Organization",
            "acronym": "INTERPOL",
            "type": "igo",
        },
    ),
    ("Justice Education Society", "", {"canonical": "Justice Education Society", "type": "ngo"}),
    (
        "Avocats sans frontières Canada",
        "",
        {"canonical": "Avocats sans frontières Canada", "type": "ngo"},
    ),
    (
        "Colombian Ombudsman's Office",
        "",
        {"canonical": "Colombian Ombudsman's Office", "type": "government"},
    ),
    # Venezuelan refugees and migrants
    (
        "Government of Ecuador",
        "technical assistance to the ",
        {"canonical": "Government of Ecuador", "type": "government"},
    ),
    ("World Bank", "", {"canonical": "World Bank", "type": "igo"}),
    (
        "Global Concessional Financing Facility",
        "",
        {
            "canonical": "Global Concessional Financing Facility",
            "acronym": "GCF",
            "type": "igo",
            **OPT,
        },
    ),
    (
        "GCF",
        "",
        {
            "canonical": "Global Concessional Financing Facility",
            "acronym": "GCF",
            "type": "igo",
            **OPT,
        },
    ),
    (
        "GCF",
        "sponsorship of Colombia to the ",
        {
            "canonical": "Global Concessional Financing Facility",
            "acronym": "GCF",
            "type": "igo",
            **OPT,
        },
    ),
    (
        "UNICEF",
        "",
        {"canonical": "United Nations Children's Fund", "acronym": "UNICEF", "type": "igo"},
    ),
    (
        "ILO",
        "",
        {"canonical": "International Labour Organization", "acronym": "ILO", "type": "igo"},
    ),
    ("Quito Process", "", {"canonical": "Quito Process", "type": "igo"}),
    # means of implementation
    (
        "UN Network on Migration",
        "The UN Network on Migration supports",
        {"canonical": UNNM, "type": "igo"},
    ),
    ("Network", "providing input to the ", {"canonical": UNNM, "type": "igo", **OPT}),
    (
        "UN Network on Migration",
        "complement and reinforce the ",
        {"canonical": UNNM, "type": "igo"},
    ),
    ("UN Network on Migration", "with El Salvador, the ", {"canonical": UNNM, "type": "igo"}),
    ("Women in Migration Network", "", {"canonical": "Women in Migration Network", "type": "ngo"}),
    (
        "Gender + Migration Hub",
        "the Women in Migration Network, and the ",
        {"canonical": "Gender + Migration Hub", "type": "academic"},
    ),
    (RCM, "immigration authorities of the ", {"canonical": RCM, "acronym": "RCM", "type": "igo"}),
    ("RCM", "immigration authorities of the ", {"canonical": RCM, "acronym": "RCM", "type": "igo"}),
    (
        "South American Conference on Migration",
        "",
        {"canonical": "South American Conference on Migration", "acronym": "SACM", "type": "igo"},
    ),
    (
        "SACM",
        "",
        {"canonical": "South American Conference on Migration", "acronym": "SACM", "type": "igo"},
    ),
    # next steps
    (
        "Migration Hub",
        "regional reviews or the ",
        {"canonical": "Gender + Migration Hub", "type": "academic", **OPT},
    ),
]

M = {"kind": "money"}
AMOUNTS = [
    ("34", "", {"kind": "count", "value": 34, "unit": "units"}),
    (
        "119 to 124 million",
        "",
        {
            "kind": "count",
            "value": 119_000_000,
            "value_max": 124_000_000,
            "unit": "people",
            "qualifier": "estimated",
        },
    ),
    (
        "two",
        "including through the donation of ",
        {"kind": "count", "value": 2, "unit": "hospitals"},
    ),
    ("four", "a series of ", {"kind": "count", "value": 4, "unit": "takeovers"}),
    (
        "6.4 million",
        "",
        {"kind": "count", "value": 6_400_000, "unit": "impressions", "qualifier": "estimated"},
    ),
    ("\\$15M", "", {**M, "value": 15_000_000, "currency": "CAD", "currency_inferred": True}),
    (
        "\\$2M",
        "",
        {**M, "value": 2_000_000, "currency": "CAD", "currency_inferred": True, "period": "P5Y"},
    ),
    (
        "CAD \\$835 M",
        "",
        {**M, "value": 835_000_000, "currency": "CAD", "qualifier": "approximately"},
    ),
    ("380,000", "", {"kind": "count", "value": 380_000, "unit": "clients", "qualifier": "nearly"}),
    ("14", "aiming at empowering ", {"kind": "count", "value": 14, "unit": "communities"}),
    ("250", "", {"kind": "count", "value": 250, "unit": "professionals"}),
    (
        "US\\$2.35 billion",
        "",
        {**M, "value": 2_350_000_000, "currency": "USD", "qualifier": "over"},
    ),
    ("seven", "bringing in ", {"kind": "count", "value": 7, "unit": "donors"}),
    ("45%", "", {"kind": "percent", "value": 45}),
    ("CAD\\$115.4 million", "", {**M, "value": 115_400_000, "currency": "CAD", "period": "P2Y"}),
    ("\\$21M (CAD)", "", {**M, "value": 21_000_000, "currency": "CAD", "qualifier": "over"}),
    ("a billion USD", "", {**M, "value": 1_000_000_000, "currency": "USD", "qualifier": "over"}),
    ("\\$5M (CAD)", "", {**M, "value": 5_000_000, "currency": "CAD"}),
    ("\\$59.8M CAD", "", {**M, "value": 59_800_000, "currency": "CAD", "period": "P2Y"}),
    ("two", "featured speaker in ", {"kind": "count", "value": 2, "unit": "events"}),
    ("two", "Canada convened ", {"kind": "count", "value": 2, "unit": "meetings"}),
    ("two", "Canada also participated in ", {"kind": "count", "value": 2, "unit": "reviews"}),
]

DATES = [
    ("2021", "Annex: ", {"kind": "date", "value": "2021"}),
    ("November 2020 to November 2021", "", {"kind": "range", "value": "2020-11/2021-11"}),
    ("2020", "new permanent residents", {"kind": "date", "value": "2020"}),
    ("2021", "new permanent residents", {"kind": "date", "value": "2021"}),
    ("July 2021", "", {"kind": "date", "value": "2021-07"}),
    ("October 2021", "", {"kind": "date", "value": "2021-10"}),
    ("spring 2022", "", {"kind": "date", "value": "2022-SP"}),
    ("2020", "into extreme poverty in ", {"kind": "date", "value": "2020"}),
    ("2020-2021", "", {"kind": "range", "value": "2020/2021"}),
    ("2020", "the 2020 Secretary-General", {"kind": "date", "value": "2020"}),
    ("March 2021", "", {"kind": "date", "value": "2021-03"}),
    ("July and September of 2021", "", {"kind": "range", "value": "2021-07/2021-09"}),
    (
        "end of March 2021 to the end of July 2021",
        "",
        {"kind": "range", "value": "2021-03/2021-07"},
    ),
    ("2021", "Government of Canada’s Budget ", {"kind": "date", "value": "2021"}),
    ("2022-2023", "", {"kind": "range", "value": "2022/2023", "modifier": "until"}),
    ("2018", "", {"kind": "date", "value": "2018"}),
    ("2021", "Budget 2021 also", {"kind": "date", "value": "2021"}),
    ("April 2021", "", {"kind": "date", "value": "2021-04"}),
    ("December 2021", "", {"kind": "date", "value": "2021-12"}),
    ("2020-2021", "In 2020-2021, Canada's Settlement", {"kind": "range", "value": "2020/2021"}),
    ("January 2020 to October 2021", "", {"kind": "range", "value": "2020-01/2021-10"}),
    ("November 2021", "North American Leaders Summit", {"kind": "date", "value": "2021-11"}),
    ("October 2021", "technical\n\nworkshop in ", {"kind": "date", "value": "2021-10"}),
    ("2022", "further projects to be announced in ", {"kind": "date", "value": "2022"}),
    ("June 2021", "", {"kind": "date", "value": "2021-06"}),
    ("2020", "45% increase in grants from the ", {"kind": "date", "value": "2020"}),
    ("March 2021", "in March 2021, Canada's Minister", {"kind": "date", "value": "2021-03"}),
    (
        "November 2020",
        "further expanded its support since ",
        {"kind": "date", "value": "2020-11", "modifier": "since"},
    ),
    ("2022", "Beginning in ", {"kind": "date", "value": "2022", "modifier": "beginning"}),
    ("May 2021", "", {"kind": "date", "value": "2021-05"}),
    ("April 2021", "At the April 2021", {"kind": "date", "value": "2021-04"}),
    ("September 2021", "", {"kind": "date", "value": "2021-09"}),
]

_LISTS = [
    ("1, 5, 6, 7, 15, 17, 23", [1, 5, 6, 7, 15, 17, 23]),
    ("16, 17, 23", [16, 17, 23]),
    ("1, 16, 23", [1, 16, 23]),
    ("1, 3, 15, 16, 17, 18, 19, 23", [1, 3, 15, 16, 17, 18, 19, 23]),
    ("1, 2, 5, 6, 7, 11, 12, 23", [1, 2, 5, 6, 7, 11, 12, 23]),
    ("7, 10, 15, 16, 17, 18, 19, 23", [7, 10, 15, 16, 17, 18, 19, 23]),
]
OBJECTIVE_REFS = [(f"Objectives: {s}", "", {"objectives": o}) for s, o in _LISTS] + [
    (f"Objectives {s}", "Update to Section 3", {"objectives": o}) for s, o in _LISTS
]

SECTIONS = [
    ("Pandemic response", [1, 5, 6, 7, 15, 17, 23]),
    ("Promoting balanced narratives via the *It Takes a Community* campaign", [16, 17, 23]),
    ("Encouraging a gender-responsive approach to migration management", [1, 16, 23]),
    ("Promoting integration and social cohesion", [1, 3, 15, 16, 17, 18, 19, 23]),
    (
        "Capacity-building to improve migration management in the Americas",
        [1, 2, 5, 6, 7, 11, 12, 23],
    ),
    (
        "Responding to the needs of Venezuelan refugees and migrants and host communities",
        [7, 10, 15, 16, 17, 18, 19, 23],
    ),
]

DOCUMENT = {
    "source": "corpus/canada-2021-annex.txt",
    "country": "Canada",
    "period": "2020-11/2021-11",
    "language": "en",
}
