"""Texts in other countries' styles (written for the tests) for the PDF layout renderings.

Each text is a list of (kind, text) items: title, heading, paragraph, list_item, footnote, or
("table", rows). Footnote markers in the body are Unicode superscripts; the renderer draws them raised.
"""

from __future__ import annotations

STATEMENT = [
    ("title", "Statement by the Republic of the Philippines"),
    ("heading", "General debate of the seventy-ninth session"),
    (
        "paragraph",
        "Mr. President, let me congratulate you on your election. We thank the Secretary-General "
        "for his report on the implementation of the Global Compact for Safe, Orderly and Regular "
        "Migration, and we reaffirm our whole-of-government and whole-of-society commitment to it.",
    ),
    (
        "paragraph",
        "Ten million Filipinos live and work abroad. Their remittances reached USD 37.2 billion in "
        "2023, close to 9 per cent of our gross domestic product. On 15 March 2024 the Department "
        "of Migrant Workers opened its forty-third office overseas, with the support of the "
        "International Organization for Migration (IOM).",
    ),
    (
        "paragraph",
        "Under Objective 6 we signed bilateral labour agreements with Germany, Japan and the United "
        "Kingdom between January 2022 and June 2024. The agreements cover 120,000 health-care "
        "workers and guarantee fair recruitment¹ without placement fees.",
    ),
    (
        "paragraph",
        "The Philippine Overseas Employment Administration and the Overseas Workers Welfare "
        "Administration trained 4,500 welfare officers in 2023. An amount of PHP 2.1 billion was "
        "allocated to reintegration programmes for returning workers, in line with Objective 21. "
        "In 2023 the campaign “Safe Migration, Fair Work” reached 2.4 million workers.",
    ),
    (
        "paragraph",
        "Climate change drives displacement in our islands. After Typhoon Rai in December 2021, "
        "more than 630,000 people were displaced; the Office of Civil Defense and the United Nations "
        "High Commissioner for Refugees (UNHCR) coordinated shelter for 48,000 families within "
        "two weeks.",
    ),
    (
        "paragraph",
        "We call on States to ratify the International Convention on the Protection of the Rights "
        "of All Migrant Workers and Members of Their Families. The Philippines will host a "
        "regional consultation in Manila on 12 November 2025, with the Association of Southeast "
        "Asian Nations (ASEAN) and the International Labour Organization (ILO).",
    ),
    (
        "paragraph",
        "Mr. President, migration is a shared responsibility. No State can govern it alone, and "
        "our nation stands ready to work with every partner for the benefit of migrants and of "
        "the communities that welcome them.",
    ),
    (
        "footnote",
        "¹ As defined in the General Principles and Operational Guidelines for Fair Recruitment.",
    ),
]

REVIEW = [
    ("title", "Republic of Kenya"),
    ("title", "Voluntary National Review"),
    ("title", "Implementation of the Global Compact for Migration"),
    ("title", "Nairobi, March 2022"),
    ("heading", "Contents of the review"),
    ("heading", "1. Introduction"),
    (
        "paragraph",
        "This review was prepared by the National Coordination Mechanism on Migration, chaired by "
        "the State Department for Immigration and Citizen Services, with inputs from county "
        "governments, civil society and the private sector.",
    ),
    ("heading", "2. Methodology"),
    (
        "paragraph",
        "Data were collected between October 2021 and January 2022 through a survey of 47 county "
        "governments and consultations with 120 stakeholders.",
    ),
    ("heading", "3. Progress by objective"),
    ("heading", "3.1 Labour migration"),
    (
        "paragraph",
        "The Ministry of Labour and Social Protection reviewed the Labour Migration Policy and the "
        "National Employment Authority registered 1,200 private recruitment agencies in 2021. The "
        "following measures were taken:",
    ),
    (
        "list_item",
        "(a) Under Decision No. 14 of 2021, pre-departure training became mandatory for domestic "
        "workers travelling to the Gulf States;",
    ),
    (
        "list_item",
        "(b) The Kenya Revenue Authority waived fees on remittance transfers below KES 10,000 from "
        "1 July 2021;",
    ),
    (
        "list_item",
        "(c) A budget of KES 350 million was allocated to the Diaspora Investment Fund for 2022 to "
        "2025.",
    ),
    ("heading", "3.2 Border governance"),
    (
        "paragraph",
        "With the support of the International Organization for Migration (IOM) and the "
        "Intergovernmental Authority on Development (IGAD), Kenya opened two one-stop border posts "
        "in 2021, reducing average clearance times by 40 per cent (Objectives 11 and 12).",
    ),
    ("heading", "3.3 Protection"),
    (
        "paragraph",
        "The Counter-Trafficking in Persons Secretariat identified 320 victims of trafficking in "
        "2021, and the Office of the Director of Public Prosecutions secured 41 convictions.",
    ),
    ("heading", "4. Way forward"),
    (
        "paragraph",
        "Kenya will present its next review in 2026 and invites the United Nations Network on "
        "Migration to support a whole-of-society consultation in every county.",
    ),
]

