"""Rebuild the gazetteer files in this folder (run by hand, never at import or in CI).

    python3 -m venv /tmp/dataenv && /tmp/dataenv/bin/pip install names-dataset wordfreq deduce
    apt-get install hunspell-nl hunspell-en-gb hunspell-en-us
    /tmp/dataenv/bin/python handlers/data/make_lists.py

None of these packages is a dependency of intake-bot: only the plain-text lists it writes are.
"""
from __future__ import annotations

import re
from pathlib import Path

import deduce
from names_dataset import NameDataset
from wordfreq import top_n_list, zipf_frequency

HERE = Path(__file__).resolve().parent
LOOKUP = Path(deduce.__file__).parent / "data" / "lookup" / "src"
ALPHA = re.compile(r"^[^\W\d_]+(?:[-'][^\W\d_]+)*$")
FIRST_COUNTRIES = {"NL": 1500, "BE": 1500, "GB": 1000, "US": 1000, "IE": 300, "MA": 300, "TR": 300,
                   "SR": 200, "IN": 300, "PL": 300, "DE": 300, "FR": 300, "ES": 200, "IT": 200}
LAST_COUNTRIES = {"NL": 2000, "BE": 2000, "GB": 1500, "US": 1500}

# Greetings and particles that name lists carry because people put them in name fields.
NOT_NAMES = {"hoi", "hallo", "hey", "hi", "hello", "van", "von", "de", "der", "den", "het", "ik", "ter",
             "ten", "la", "le", "el", "al", "dear", "beste", "lieve", "groet", "groetjes", "love", "baby"}

BELGIAN_AND_OTHER_TOWNS = set("""
antwerpen gent brussel bruxelles brussels leuven brugge mechelen hasselt genk aalst kortrijk oostende
sint-niklaas roeselare turnhout lier geel mol herentals ieper waregem dendermonde lokeren beveren
tienen tongeren vilvoorde halle zaventem knokke blankenberge luik liège namen namur charleroi bergen
mons doornik tournai aarlen arlon london manchester birmingham liverpool leeds glasgow edinburgh
bristol cardiff dublin belfast paris berlin keulen köln aken aachen düsseldorf hague
""".split())


def read(rel: str) -> set[str]:
    path = LOOKUP / rel
    return {x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip()}


def dictionary_lower() -> set[str]:
    words: set[str] = set()
    for name in ("nl", "en_GB", "en_US"):
        for line in Path(f"/usr/share/hunspell/{name}.dic").read_text(encoding="utf-8").splitlines()[1:]:
            w = line.split("/", 1)[0].strip()
            if w and w.islower() and ALPHA.match(w):
                words.add(w)
    return words


def main() -> None:
    nd = NameDataset()
    dict_lower = dictionary_lower()
    places = {x.casefold() for x in read("locations/lst_placename/lst_residence/items.txt")}
    places |= {x.casefold() for x in read("locations/lst_placename/lst_municipality/items.txt")}
    first = {x.casefold() for x in read("names/lst_first_name/items.txt")}
    first_exceptions = {x.casefold() for x in read("names/lst_first_name/exceptions.txt")}
    for cc, n in FIRST_COUNTRIES.items():
        top = nd.get_top_names(n=n, country_alpha2=cc).get(cc, {})
        for names in top.values():
            # names-dataset comes from social-media profiles and holds greetings, words and towns
            first.update(
                x.casefold() for x in names
                if x.casefold() not in dict_lower and x.casefold() not in places
                and max(zipf_frequency(x, "nl"), zipf_frequency(x, "en")) < 4.5
            )
    surnames = {x.casefold() for x in read("names/lst_surname/items.txt")}
    surnames -= {x.casefold() for x in read("names/lst_surname/exceptions.txt")}
    for cc, n in LAST_COUNTRIES.items():
        for x in nd.get_top_names(n=n, use_first_names=False, country_alpha2=cc).get(cc, []):
            surnames.add(x.casefold().split()[-1])
    first = {x for x in first if len(x) >= 2 and ALPHA.match(x)}
    surnames = {x for x in surnames if len(x) >= 3 and ALPHA.match(x) and " " not in x}

    common: set[str] = set()
    for lang in ("nl", "en"):
        common.update(w for w in top_n_list(lang, 40000) if ALPHA.match(w))
    names = first | surnames
    # A word that wordfreq counts often but no dictionary lists in lower case is mostly a name.
    common = {w for w in common if w in dict_lower or w not in names}
    ambiguous = {
        w for w in first
        if (w in dict_lower and max(zipf_frequency(w, "nl"), zipf_frequency(w, "en")) >= 4.0)
    } | (first_exceptions & common)
    first -= first_exceptions
    first -= {x.casefold() for x in read("whitelist/lst_stop_word/items.txt")}
    first -= NOT_NAMES
    ambiguous -= NOT_NAMES
    first |= ambiguous

    def write(name: str, words: set[str], header: str) -> None:
        body = "\n".join(sorted(words))
        (HERE / name).write_text(f"# {header}\n{body}\n", encoding="utf-8")

    # Towns stay in the text (a counsellor needs the region); a town that is also a name is left to context.
    towns = {x for x in places | BELGIAN_AND_OTHER_TOWNS if ALPHA.match(x) or " " in x or "-" in x}
    write("places.txt", towns, "towns and cities, case-folded: never taken for a name (see SOURCES.md)")
    write("first_names.txt", first, "first names, case-folded (see SOURCES.md)")
    write("ambiguous_first_names.txt", ambiguous,
          "first names that are also common words: names only in context (see SOURCES.md)")
    write("surnames.txt", surnames, "surnames, case-folded, last word only (see SOURCES.md)")
    write("common_words.txt", common, "frequent Dutch and English words that are not only names (see SOURCES.md)")
    print(len(first), len(ambiguous), len(surnames), len(common))


if __name__ == "__main__":
    main()
