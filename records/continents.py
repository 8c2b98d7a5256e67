"""Continent of a country, from its ISO 3166-1 alpha-2 code.

A small explicit table rather than a dependency: the one PyPI package that does this
(pycountry-convert) has not been released since 2018. Countries follow the UN M49 regions,
with the Americas split at Panama/Colombia into North America (with Central America and the
Caribbean) and South America; Russia is in Europe and Turkey in Asia, as in M49.
"""

from django.db import models


class Continent(models.TextChoices):
    AFRICA = "africa", "Africa"
    ANTARCTICA = "antarctica", "Antarctica"
    ASIA = "asia", "Asia"
    EUROPE = "europe", "Europe"
    NORTH_AMERICA = "north_america", "North America"
    OCEANIA = "oceania", "Oceania"
    SOUTH_AMERICA = "south_america", "South America"


_CODES = {
    Continent.AFRICA: """
        DZ EG LY MA SD TN EH IO BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW
        TF AO CM CF TD CG CD GQ GA ST BW SZ LS NA ZA BJ BF CV CI GM GH GN GW LR ML MR NE NG
        SH SN SL TG""",
    Continent.ANTARCTICA: "AQ",
    Continent.ASIA: """
        KZ KG TJ TM UZ CN HK MO KP JP MN KR TW BN KH ID LA MY MM PH SG TH TL VN AF BD BT IN
        IR MV NP PK LK AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE""",
    Continent.EUROPE: """
        BY BG CZ HU MD PL RO RU SK UA AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB AL AD
        BA HR GI GR VA IT MT ME MK PT SM RS SI ES AT BE FR DE LI LU MC NL CH""",
    Continent.NORTH_AMERICA: """
        AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI
        BZ CR SV GT HN MX NI PA BM CA GL PM US""",
    Continent.OCEANIA: """
        AU NZ NF CX CC HM FJ NC PG SB VU GU KI MH FM NR MP PW UM AS CK PF NU PN WS TK TO TV
        WF""",
    Continent.SOUTH_AMERICA: "AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE",
}

CONTINENT_OF = {code: continent for continent, codes in _CODES.items() for code in codes.split()}


def continent_of(country_code):
    """The Continent of an ISO alpha-2 code, or None for an empty or unknown code."""
    return CONTINENT_OF.get((country_code or "").upper())


def countries_in(continent):
    """The ISO codes of one continent's countries (sorted, for stable SQL)."""
    return sorted(code for code, value in CONTINENT_OF.items() if value == continent)