# A label|text table (long text cells, so the table runs over a page break).
LABELLED = [
    ("title", "Republic of Ecuador: review of the Global Compact for Migration"),
    (
        "table",
        [
            [
                "Context",
                "Ecuador hosts more than 500,000 refugees and migrants from Venezuela. In 2022 "
                "the Ministry of Foreign Affairs and Human Mobility began a regularisation process "
                "that had granted 96,000 visas by 30 June 2023.",
            ],
            [
                "Challenges",
                "Access to health care and to the labour market remains limited. The Ministry of "
                "Labour estimates that 68 per cent of Venezuelan workers are employed informally, "
                "and school enrolment of migrant children stood at 71 per cent in 2022.",
            ],
            [
                "Actions",
                "With the Office of the United Nations High Commissioner for Refugees (UNHCR) and "
                "the International Organization for Migration (IOM), Ecuador opened three "
                "reception centres in 2021 and financed them with USD 4.8 million. The Ministry of "
                "Public Health vaccinated 310,000 migrants against COVID-19 between March 2021 and "
                "December 2022. Objectives 15 and 16 guide this work. The national strategy will "
                "be reviewed in 2025 with the Inter-American Development Bank.",
            ],
            [
                "Partners",
                "The World Bank, the European Union and the Economic Commission for Latin America "
                "and the Caribbean supported the design of the regularisation process with "
                "technical assistance from 2021 to 2023.",
            ],
            [
                "Results",
                "By the end of 2023, 72 per cent of regularised migrants held a formal job or ran a "
                "registered business, and the Ministry of Education had enrolled 58,000 more migrant "
                "children than in 2021. The Social Security Institute registered 41,000 migrant "
                "workers between April 2022 and November 2023.",
            ],
            [
                "Next steps",
                "A second phase of the regularisation process will open in 2024 for migrants who "
                "entered irregularly, with the support of the Pan American Health Organization and "
                "the World Food Programme, and a budget of USD 12 million over three years.",
            ],
        ],
    ),
    (
        "paragraph",
        "Ecuador reaffirms its commitment to the Global Compact and will report again in 2026.",
    ),
]

# A budget table: money in a column headed with its currency only.
BUDGET = [
    ("title", "Republic of Ghana: financing of the national migration policy"),
    (
        "paragraph",
        "The table below lists the budget of the main programmes of the Ghana Immigration "
        "Service for 2023.",
    ),
    (
        "table",
        [
            ["Programme", "Agency", "Budget (USD)"],
            ["Border management", "Ghana Immigration Service", "2,450,000"],
            ["Diaspora engagement", "Diaspora Affairs Office", "780,000"],
        ],
    ),
    ("paragraph", "Return and reintegration is financed by the European Union."),
    (
        "table",
        [
            ["Programme", "Budget (EUR thousands)"],
            ["Return and reintegration", "1,250"],
        ],
    ),
]
