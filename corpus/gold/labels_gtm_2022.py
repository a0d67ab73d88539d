"""Hand labels of corpus/gtm-2022-gcm-review.txt (a Spanish-language voluntary national review of
Guatemala's implementation of the GCM, composed for the project in the style of the reviews
submitted to the 2022 International Migration Review Forum), written by reading it paragraph by
paragraph, independently of the extractors: they were not run on this text and their source and
output were not consulted.

Each label: (surface text, `after`, attributes). The mention is the first occurrence of its text at
or after the first occurrence of `after` ("" = from the start of the document). build_gold.py turns
them into offsets; no offset is typed by hand. Rules: docs/annotation.md; conventions: README.md.

Spanish conventions: "62.448" is 62448 (dot thousands), "2,9 millones" is 2900000 (decimal comma).
International organisations with an English name take the English name as canonical (OIM ->
International Organization for Migration); Guatemalan national bodies keep their Spanish name. The
`acronym` attribute is the acronym as written in the document (OIM, ACNUR, CRM). Quetzales ("Q") are
GTQ; "US$" is USD; a bare "dólares" is USD with currency_inferred (the quetzal is not written with
"$"). Qualifiers are recorded in the guideline's English vocabulary ("más de" -> "more than", "cerca
del" -> "close to", "unos" -> "about", "al menos" -> "at least"); counted units are the Spanish head
noun, lower case.
"""

IOM = "International Organization for Migration"
UNHCR = "United Nations High Commissioner for Refugees"
UNNM = "United Nations Network on Migration"
RCM = "Regional Conference on Migration"
SICA = "Central American Integration System"
GOV = "Gobierno de Guatemala"
IGM = "Instituto Guatemalteco de Migración"
MINTRAB = "Ministerio de Trabajo y Previsión Social"
SVET = "Secretaría contra la Violencia Sexual, Explotación y Trata de Personas"
SBS = "Secretaría de Bienestar Social de la Presidencia"
MSPAS = "Ministerio de Salud Pública y Asistencia Social"
OPT = {"optional": True}
M = {"kind": "money"}


def gov(canonical: str, **extra) -> dict:
    return {"canonical": canonical, "type": "government", **extra}


def igo(canonical: str, **extra) -> dict:
    return {"canonical": canonical, "type": "igo", **extra}


