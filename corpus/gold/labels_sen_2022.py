"""Hand labels of corpus/sen-2022-gcm-review.txt (a French-language voluntary national review of
Senegal's implementation of the GCM, composed for the project in the style of the reviews submitted
to the 2022 International Migration Review Forum), written by reading it paragraph by paragraph,
independently of the extractors: they were not run on this text and their source and output were
not consulted.

Each label: (surface text, `after`, attributes). The mention is the first occurrence of its text at
or after the first occurrence of `after` ("" = from the start of the document). build_gold.py turns
them into offsets; no offset is typed by hand. Rules: docs/annotation.md; conventions: README.md.

French conventions: "680 000" and "42.500" are 680000 and 42500 (space or dot thousands), "1,5
milliard" is 1500000000 and "7,2 %" is 7.2 (decimal comma); "milliard(s)" is 10^9. International
organisations with an English name take the English name as canonical (OIM -> International
Organization for Migration, CEDEAO -> Economic Community of West African States); Senegalese national
bodies keep their French name (a lower-case "ministère" in the text is capitalised in the canonical);
foreign national bodies keep their own name (AFD, GIZ). The `acronym` attribute is the acronym as
written in the document (OIM, CEDEAO, HCR, ONUDC, OIT). "francs CFA", "FCFA" and "F CFA" are XOF (the
West African CFA franc, Senegal's currency); "euros" and "€" are EUR. Qualifiers are recorded in the
guideline's English vocabulary ("plus de" -> "more than", "environ" -> "about", "près de" -> "close
to", as "cerca de" in the Spanish set); counted units are the French head noun, lower case. Date
modifiers: "depuis" -> since, "d'ici" -> by, "à partir de" -> beginning.
"""

IOM = "International Organization for Migration"
ECOWAS = "Economic Community of West African States"
UNHCR = "United Nations High Commissioner for Refugees"
ILO = "International Labour Organization"
EU = "European Union"
GOV = "Gouvernement du Sénégal"
ANSD = "Agence nationale de la Statistique et de la Démographie"
ANPEJ = "Agence nationale pour la Promotion de l'Emploi des Jeunes"
DGASE = "Direction générale d'Appui aux Sénégalais de l'Extérieur"
CNLTP = "Cellule nationale de Lutte contre la Traite des Personnes"
MIAAESE = (
    "Ministère de l'Intégration africaine, des Affaires étrangères et des Sénégalais de l'Extérieur"
)
UEMOA = "West African Economic and Monetary Union"
BCEAO = "Central Bank of West African States"
RABAT = "Rabat Process"
FAISE = "Fonds d'Appui à l'Investissement des Sénégalais de l'Extérieur"
FORCE = "Fonds de riposte et de solidarité contre les effets de la COVID-19"
OPT = {"optional": True}
M = {"kind": "money"}


def gov(canonical: str, **extra) -> dict:
    return {"canonical": canonical, "type": "government", **extra}


def igo(canonical: str, **extra) -> dict:
    return {"canonical": canonical, "type": "igo", **extra}


def ngo(canonical: str, **extra) -> dict:
    return {"canonical": canonical, "type": "ngo", **extra}


def count(value: int | float, unit: str, **extra) -> dict:
    return {"kind": "count", "value": value, "unit": unit, **extra}


def xof(value: int | float, **extra) -> dict:
    return {**M, "value": value, "currency": "XOF", **extra}


