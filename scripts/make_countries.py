"""Regenerate src/gcmextract/resources/data/countries.json from pycountry and babel (dev-only tools).

Run: .venv/bin/pip install -e ".[data]" && .venv/bin/python scripts/make_countries.py
The JSON is committed; gcmextract never imports pycountry or babel at run time.
"""

from __future__ import annotations

import json
from pathlib import Path

import pycountry
from babel import Locale
from babel.numbers import get_territory_currencies

OUT = Path(__file__).resolve().parent.parent / "src" / "gcmextract" / "data" / "countries.json"
# Common English names that differ from ISO's formal short names.
ALIASES = {
    "BOL": ["Bolivia"],
    "VEN": ["Venezuela"],
    "IRN": ["Iran"],
    "SYR": ["Syria"],
    "TZA": ["Tanzania"],
    "RUS": ["Russia"],
    "KOR": ["Republic of Korea", "South Korea"],
    "PRK": ["North Korea"],
    "LAO": ["Laos"],
    "MDA": ["Moldova"],
    "VNM": ["Viet Nam", "Vietnam"],
    "FSM": ["Micronesia"],
    "USA": ["United States of America", "United States", "USA", "U.S."],
    "GBR": ["United Kingdom", "UK", "Great Britain", "Britain"],
    "CIV": ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"],
    "CZE": ["Czech Republic", "Czechia"],
    "TUR": ["Türkiye", "Turkey"],
    "COD": ["Democratic Republic of the Congo", "DR Congo"],
    "COG": ["Republic of the Congo", "Congo"],
    "PSE": ["State of Palestine", "Palestine"],
    "VAT": ["Holy See"],
    "BRN": ["Brunei"],
    "CPV": ["Cabo Verde", "Cape Verde"],
    "SWZ": ["Eswatini"],
    "MKD": ["North Macedonia"],
    "TWN": ["Taiwan"],
    "GMB": ["Gambia", "The Gambia"],
    "BHS": ["Bahamas"],
    "NLD": ["Netherlands"],
    "PHL": ["Philippines"],
    "DOM": ["Dominican Republic"],
    "CAF": ["Central African Republic"],
    "ARE": ["United Arab Emirates", "UAE"],
    "TLS": ["Timor-Leste"],
    "KNA": ["Saint Kitts and Nevis"],
    "VCT": ["Saint Vincent and the Grenadines"],
    "LCA": ["Saint Lucia"],
    "BIH": ["Bosnia and Herzegovina"],
}
DEMONYM_SKIP = {"ATA", "UMI"}


OTHER_LOCALES = (Locale("es"), Locale("fr"))
# Names in Spanish or French that are also common words or given names in English text
WORD_LIKE = {"maurice", "chine", "inde", "malí"}


def main() -> None:
    en = Locale("en")
    rows = []
    for c in pycountry.countries:
        if c.alpha_3 in DEMONYM_SKIP:
            continue
        name = getattr(c, "common_name", None) or en.territories.get(c.alpha_2) or c.name
        names = sorted({name, c.name, *(ALIASES.get(c.alpha_3, []))} - {""})
        # Spanish and French names, for submissions written in those languages
        other = {
            n
            for loc in OTHER_LOCALES
            for n in [loc.territories.get(c.alpha_2, "")]
            if len(n) > 3 and n not in names and n.lower() not in WORD_LIKE
        }
        currencies = get_territory_currencies(c.alpha_2, tender=True, non_tender=False)
        rows.append(
            {
                "name": ALIASES.get(c.alpha_3, [name])[0],
                "alpha2": c.alpha_2,
                "alpha3": c.alpha_3,
                "currency": currencies[0] if currencies else None,
                "names": names,
                "names_other": sorted(other),
            }
        )
    rows.sort(key=lambda r: r["alpha3"])
    OUT.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} countries to {OUT}")


if __name__ == "__main__":
    main()