ORGANIZATIONS = [
    # ¶ Introducción (2): the review's authors
    ("Gobierno de Guatemala", "", gov(GOV)),
    ("Mesa Interinstitucional sobre Migración", "", gov("Mesa Interinstitucional sobre Migración")),
    ("Ministerio de Relaciones Exteriores", "", gov("Ministerio de Relaciones Exteriores")),
    ("Organización Internacional para las Migraciones", "", igo(IOM, acronym="OIM")),
    ("OIM", "para las Migraciones (", igo(IOM, acronym="OIM")),
    (
        "Red de las Naciones Unidas sobre la Migración en Guatemala",
        "",
        igo(UNNM, note="country-level network; parent's canonical, like a country office"),
    ),
    # ¶ Introducción (3): consultations
    (
        "Universidad de San Carlos de Guatemala",
        "",
        {"canonical": "Universidad de San Carlos de Guatemala", "type": "academic"},
    ),
    (
        "Facultad Latinoamericana de Ciencias Sociales",
        "",
        {
            "canonical": "Latin American Faculty of Social Sciences",
            "acronym": "FLACSO",
            "type": "academic",
        },
    ),
    (
        "FLACSO",
        "",
        {
            "canonical": "Latin American Faculty of Social Sciences",
            "acronym": "FLACSO",
            "type": "academic",
        },
    ),
    # II. Marco institucional (1)
    ("Autoridad Migratoria Nacional", "", gov("Autoridad Migratoria Nacional")),
    ("Instituto Guatemalteco de Migración", "", gov(IGM, acronym="IGM")),
    ("IGM", "Instituto Guatemalteco de Migración (", gov(IGM, acronym="IGM")),
    ("Dirección General de Migración", "", gov("Dirección General de Migración")),
    ("IGM", "El IGM es", gov(IGM, acronym="IGM")),
    ("Instituto", "En 2020 el ", gov(IGM, acronym="IGM", **OPT, note="back-reference")),
    # II (2)
    (
        "Consejo Nacional de Atención al Migrante de Guatemala",
        "",
        gov("Consejo Nacional de Atención al Migrante de Guatemala", acronym="CONAMIGUA"),
    ),
    (
        "CONAMIGUA",
        "",
        gov("Consejo Nacional de Atención al Migrante de Guatemala", acronym="CONAMIGUA"),
    ),
    (SVET, "", gov(SVET, acronym="SVET")),
    ("SVET", "Trata de Personas (", gov(SVET, acronym="SVET")),
    (MINTRAB, "", gov(MINTRAB, acronym="MINTRAB")),
    ("MINTRAB", "Previsión Social (", gov(MINTRAB, acronym="MINTRAB")),
    (MSPAS, "", gov(MSPAS)),
    (SBS, "", gov(SBS)),
    ("Procuraduría de los Derechos Humanos", "", gov("Procuraduría de los Derechos Humanos")),
    # II (3): regional
    ("Conferencia Regional sobre Migración", "", igo(RCM, acronym="CRM")),
    ("CRM", "Conferencia Regional sobre Migración (", igo(RCM, acronym="CRM")),
    ("Sistema de la Integración Centroamericana", "", igo(SICA, acronym="SICA")),
    ("SICA", "Integración Centroamericana (", igo(SICA, acronym="SICA")),
    (
        "Marco Integral Regional para la Protección y Soluciones",
        "",
        igo(
            "Comprehensive Regional Protection and Solutions Framework",
            acronym="MIRPS",
            **OPT,
            note="a regional framework/process; borderline between a body and a plan",
        ),
    ),
    (
        "MIRPS",
        "",
        igo(
            "Comprehensive Regional Protection and Solutions Framework",
            acronym="MIRPS",
            **OPT,
            note="a regional framework/process; borderline between a body and a plan",
        ),
    ),
    (
        "Organización de los Estados Americanos",
        "",
        igo("Organization of American States", acronym="OEA"),
    ),
    ("OEA", "", igo("Organization of American States", acronym="OEA")),
    (
        "Comisión Económica para América Latina y el Caribe",
        "",
        igo("Economic Commission for Latin America and the Caribbean", acronym="CEPAL"),
    ),
    (
        "CEPAL",
        "",
        igo("Economic Commission for Latin America and the Caribbean", acronym="CEPAL"),
    ),
    # III.1 Datos y evidencia
    (
        "Instituto Nacional de Estadística",
        "",
        gov("Instituto Nacional de Estadística", acronym="INE"),
    ),
    ("INE", "Nacional de Estadística (", gov("Instituto Nacional de Estadística", acronym="INE")),
    (
        "Fondo de Población de las Naciones Unidas",
        "",
        igo("United Nations Population Fund", acronym="UNFPA"),
    ),
    ("UNFPA", "", igo("United Nations Population Fund", acronym="UNFPA")),
    (
        "Observatorio de Movilidad Humana de la Universidad Rafael Landívar",
        "",
        {
            "canonical": "Observatorio de Movilidad Humana de la Universidad Rafael Landívar",
            "type": "academic",
            "note": "one name; the nested university is not tagged separately",
        },
    ),
    ("OIM", "Con el apoyo de la ", igo(IOM, acronym="OIM")),
    # III.2 Vías regulares
    ("MINTRAB", "a cargo del ", gov(MINTRAB, acronym="MINTRAB")),
    (
        "Ministerio",
        "período examinado. El ",
        gov(MINTRAB, acronym="MINTRAB", **OPT, note="back-reference"),
    ),
    (
        "Organización Internacional del Trabajo",
        "",
        igo("International Labour Organization", acronym="OIT"),
    ),
    ("OIT", "", igo("International Labour Organization", acronym="OIT")),
    (
        "Asociación Guatemalteca de Exportadores",
        "",
        {
            "canonical": "Asociación Guatemalteca de Exportadores",
            "acronym": "AGEXPORT",
            "type": "other",
        },
    ),
    (
        "AGEXPORT",
        "",
        {
            "canonical": "Asociación Guatemalteca de Exportadores",
            "acronym": "AGEXPORT",
            "type": "other",
        },
    ),
    (
        "Confederación Sindical de Trabajadores de Guatemala",
        "",
        {"canonical": "Confederación Sindical de Trabajadores de Guatemala", "type": "ngo"},
    ),
    # III.3 Protección
    ("SVET", "La SVET", gov(SVET, acronym="SVET")),
    (
        "Oficina de las Naciones Unidas contra la Droga y el Delito",
        "",
        igo("United Nations Office on Drugs and Crime", acronym="UNODC"),
    ),
    ("UNODC", "", igo("United Nations Office on Drugs and Crime", acronym="UNODC")),
    (
        "Fiscalía contra la Trata de Personas del Ministerio Público",
        "",
        gov(
            "Fiscalía contra la Trata de Personas del Ministerio Público",
            note="one name; the nested Ministerio Público is not tagged separately",
        ),
    ),
    ("Secretaría de Bienestar Social", "administrados por la ", gov(SBS)),
    (
        "Fondo de las Naciones Unidas para la Infancia",
        "",
        igo("United Nations Children's Fund", acronym="UNICEF"),
    ),
    ("UNICEF", "", igo("United Nations Children's Fund", acronym="UNICEF")),
    ("Save the Children", "", {"canonical": "Save the Children", "type": "ngo"}),
    (
        "Comisión Nacional para la Determinación de la Condición de Refugiado",
        "",
        gov("Comisión Nacional para la Determinación de la Condición de Refugiado"),
    ),
    (
        "Alto Comisionado de las Naciones Unidas para los Refugiados",
        "",
        igo(UNHCR, acronym="ACNUR"),
    ),
    ("ACNUR", "", igo(UNHCR, acronym="ACNUR")),
    # III.4 Fronteras y pandemia
    (MSPAS, "Durante ese período, el ", gov(MSPAS)),
    ("Ejército de Guatemala", "", gov("Ejército de Guatemala")),
    (
        "Banco Interamericano de Desarrollo",
        "",
        igo("Inter-American Development Bank", acronym="BID"),
    ),
    ("BID", "", igo("Inter-American Development Bank", acronym="BID")),
    # III.5 Remesas
    ("Banco de Guatemala", "", gov("Banco de Guatemala")),
    ("Superintendencia de Bancos", "", gov("Superintendencia de Bancos")),
    (
        "Fondo Internacional de Desarrollo Agrícola",
        "",
        igo("International Fund for Agricultural Development", acronym="FIDA"),
    ),
    ("FIDA", "", igo("International Fund for Agricultural Development", acronym="FIDA")),
    (
        "Crédito Hipotecario Nacional",
        "",
        gov("Crédito Hipotecario Nacional", note="state-owned bank"),
    ),
    # III.6 Retorno
    (
        "Centro de Recepción de Retornados de la Fuerza Aérea Guatemalteca",
        "",
        gov(
            "Centro de Recepción de Retornados de la Fuerza Aérea Guatemalteca",
            note="one name; the nested Fuerza Aérea Guatemalteca is not tagged separately",
        ),
    ),
    ("Ministerio de Economía", "", gov("Ministerio de Economía")),
    (
        "Secretaría de Planificación y Programación de la Presidencia",
        "",
        gov("Secretaría de Planificación y Programación de la Presidencia", acronym="SEGEPLAN"),
    ),
    (
        "SEGEPLAN",
        "",
        gov("Secretaría de Planificación y Programación de la Presidencia", acronym="SEGEPLAN"),
    ),
    ("Unión Europea", "", igo("European Union")),
    ("OIM", "ejecutados por la ", igo(IOM, acronym="OIM")),
    # III.7 Cooperación
    (
        "Conferencia Regional sobre Migración",
        "Presidencia Pro Tempore de la ",
        igo(
            RCM,
            acronym="CRM",
            **OPT,
            note="inside a title held by Guatemala (Presidencia Pro Tempore de ...)",
        ),
    ),
    ("Gobierno de México", "", gov("Gobierno de México")),
    (
        "Gobierno de los Estados Unidos",
        "",
        gov("Government of the United States", note="foreign government; its own (English) name"),
    ),
    (
        "Agencia de los Estados Unidos para el Desarrollo Internacional",
        "",
        gov("United States Agency for International Development", acronym="USAID"),
    ),
    ("USAID", "", gov("United States Agency for International Development", acronym="USAID")),
    (
        "Agencia Española de Cooperación Internacional para el Desarrollo",
        "",
        gov("Agencia Española de Cooperación Internacional para el Desarrollo", acronym="AECID"),
    ),
    (
        "AECID",
        "",
        gov("Agencia Española de Cooperación Internacional para el Desarrollo", acronym="AECID"),
    ),
    ("Mercado Común del Sur", "", igo("Southern Common Market", acronym="MERCOSUR")),
    ("MERCOSUR", "", igo("Southern Common Market", acronym="MERCOSUR")),
    # IV. Desafíos
    ("Instituto Guatemalteco de Migración", "El presupuesto del ", gov(IGM, acronym="IGM")),
    (
        "Pastoral de Movilidad Humana",
        "",
        {"canonical": "Pastoral de Movilidad Humana", "type": "ngo"},
    ),
    ("Asociación Pop No'j", "", {"canonical": "Asociación Pop No'j", "type": "ngo"}),
    (
        "Grupo Articulador de la Sociedad Civil en Materia Migratoria",
        "",
        {
            "canonical": "Grupo Articulador de la Sociedad Civil en Materia Migratoria",
            "type": "ngo",
        },
    ),
    # V. Prioridades
    ("Gobierno de Guatemala", "V. Prioridades", gov(GOV)),
    ("Red de las Naciones Unidas sobre la Migración", "c) crear", igo(UNNM)),
    (
        "SICA",
        "los países del ",
        igo(SICA, acronym="SICA", **OPT, note="names the member countries (los países del SICA)"),
    ),
    (
        "CRM",
        "los países del SICA y de la ",
        igo(
            RCM, acronym="CRM", **OPT, note="names the member countries (los países ... de la CRM)"
        ),
    ),
    ("OIM", "agradece a la ", igo(IOM, acronym="OIM")),
    ("ACNUR", "agradece a la OIM, al ", igo(UNHCR, acronym="ACNUR")),
]