ORGANIZATIONS = [
    # 1. Introduction (1)
    (ANSD, "", gov(ANSD, acronym="ANSD")),
    ("ANSD", "Démographie (", gov(ANSD, acronym="ANSD")),
    ("Communauté économique des États de l'Afrique de l'Ouest", "", igo(ECOWAS, acronym="CEDEAO")),
    ("CEDEAO", "Afrique de l'Ouest (", igo(ECOWAS, acronym="CEDEAO")),
    # 1. Introduction (2): adherence and authors of the review
    ("Gouvernement du Sénégal", "", gov(GOV)),
    (
        "comité technique",
        "",
        gov(
            "Comité technique du rapport national volontaire",
            **OPT,
            note="a body named without a proper name (like Ecuador's 'national crisis committee')",
        ),
    ),
    ("ministère de l'Intérieur", "", gov("Ministère de l'Intérieur")),
    (
        "ministère de l'Intégration africaine, des Affaires étrangères et des Sénégalais de l'Extérieur",
        "",
        gov(MIAAESE),
    ),
    ("Organisation internationale pour les migrations", "", igo(IOM, acronym="OIM")),
    ("OIM", "pour les migrations (", igo(IOM, acronym="OIM")),
    # 2. Cadre institutionnel (1)
    (
        "comité interministériel",
        "",
        gov(
            "Comité interministériel de suivi de la Politique nationale de Migration",
            **OPT,
            note="a body named without a proper name (like Ecuador's 'national crisis committee')",
        ),
    ),
    (DGASE, "", gov(DGASE)),
    (
        "Direction de la Police de l'Air et des Frontières",
        "",
        gov("Direction de la Police de l'Air et des Frontières"),
    ),
    (CNLTP, "", gov(CNLTP)),
    ("ministère de la Justice", "", gov("Ministère de la Justice")),
    # 2 (2)
    (
        "Haut Conseil des Sénégalais de l'Extérieur",
        "",
        gov("Haut Conseil des Sénégalais de l'Extérieur"),
    ),
    (
        "ministère de l'Emploi, de la Formation professionnelle et de l'Artisanat",
        "",
        gov("Ministère de l'Emploi, de la Formation professionnelle et de l'Artisanat"),
    ),
    (ANPEJ, "", gov(ANPEJ, acronym="ANPEJ")),
    ("ANPEJ", "Emploi des Jeunes (", gov(ANPEJ, acronym="ANPEJ")),
    # 2 (3): regional
    (
        "CEDEAO",
        "Protocole de la ",
        igo(ECOWAS, acronym="CEDEAO", note="organisation named inside a document's name"),
    ),
    (
        "Dialogue sur la migration pour l'Afrique de l'Ouest",
        "",
        igo("Migration Dialogue for West Africa", acronym="MIDWA"),
    ),
    ("MIDWA", "", igo("Migration Dialogue for West Africa", acronym="MIDWA")),
    (
        "Processus de Rabat",
        "",
        igo(RABAT, note="a standing inter-state process that acts as a body"),
    ),
    ("Union africaine", "", igo("African Union")),
    (
        "Commission de l'Union économique et monétaire ouest-africaine",
        "",
        igo(
            UEMOA,
            acronym="UEMOA",
            note="the Union's executive organ; one mention, the nested Union name not tagged "
            "separately; keeps the Union's canonical, like a country office",
        ),
    ),
    ("UEMOA", "", igo(UEMOA, acronym="UEMOA")),
    ("Banque centrale des États de l'Afrique de l'Ouest", "", igo(BCEAO, acronym="BCEAO")),
    ("BCEAO", "", igo(BCEAO, acronym="BCEAO")),
    # 3.1 Données
    ("Union européenne", "", igo(EU)),
    ("OIM", "Avec le soutien de l'Union européenne et de l'", igo(IOM, acronym="OIM")),
    ("ANSD", "Avec le soutien de l'Union européenne et de l'OIM, l'", gov(ANSD, acronym="ANSD")),
    # 3.2 Migration de travail
    (
        "Bureau d'accueil, d'orientation et de suivi des actions de réinsertion des émigrés",
        "",
        gov(
            "Bureau d'accueil, d'orientation et de suivi des actions de réinsertion des émigrés",
            acronym="BAOS",
        ),
    ),
    (
        "BAOS",
        "",
        gov(
            "Bureau d'accueil, d'orientation et de suivi des actions de réinsertion des émigrés",
            acronym="BAOS",
        ),
    ),
    (
        "Gouvernement espagnol",
        "",
        gov(
            "Gobierno de España",
            **OPT,
            note="a foreign government described by a nationality adjective (like Kenya's 'Haitian "
            "government'); canonical its own name, like the Spanish set's Gobierno de México",
        ),
    ),
    (
        "ANPEJ",
        "Le Directeur général de l'",
        gov(
            ANPEJ, acronym="ANPEJ", **OPT, note="inside a job title (Directeur général de l'ANPEJ)"
        ),
    ),
    ("Organisation internationale du Travail", "", igo(ILO, acronym="OIT")),
    ("OIT", "internationale du Travail (", igo(ILO, acronym="OIT")),
    # 3.3 Sauvetage, protection, traite
    ("Marine nationale", "", gov("Marine nationale")),
    (
        "Direction de la Surveillance et du Contrôle de l'Utilisation de l'Espace maritime",
        "",
        gov("Direction de la Surveillance et du Contrôle de l'Utilisation de l'Espace maritime"),
    ),
    (
        "ministère de la Femme, de la Famille, du Genre et de la Protection des enfants",
        "",
        gov("Ministère de la Femme, de la Famille, du Genre et de la Protection des enfants"),
    ),
    (
        "Fonds des Nations Unies pour l'enfance",
        "",
        igo("United Nations Children's Fund", acronym="UNICEF"),
    ),
    ("UNICEF", "", igo("United Nations Children's Fund", acronym="UNICEF")),
    (
        "Cellule nationale",
        "En 2021, la ",
        gov(CNLTP, **OPT, note="short back-reference (like 'the Network')"),
    ),
    ("Haut-Commissariat des Nations Unies pour les réfugiés", "", igo(UNHCR, acronym="HCR")),
    ("HCR", "pour les réfugiés (", igo(UNHCR, acronym="HCR")),
    (
        "Office des Nations Unies contre la drogue et le crime",
        "",
        igo("United Nations Office on Drugs and Crime", acronym="ONUDC"),
    ),
    ("ONUDC", "", igo("United Nations Office on Drugs and Crime", acronym="ONUDC")),
    (
        "Cellule nationale",
        "La Directrice de la ",
        gov(CNLTP, **OPT, note="short back-reference inside a job title (Directrice de la ...)"),
    ),
    # 3.4 Services de base, COVID-19
    (
        "Gouvernement",
        "juillet 2020. Le ",
        gov(GOV, **OPT, note="'Le Gouvernement': the government without a proper name"),
    ),
    (
        FORCE,
        "",
        gov(FORCE, acronym="FORCE-COVID-19", **OPT, note="a fund (funds are optional)"),
    ),
    (
        "FORCE-COVID-19",
        "",
        gov(FORCE, acronym="FORCE-COVID-19", **OPT, note="a fund (funds are optional)"),
    ),
    (
        "ministère de la Santé et de l'Action sociale",
        "",
        gov("Ministère de la Santé et de l'Action sociale"),
    ),
    ("Organisation mondiale de la Santé", "", igo("World Health Organization", acronym="OMS")),
    ("OMS", "", igo("World Health Organization", acronym="OMS")),
    # 3.5 Transferts de fonds
    ("BCEAO", "produit intérieur brut, selon la ", igo(BCEAO, acronym="BCEAO")),
    (FAISE, "", gov(FAISE, acronym="FAISE", **OPT, note="a fund (funds are optional)")),
    ("FAISE", "", gov(FAISE, acronym="FAISE", **OPT, note="a fund (funds are optional)")),
    ("Banque africaine de développement", "", igo("African Development Bank", acronym="BAD")),
    ("BAD", "", igo("African Development Bank", acronym="BAD")),
    ("ministère des Finances et du Budget", "", gov("Ministère des Finances et du Budget")),
    # 3.6 Retour et réintégration
    (
        "UE",
        "Initiative conjointe ",
        igo(EU, acronym="UE", note="organisation named inside a programme's name (like 'UN-led')"),
    ),
    (
        "OIM",
        "Initiative conjointe UE-",
        igo(IOM, acronym="OIM", note="organisation named inside a programme's name"),
    ),
    (
        "Agence française de Développement",
        "",
        gov("Agence française de Développement", acronym="AFD"),
    ),
    ("AFD", "", gov("Agence française de Développement", acronym="AFD")),
    (
        "Agence allemande de coopération internationale",
        "",
        gov(
            "Deutsche Gesellschaft für Internationale Zusammenarbeit",
            acronym="GIZ",
            note="foreign body: canonical its own (German) name, as the Spanish set keeps AECID's",
        ),
    ),
    (
        "GIZ",
        "",
        gov("Deutsche Gesellschaft für Internationale Zusammenarbeit", acronym="GIZ"),
    ),
    # 3.7 Coopération internationale
    (
        "Processus de Rabat",
        "une réunion ministérielle du ",
        igo(RABAT, note="the process convening a meeting (the meeting itself is an event)"),
    ),
    ("Union européenne", "dialogue régulier avec l'", igo(EU)),
    (
        "CEDEAO",
        "avec les pays de la ",
        igo(
            ECOWAS,
            acronym="CEDEAO",
            **OPT,
            note="names the member countries (les pays de la CEDEAO)",
        ),
    ),
    (
        "Communauté économique et monétaire de l'Afrique centrale",
        "",
        igo("Economic and Monetary Community of Central Africa", acronym="CEMAC"),
    ),
    ("CEMAC", "", igo("Economic and Monetary Community of Central Africa", acronym="CEMAC")),
    (
        "Banque des États de l'Afrique centrale",
        "",
        igo("Bank of Central African States", acronym="BEAC"),
    ),
    ("BEAC", "", igo("Bank of Central African States", acronym="BEAC")),
    # 4. Défis
    (
        "Commission nationale des Droits de l'Homme",
        "",
        gov("Commission nationale des Droits de l'Homme", note="national human rights institution"),
    ),
    (DGASE, "Les ressources allouées à la ", gov(DGASE)),
    ("Caritas Sénégal", "", ngo("Caritas Sénégal")),
    ("Plateforme des Acteurs non étatiques", "", ngo("Plateforme des Acteurs non étatiques")),
    ("Réseau des migrants de retour", "", ngo("Réseau des migrants de retour")),
    # 5. Perspectives
    (
        "OIT",
        "conventions n° 97 et n° 143 de l'",
        igo(ILO, acronym="OIT", note="organisation named inside the conventions' name"),
    ),
    ("OIM", "remercie l'", igo(IOM, acronym="OIM")),
    ("HCR", "remercie l'OIM, le ", igo(UNHCR, acronym="HCR")),
    (
        "Programme des Nations Unies pour le développement",
        "",
        igo("United Nations Development Programme", acronym="PNUD"),
    ),
    ("PNUD", "", igo("United Nations Development Programme", acronym="PNUD")),
]

