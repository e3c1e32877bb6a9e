"""Countries as releases name them, and the adjectives that stand for them ('Ghanaian production', 'in Mali')."""

from __future__ import annotations

import re

# country -> the adjectives a release may use for it
COUNTRIES: dict[str, tuple[str, ...]] = {
    "Ghana": ("Ghanaian",), "Mali": ("Malian",), "Burkina Faso": ("Burkinabe", "Burkinabé"),
    "Côte d'Ivoire": ("Ivorian",), "Ivory Coast": ("Ivorian",), "Senegal": ("Senegalese",), "Guinea": ("Guinean",),
    "Niger": ("Nigerien",), "Liberia": ("Liberian",), "Sierra Leone": ("Sierra Leonean",), "Tanzania": ("Tanzanian",),
    "Kenya": ("Kenyan",), "Ethiopia": ("Ethiopian",), "Sudan": ("Sudanese",), "Egypt": ("Egyptian",),
    "Eritrea": ("Eritrean",), "Zimbabwe": ("Zimbabwean",), "South Africa": ("South African",), "Namibia": ("Namibian",),
    "Mozambique": ("Mozambican",), "Zambia": ("Zambian",), "Botswana": ("Botswanan",), "Madagascar": ("Malagasy",),
    "Mexico": ("Mexican",), "Peru": ("Peruvian",), "Chile": ("Chilean",), "Brazil": ("Brazilian",),
    "Argentina": ("Argentine", "Argentinian"), "Colombia": ("Colombian",), "Ecuador": ("Ecuadorian",),
    "Bolivia": ("Bolivian",), "Venezuela": ("Venezuelan",), "Guatemala": ("Guatemalan",), "Honduras": ("Honduran",),
    "Nicaragua": ("Nicaraguan",), "Costa Rica": ("Costa Rican",), "Panama": ("Panamanian",), "Guyana": ("Guyanese",),
    "Suriname": ("Surinamese",), "Canada": ("Canadian",), "United States": ("American", "U.S.", "US"),
    "Australia": ("Australian",), "New Zealand": ("New Zealand",), "Papua New Guinea": ("PNG",),
    "Indonesia": ("Indonesian",), "Philippines": ("Philippine", "Filipino"), "China": ("Chinese",),
    "Mongolia": ("Mongolian",), "Kazakhstan": ("Kazakh",), "Kyrgyzstan": ("Kyrgyz",), "Uzbekistan": ("Uzbek",),
    "Russia": ("Russian",), "Armenia": ("Armenian",), "Georgia": ("Georgian",), "Turkey": ("Turkish",),
    "Serbia": ("Serbian",), "Romania": ("Romanian",), "Bulgaria": ("Bulgarian",), "Greece": ("Greek", "Hellenic"),
    "Finland": ("Finnish",), "Sweden": ("Swedish",), "Ireland": ("Irish",), "Scotland": ("Scottish",),
    "Wales": ("Welsh",), "Spain": ("Spanish",), "Portugal": ("Portuguese",), "Slovakia": ("Slovak",),
    "Fiji": ("Fijian",), "Solomon Islands": ("Solomon Islands",), "Gabon": ("Gabonese",), "Togo": ("Togolese",),
}
_BY_WORD = {name.lower(): name for name in COUNTRIES} | {
    adj.lower(): name for name, adjs in COUNTRIES.items() for adj in adjs if adj not in ("US", "U.S.", "American")}
COUNTRY_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(w) for w in COUNTRIES), key=len, reverse=True)) + r")\b")
COUNTRY_OR_ADJECTIVE_RE = re.compile(
    r"\b(" + "|".join(sorted((re.escape(w) for w in {w for w in _BY_WORD}), key=len, reverse=True)) + r")\b", re.I)


def country_of(word: str) -> str | None:
    """The country a name or adjective stands for: 'Ghanaian' -> 'Ghana'."""
    return _BY_WORD.get(" ".join(word.split()).lower())