AMOUNTS = [
    # I. Introducción
    (
        "2,9 millones",
        "",
        {"kind": "count", "value": 2_900_000, "unit": "guatemaltecos", "qualifier": "more than"},
    ),
    (
        "decenas de miles",
        "",
        {"kind": "count", "value": 10_000, "unit": "personas", **OPT, "note": "vague size"},
    ),
    ("62.448", "", {"kind": "count", "value": 62_448, "unit": "retornos"}),
    (
        "23",
        "alinear su política migratoria con sus ",
        {
            "kind": "count",
            "value": 23,
            "unit": "objetivos",
            **OPT,
            "note": "the number of GCM objectives (close to an objective number)",
        },
    ),
    ("tres", "se celebraron ", {"kind": "count", "value": 3, "unit": "consultas"}),
    ("46", "", {"kind": "count", "value": 46, "unit": "instituciones"}),
    ("28", "", {"kind": "count", "value": 28, "unit": "organizaciones"}),
    # II. Marco institucional
    ("22", "control migratorio en los ", {"kind": "count", "value": 22, "unit": "puestos"}),
    ("412.305", "", {"kind": "count", "value": 412_305, "unit": "pasaportes"}),
    ("1.250.000", "", {"kind": "count", "value": 1_250_000, "unit": "documentos"}),
    # III.1
    ("8,6 %", "", {"kind": "percent", "value": 8.6}),
    (
        "un",
        "tiene al menos ",
        {
            "kind": "count",
            "value": 1,
            "unit": "integrante",
            "qualifier": "at least",
            **OPT,
            "note": "'al menos un integrante': a cardinal or an article",
        },
    ),
    (
        "350.000",
        "",
        {"kind": "count", "value": 350_000, "unit": "consultas", "qualifier": "more than"},
    ),
    # III.2
    ("8.150", "", {"kind": "count", "value": 8_150, "unit": "trabajadores"}),
    ("37", "", {"kind": "count", "value": 37, "unit": "agencias"}),
    (
        "12",
        "37 agencias han sido registradas y ",
        {"kind": "count", "value": 12, "unit": "agencias"},
    ),
    # III.3
    ("1.840", "", {"kind": "count", "value": 1_840, "unit": "funcionarios"}),
    ("523", "", {"kind": "count", "value": 523, "unit": "investigaciones"}),
    ("14 %", "", {"kind": "percent", "value": 14}),
    ("4.620", "", {"kind": "count", "value": 4_620, "unit": "menores"}),
    ("US$ 2,4 millones", "", {**M, "value": 2_400_000, "currency": "USD"}),
    ("1.512", "", {"kind": "count", "value": 1_512, "unit": "solicitudes"}),
    ("dos", "apoyó la apertura de ", {"kind": "count", "value": 2, "unit": "oficinas"}),
    # III.4
    (
        "20 millones de dólares",
        "",
        {**M, "value": 20_000_000, "currency": "USD", "currency_inferred": True},
    ),
    ("45.300", "", {"kind": "count", "value": 45_300, "unit": "dosis"}),
    # III.5
    ("US$ 15.295 millones", "", {**M, "value": 15_295_000_000, "currency": "USD"}),
    ("18 %", "", {"kind": "percent", "value": 18, "qualifier": "close to"}),
    ("200 dólares", "", {**M, "value": 200, "currency": "USD", "currency_inferred": True}),
    ("5,1 %", "", {"kind": "percent", "value": 5.1}),
    ("4,2 %", "", {"kind": "percent", "value": 4.2}),
    ("96.000", "", {"kind": "count", "value": 96_000, "unit": "cuentas"}),
    ("Q 38 millones", "", {**M, "value": 38_000_000, "currency": "GTQ"}),
    ("3.000", "", {"kind": "count", "value": 3_000, "unit": "familias"}),
    # III.6
    ("218", "", {"kind": "count", "value": 218, "unit": "vuelos"}),
    ("9.870", "", {"kind": "count", "value": 9_870, "unit": "personas"}),
    ("41 %", "", {"kind": "percent", "value": 41}),
    ("6,5 millones de euros", "", {**M, "value": 6_500_000, "currency": "EUR"}),
    ("14", "en coordinación con ", {"kind": "count", "value": 14, "unit": "municipalidades"}),
    # III.7
    (
        "52 millones de dólares",
        "",
        {
            **M,
            "value": 52_000_000,
            "currency": "USD",
            "currency_inferred": True,
            "qualifier": "about",
        },
    ),
    # IV. Desafíos
    (
        "1,8 millones",
        "",
        {"kind": "count", "value": 1_800_000, "unit": "personas", "qualifier": "more than"},
    ),
    ("Q 395 millones", "", {**M, "value": 395_000_000, "currency": "GTQ"}),
    # V. Prioridades
    ("15.000", "", {"kind": "count", "value": 15_000, "unit": "trabajadores"}),
    ("cinco", "donde se abrirán ", {"kind": "count", "value": 5, "unit": "consulados"}),
]