AMOUNTS = [
    # 1. Introduction
    ("680 000", "", count(680_000, "sénégalais", qualifier="about")),
    ("275 000", "", count(275_000, "ressortissants", qualifier="close to")),
    (
        "23",
        "en intégrer les ",
        count(
            23,
            "objectifs",
            **OPT,
            note="the number of GCM objectives (close to an objective number)",
        ),
    ),
    ("Trois", "", count(3, "ateliers")),
    (
        "un",
        "Ziguinchor, puis ",
        count(
            1,
            "atelier",
            **OPT,
            note="'un atelier national' after 'Trois ateliers': cardinal or article",
        ),
    ),
    ("57", "", count(57, "structures")),
    ("31", "", count(31, "organisations")),
    # 2. Cadre institutionnel
    ("48", "", count(48, "postes")),
    ("60", "", count(60, "conseillers")),
    # 3.1
    ("sept", "soit ", count(7, "centres")),
    ("42.500", "", count(42_500, "visiteurs", qualifier="more than")),
    ("38 %", "", {"kind": "percent", "value": 38}),
    # 3.2
    ("2 310", "", count(2_310, "travailleurs")),
    ("1,5 milliard de francs CFA", "", xof(1_500_000_000)),
    ("cinq", "À ce jour, ", count(5, "régions")),
    # 3.3
    ("4.930", "", count(4_930, "personnes")),
    ("389", "", count(389, "victimes")),
    ("211", "", count(211, "enfants")),
    # 3.4
    ("1 000 milliards de FCFA", "", xof(1_000_000_000_000)),
    ("14", "kits d'hygiène dans les ", count(14, "régions")),
    ("trois millions", "", count(3_000_000, "personnes", qualifier="close to")),
    # 3.5
    ("1 545 milliards de F CFA", "", xof(1_545_000_000_000)),
    ("10 %", "", {"kind": "percent", "value": 10, "qualifier": "about"}),
    ("200 euros", "", {**M, "value": 200, "currency": "EUR"}),
    ("7,2 %", "", {"kind": "percent", "value": 7.2}),
    ("5,9 %", "", {"kind": "percent", "value": 5.9}),
    ("1.137", "", count(1_137, "projets")),
    ("6,8 milliards de francs CFA", "", xof(6_800_000_000)),
    # 3.6
    ("8 429", "", count(8_429, "sénégalais")),
    ("1 500 €", "", {**M, "value": 1_500, "currency": "EUR"}),
    ("12 millions d'euros", "", {**M, "value": 12_000_000, "currency": "EUR"}),
    # 4. Défis
    ("2,3 milliards FCFA", "", xof(2_300_000_000)),
    # 5. Perspectives
    ("25 milliards de francs CFA", "", xof(25_000_000_000, period="P5Y")),
    ("15", "porter à ", count(15, "centres")),
]

