"""Currencies in one place: ISO 4217 aliases, the currency of a country, and which member of a family
("dollar", "franc", "rupee") a bare sign or name stands for (data/currency.json)."""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from gcmextract.resources.lexicon import load_model


class Family(BaseModel):
    """Currencies sharing a name or sign: `default` unless the country's own is a member."""

    model_config = ConfigDict(extra="forbid")

    default: str = Field(pattern=r"^[A-Z]{3}$")
    members: list[str]
    # a family naming one currency union ("francs CFA"): the country only says which member, so the
    # currency is not inferred when the country is a member
    named: bool = False


class CurrencyData(BaseModel):
    """The content of data/currency.json."""

    model_config = ConfigDict(extra="forbid")

    about: str = Field(alias="_about")
    aliases: dict[str, str]
    families: dict[str, Family]
    markers_before_number: list[str]


@lru_cache(maxsize=1)
def data() -> CurrencyData:
    """The currency data, validated."""
    return load_model("gcmextract.resources.data", "currency.json", CurrencyData)


def normalise(code: str) -> str:
    """The ISO 4217 code of a written code: upper case, aliases resolved ("RMB" -> "CNY")."""
    code = code.upper()
    return data().aliases.get(code, code)


def of_country(iso3: str | None) -> str | None:
    """ISO 4217 currency of a country (ISO 3166 alpha-3), or None when unknown."""
    from gcmextract.resources.country import record

    row = record(iso3) if iso3 else None
    return normalise(row["currency"]) if row and row.get("currency") else None


def is_family(token: str) -> bool:
    """Whether `token` names a family of currencies rather than one ISO code."""
    return token in data().families


def resolve(token: str, country_currency: str | None) -> tuple[str, bool]:
    """(ISO code, inferred) for a code or a family name: a family takes the country's currency when
    it is a member ("$" in Canada is CAD), else its default ("$" elsewhere is USD)."""
    family = data().families.get(token)
    if family is None:
        return normalise(token), False
    if country_currency in family.members:
        return country_currency, not family.named
    return family.default, True