DATES = [
    # title block
    ("mayo de 2022", "", {"kind": "date", "value": "2022-05"}),
    # I. Introducción
    ("2021", "solo en ", {"kind": "date", "value": "2021"}),
    ("10 de diciembre de 2018", "", {"kind": "date", "value": "2018-12-10"}),
    ("enero de 2019 y diciembre de 2021", "", {"kind": "range", "value": "2019-01/2021-12"}),
    ("15 de marzo de 2022", "", {"kind": "date", "value": "2022-03-15"}),
    # II
    (
        "2016",
        "Decreto 44-",
        {
            "kind": "date",
            "value": "2016",
            **OPT,
            "note": "year inside a decree number (an identifier)",
        },
    ),
    ("2020", "II. Marco", {"kind": "date", "value": "2020"}),
    ("2021", "pasaportes, y en ", {"kind": "date", "value": "2021"}),
    # III.1
    ("30 de noviembre de 2021", "", {"kind": "date", "value": "2021-11-30"}),
    ("2019", "Desde ", {"kind": "date", "value": "2019", "modifier": "since"}),
    ("2019 y 2021", "habilitó un portal", {"kind": "range", "value": "2019/2021"}),
    # III.2
    ("2021", "El Ministerio firmó en ", {"kind": "date", "value": "2021"}),
    ("julio de 2021", "", {"kind": "date", "value": "2021-07"}),
    # III.3
    ("2020 y 2021", "capacitó entre ", {"kind": "range", "value": "2020/2021"}),
    ("2021", "523 investigaciones en ", {"kind": "date", "value": "2021"}),
    ("2020", "un 14 % más que en ", {"kind": "date", "value": "2020"}),
    ("2021", "4.620 menores retornados en ", {"kind": "date", "value": "2021"}),
    ("2019 y 2021", "1.512 solicitudes de asilo entre ", {"kind": "range", "value": "2019/2021"}),
    # III.4
    (
        "16 de marzo y el 18 de septiembre de 2020",
        "",
        {"kind": "range", "value": "2020-03-16/2020-09-18"},
    ),
    ("junio de 2021", "", {"kind": "date", "value": "2021-06", "modifier": "since"}),
    ("31 de diciembre de 2021", "", {"kind": "date", "value": "2021-12-31", "modifier": "until"}),
    # III.5
    ("2021", "alcanzaron en ", {"kind": "date", "value": "2021"}),
    ("2019", "del 5,1 % en ", {"kind": "date", "value": "2019"}),
    ("2021", "al 4,2 % en ", {"kind": "date", "value": "2021"}),
    ("2022-2024", "", {"kind": "range", "value": "2022/2024"}),
    ("2025", "", {"kind": "date", "value": "2025", "modifier": "by"}),
    # III.6
    ("2021", "Estados Unidos y de México. En ", {"kind": "date", "value": "2021"}),
    ("2019", "acceso a empleo; desde ", {"kind": "date", "value": "2019", "modifier": "since"}),
    ("2020-2024", "", {"kind": "range", "value": "2020/2024"}),
    # III.7
    ("2020", "Conferencia Regional sobre Migración en ", {"kind": "date", "value": "2020"}),
    ("4 de octubre de 2021", "", {"kind": "date", "value": "2021-10-04"}),
    ("2019 y 2021", "ascendió a unos", {"kind": "range", "value": "2019/2021"}),
    # IV
    ("noviembre de 2020", "", {"kind": "date", "value": "2020-11"}),
    ("2021", "de Q 395 millones en ", {"kind": "date", "value": "2021"}),
    # V
    ("2022-2026", "", {"kind": "range", "value": "2022/2026"}),
    ("diciembre de 2022", "", {"kind": "date", "value": "2022-12", "modifier": "by"}),
    ("2026", "por año hasta ", {"kind": "date", "value": "2026", "modifier": "until"}),
]