DATES = [
    # title block
    ("mai 2022", "", {"kind": "date", "value": "2022-05"}),
    # 1. Introduction
    ("10 décembre 2018", "", {"kind": "date", "value": "2018-12-10"}),
    ("2018", "Depuis ", {"kind": "date", "value": "2018", "modifier": "since"}),
    (
        "2030",
        "Programme de développement durable à l'horizon ",
        {
            "kind": "date",
            "value": "2030",
            "note": "year inside a document's name (the French name of the 2030 Agenda); no modifier",
        },
    ),
    ("janvier 2019 à décembre 2021", "", {"kind": "range", "value": "2019-01/2021-12"}),
    ("22 février 2022", "", {"kind": "date", "value": "2022-02-22"}),
    # 2. Cadre institutionnel
    ("2018", "Le Sénégal a adopté en ", {"kind": "date", "value": "2018"}),
    ("2019", "installé en ", {"kind": "date", "value": "2019"}),
    # 3.1
    ("2021", "conditions de vie des ménages réalisée en ", {"kind": "date", "value": "2021"}),
    ("1er juillet 2020", "", {"kind": "date", "value": "2020-07-01"}),
    ("2019 et 2021", "sept centres au total. Entre ", {"kind": "range", "value": "2019/2021"}),
    # 3.2
    ("2019 et 2021", "a accompagné, entre ", {"kind": "range", "value": "2019/2021"}),
    ("12 avril 2021", "", {"kind": "date", "value": "2021-04-12"}),
    # 3.3
    ("septembre 2020", "", {"kind": "date", "value": "2020-09", "modifier": "beginning"}),
    ("octobre 2020 et mars 2021", "", {"kind": "range", "value": "2020-10/2021-03"}),
    (
        "2005",
        "La loi n° ",
        {
            "kind": "date",
            "value": "2005",
            **OPT,
            "note": "year inside a law number (loi n° 2005-06, an identifier)",
        },
    ),
    ("2021", "En 2021, la Cellule", {"kind": "date", "value": "2021"}),
    # 3.4
    ("20 mars au 15 juillet 2020", "", {"kind": "range", "value": "2020-03-20/2020-07-15"}),
    # 3.5
    ("2021", "milliards de F CFA en ", {"kind": "date", "value": "2021"}),
    ("2019", "7,2 % en ", {"kind": "date", "value": "2019"}),
    ("2021", "5,9 % en ", {"kind": "date", "value": "2021"}),
    ("2019", "a financé, depuis ", {"kind": "date", "value": "2019", "modifier": "since"}),
    (
        "2024",
        "obligations de la diaspora d'ici ",
        {"kind": "date", "value": "2024", "modifier": "by"},
    ),
    # 3.6
    ("2017 et 2021", "", {"kind": "range", "value": "2017/2021"}),
    ("2020-2023", "", {"kind": "range", "value": "2020/2023"}),
    # 3.7
    ("27 au 29 octobre 2021", "", {"kind": "range", "value": "2021-10-27/2021-10-29"}),
    ("2021", "sur la gestion des frontières. En ", {"kind": "date", "value": "2021"}),
    # 4. Défis
    ("2021", "2,3 milliards FCFA en ", {"kind": "date", "value": "2021"}),
    # 5. Perspectives
    ("2030", "D'ici ", {"kind": "date", "value": "2030", "modifier": "by"}),
    ("2025", "", {"kind": "date", "value": "2025", "modifier": "by"}),
]

