#!/usr/bin/env python3
"""Regenerates app/data/countries.tsv: ISO 3166-1 alpha-2 codes with their names in the
interface languages, taken from pycountry's iso-codes translations (pip install pycountry).
The file is committed; this script is only for refreshing it."""
import gettext
import pathlib
import pycountry

LANGS = ["ar", "fr", "es"]
# Names the networks themselves use, where iso-codes' official forms read oddly on a directory.
OVERRIDES = {
    "PS": {"en": "Palestine", "ar": "فلسطين", "fr": "Palestine", "es": "Palestina"},
}

translations = {l: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[l]) for l in LANGS}
rows = []
for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
    english = getattr(c, "common_name", None) or c.name
    names = {"en": english}
    for l in LANGS:
        t = translations[l]
        common = getattr(c, "common_name", None)
        names[l] = t.gettext(common) if common and t.gettext(common) != common else t.gettext(c.name)
    names.update(OVERRIDES.get(c.alpha_2, {}))
    rows.append("\t".join([c.alpha_2, names["en"], names["ar"], names["fr"], names["es"]]))

out = pathlib.Path(__file__).resolve().parent.parent / "app" / "data" / "countries.tsv"
out.write_text("code\ten\tar\tfr\tes\n" + "\n".join(rows) + "\n", encoding="utf-8")
print(f"wrote {len(rows)} countries to {out}")
