"""Reads every view's citations, and every figure's, back with real parsers: the BibTeX entry with pybtex (its
`plain` style must keep the title's capitals and read the explorer as one author), the RIS
record with rispy (type, author, title, year, access date, link, note). Run by scripts/test.sh
after `pip install pybtex rispy` (scripts/setup.sh); prints 'N passed, M failed'."""

import json
import re
import subprocess
import sys

import rispy
from pybtex.database import parse_string
from pybtex.plugin import find_plugin

lines = subprocess.run(
    ["cargo", "run", "--quiet", "--offline", "--example", "citations"],
    check=True, capture_output=True, text=True,
).stdout.splitlines()

style = find_plugin("pybtex.style.formatting", "plain")()
backend = find_plugin("pybtex.backends", "text")()
passed, failures = 0, []


def check(ok, what):
    global passed
    if ok:
        passed += 1
    else:
        failures.append(what)


for line in lines:
    c = json.loads(line)
    where = f"{c['view']} ({c['lang']})"
    data = parse_string(c["bibtex"], "bibtex")
    entries = list(data.entries.values())
    check(len(entries) == 1, f"{where}: one BibTeX entry")
    entry = entries[0]
    authors = entry.persons.get("author", [])
    check(len(authors) == 1 and str(authors[0]).strip("{}") == c["title"], f"{where}: the explorer as one author: {authors}")
    formatted = style.format_entries(entries)
    text = next(iter(formatted)).text.render(backend)
    # The explorer's name and the view's title as written, capitals kept ("Shenzhen", "VEN").
    # As written: the field without its braces and TeX's escapes (`22.3\%` prints `22.3%`).
    expected_title = re.sub(r"\\([%&$#_{}])", r"\1", entry.fields["title"].strip("{}"))
    check(expected_title in text, f"{where}: the formatted entry keeps the title as written: {text!r} lacks {expected_title!r}")
    check("Shenzhen" in text or "深圳" in text, f"{where}: 'Shenzhen' keeps its capital: {text!r}")

    records = rispy.loads(c["ris"].replace("\r\n", "\n"))
    check(len(records) == 1, f"{where}: one RIS record")
    r = records[0]
    if c["kind"] == "figure":
        # A figure: a dataset's record, named by the dataset's version, at its page's address.
        check(entry.fields.get("version") == c["version"], f"{where}: BibTeX version: {entry.fields.get('version')}")
        check(r.get("type_of_reference") == "DATA", f"{where}: RIS type DATA: {r.get('type_of_reference')}")
        check(r.get("authors") == [c["title"]], f"{where}: RIS author: {r.get('authors')}")
        check(r.get("edition") == c["version"], f"{where}: RIS version (ET): {r}")
        check(r.get("urls") == [c["link"]] or r.get("url") == c["link"], f"{where}: RIS link: {r}")
        continue
    check(r.get("type_of_reference") == "ELEC", f"{where}: RIS type ELEC: {r.get('type_of_reference')}")
    check(r.get("authors") == [c["title"]], f"{where}: RIS author: {r.get('authors')}")
    check(r.get("title", "").startswith(c["title"] + ": "), f"{where}: RIS title: {r.get('title')}")
    check(r.get("urls") == [c["link"]] or r.get("url") == c["link"], f"{where}: RIS link: {r}")
    check(r.get("access_date") == "2026/12/01", f"{where}: RIS access date: {r.get('access_date')}")
    check(len(r.get("year", "")) == 4, f"{where}: RIS year: {r.get('year')}")
    check(bool(r.get("notes") or r.get("note")), f"{where}: RIS note with the sources: {r}")

for f in failures:
    print("FAIL:", f)
print(f"citations: {passed} passed, {len(failures)} failed")
sys.exit(1 if failures or passed == 0 else 0)