OBJECTIVE_REFS = [
    ("Objetivos 1 y 3", "", {"objectives": [1, 3]}),
    ("Objetivos 5 y 6", "", {"objectives": [5, 6]}),
    ("Objetivos 7, 10 y 11", "", {"objectives": [7, 10, 11]}),
    ("Objetivos 9, 11 y 15", "", {"objectives": [9, 11, 15]}),
    ("Objetivos 19 y 20", "", {"objectives": [19, 20]}),
    ("Objetivos 21 y 22", "", {"objectives": [21, 22]}),
    ("Objetivo 23", "", {"objectives": [23]}),
    ("Objetivos 9 y 10", "", {"objectives": [9, 10]}),
]

SECTIONS = [
    ("1. Datos y evidencia para la política migratoria", [1, 3]),
    ("2. Vías de migración regular y contratación equitativa", [5, 6]),
    ("3. Protección de personas en situación de vulnerabilidad", [7, 10, 11]),
    ("4. Gestión de fronteras y respuesta a la pandemia", [9, 11, 15]),
    ("5. Remesas e inclusión financiera", [19, 20]),
    ("6. Retorno digno y reintegración sostenible", [21, 22]),
    ("7. Cooperación internacional y alianzas", [23]),
]

DOCUMENT = {
    "source": "corpus/gtm-2022-gcm-review.txt",
    "country": "Guatemala",
    "period": "2019-01/2021-12",
    "language": "es",
}