OBJECTIVE_REFS = [
    ("objectifs 1 à 3", "", {"objectives": [1, 2, 3]}),
    ("objectifs 5 et 6", "", {"objectives": [5, 6]}),
    ("objectifs 8, 10 et 11", "", {"objectives": [8, 10, 11]}),
    ("objectif 15", "", {"objectives": [15]}),
    ("objectifs 19 et 20", "", {"objectives": [19, 20]}),
    ("objectif 21", "", {"objectives": [21]}),
    ("objectif 23", "", {"objectives": [23]}),
    ("objectifs 9 et 10", "", {"objectives": [9, 10]}),
]

SECTIONS = [
    ("3.1 Données et information des migrants", [1, 2, 3]),
    ("3.2 Migration de travail et mobilité régulière", [5, 6]),
    ("3.3 Sauvetage, protection et lutte contre la traite", [8, 10, 11]),
    ("3.4 Accès aux services de base et réponse à la COVID-19", [15]),
    ("3.5 Transferts de fonds et contribution de la diaspora", [19, 20]),
    ("3.6 Retour et réintégration durable", [21]),
    ("3.7 Coopération internationale", [23]),
]

DOCUMENT = {
    "source": "corpus/sen-2022-gcm-review.txt",
    "country": "Senegal",
    "period": "2019-01/2021-12",
    "language": "fr",
}
