#!/usr/bin/env python3
"""Generates the US citation templates from reporters-db, at build time.

usage: generate_templates.py REPORTERS_DB_DIR OUTPUT.cpp

Reads reporters.json, laws.json and regexes.json (and ../laws-strata.json, our own additions in
laws.json's format) and writes a C++ source holding one record per
(edition or law, template): the RE2 pattern with its $variables expanded, the reporter strings
that must occur for the pattern to match (the literal prefilter's keys), the normalized reporter,
how to write the normalized cite, and the edition's years. Python standard library only.
"""

import json
import re
import sys
from pathlib import Path

# Templates a case edition gets when reporters.json names none (as eyecite does).
DEFAULT_CASE_TEMPLATES = ["$full_cite"]
# The short form eyecite derives for every edition: "1 U.S., at 5".
SHORT_TEMPLATE = "$volume $reporter,? at $page"
# A page may be left blank in slip citations ("1 U.S. ___"); reporters-db only knows digits.
BLANK_PAGE = "_{2,}|-{2,}|—"


def flatten(tree, prefix=""):
    """regexes.json nests variables: {"page": {"": A, "3_4": B}} means $page=A, $page_3_4=B."""
    out = {}
    for key, value in tree.items():
        if key.endswith("#"):
            continue  # a comment
        name = f"{prefix}_{key}" if prefix and key else (prefix or key)
        if isinstance(value, dict):
            out.update(flatten(value, name))
        else:
            out[name] = value
    # reporters-db's loader adds an optional twin of every variable.
    for name, value in list(out.items()):
        out[f"{name}_optional"] = f"(?:{value} ?)?"
    return out


# The literal start of a reporter a laws.json pattern spells itself: "Cal\\." in
# "(?P<reporter>Cal\\. $law_subject Code)".
SPELT_REPORTER = re.compile(r"\(\?P<reporter>((?:\\.|[A-Za-z ])+)")

VARIABLE = re.compile(r"\$([a-z][a-z0-9_]*)")


def substitute(template, variables):
    """Expands $name (longest defined name wins) until nothing is left to expand."""

    def one(match):
        name = match.group(1)
        while name and name not in variables:
            name = name[: name.rfind("_")] if "_" in name else ""
        if not name:
            return match.group(0)
        return variables[name] + match.group(1)[len(name):]

    for _ in range(10):
        expanded = VARIABLE.sub(one, template)
        if expanded == template:
            break
        template = expanded
    return template


def relax_reporter(text):
    """A reporter string as a pattern that tolerates the spacing writers use: 'N.Y.S.2d' also
    matches 'N. Y. S. 2d' and 'F. Supp. 2d' also 'F.Supp.2d'."""
    out = []
    for i, ch in enumerate(text):
        if ch == " ":
            out.append(r"\s*")
            continue
        out.append(re.escape(ch))
        if ch == "." and i + 1 < len(text) and text[i + 1] != " ":
            out.append(r"\s*")
    return "".join(out)


def alternation(names):
    """The reporter strings as one alternation, longest first: RE2 prefers the earlier branch."""
    patterns = []
    for name in sorted(names, key=lambda n: (-len(squeeze(n)), n)):
        pattern = relax_reporter(name)
        if pattern not in patterns:
            patterns.append(pattern)
    return "|".join(patterns)


def squeeze(text):
    """The prefilter's key: the reporter without whitespace (the matcher skips it too)."""
    return re.sub(r"\s+", "", text)


def to_re2(pattern):
    """Python regex syntax RE2 reads differently."""
    pattern = re.sub(r"\{,(\d+)\}", r"{0,\1}", pattern)
    # Spaces between tokens may be any run of whitespace (line breaks in extracted text).
    pattern = pattern.replace("§ ", r"§§?\s*").replace(" ?", r"\s*").replace(" ", r"\s+")
    return pattern


def derive_format(template, fallback):
    """How to write a normalized cite for a template: '$volume $reporter,? $page' gives
    '{volume} {reporter} {page}'. Templates too irregular for that get the fallback."""
    text = template
    text = re.sub(r"\(\?P<(\w+)>(?:[^()]|\([^()]*\))*\)", r"{\1}", text)
    text = re.sub(r"\$section_marker(\\s\*)?", "§ ", text)
    replacements = [
        (r"\$volume\w*", "{volume}"), (r"\$page\w*", "{page}"), (r"\$reporter", "{reporter}"),
        (r"\$law_section", "{section}"), (r"\$law_year", "{year}"), (r"\$law_subject", "{subject}"),
        (r",\?", ""), (r"\\s[*+?]?", " "), (r"\\([.\-()§,])", r"\1"),
    ]
    for pattern, replacement in replacements:
        text = re.sub(pattern, replacement, text)
    text = re.sub(r" +", " ", text).strip()
    if re.search(r"[\[\]()?*+|$\\]", text) or "{reporter}" not in text:
        return fallback
    return text


def year(date):
    return int(date[:4]) if date else 0


def c_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def case_records(reporters, variables):
    records = []
    for root, entries in reporters.items():
        for entry in entries:
            spellings = {edition: [edition] for edition in entry["editions"]}
            for variant, edition in entry.get("variations", {}).items():
                spellings.setdefault(edition, [edition]).append(variant)
            jurisdictions = entry.get("mlz_jurisdiction", [])
            court = "scotus" if jurisdictions[:1] == ["us;supreme.court"] else ""
            for edition, data in entry["editions"].items():
                names = sorted(set(spellings.get(edition, [edition])), key=len, reverse=True)
                local = dict(variables)
                local["edition"] = alternation(names)
                templates = data.get("regexes") or DEFAULT_CASE_TEMPLATES
                # The edition's cites are all written the way its first template reads.
                first = VARIABLE.sub(
                    lambda m: variables.get(m.group(1), m.group(0))
                    if m.group(1).startswith("full_cite") else m.group(0), templates[0])
                fallback = entry.get("cite_format") or "{volume} {reporter} {page}"
                form = entry.get("cite_format") or derive_format(first, fallback)
                forms = [("full", t) for t in templates] + [("short", SHORT_TEMPLATE)]
                for kind, template in forms:
                    records.append({
                        "kind": kind, "reporter": edition, "root": root, "format": form,
                        "start": year(data.get("start")), "end": year(data.get("end")),
                        "court": court, "regex": to_re2(substitute(template, local)),
                        "keys": sorted({squeeze(n) for n in names}),
                    })
    return records


def law_records(laws, variables):
    records, skipped = [], 0
    for name, entries in laws.items():
        for entry in entries:
            names = sorted({name, *entry.get("variations", [])}, key=len, reverse=True)
            local = dict(variables)
            local["reporter"] = "(?P<reporter>" + alternation(names) + ")"
            for template in entry.get("regexes", []):
                # Chapters with a letter, as Massachusetts numbers those added between others
                # (ch. 93A, ch. 151B): reporters-db takes digits only.
                template = template.replace(r"(?P<chapter>\d+)", r"(?P<chapter>\d+[A-Z]?)")
                reporter, keys = name, sorted({squeeze(n) for n in names})
                if "$reporter" not in template:
                    # The reporter is spelt in the pattern ("(?P<reporter>Cal\. $law_subject
                    # Code)"): its literal start is the key, and the cite keeps the reporter as
                    # found ("Cal. Civ. Code"), marked by an empty normalized reporter.
                    start = SPELT_REPORTER.match(template)
                    if not start:
                        skipped += 1
                        continue
                    reporter, keys = "", [squeeze(re.sub(r"\\(.)", r"\1", start.group(1)))]
                records.append({
                    "kind": "statute", "reporter": reporter, "root": name,
                    "format": derive_format(template, ""),
                    "start": year(entry.get("start")), "end": year(entry.get("end")),
                    "court": "", "regex": to_re2(substitute(template, local)),
                    "keys": keys,
                })
    return records, skipped


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, output = Path(sys.argv[1]), Path(sys.argv[2])
    variables = flatten(json.loads((source / "regexes.json").read_text(encoding="utf-8")))
    variables["page"] = f"(?P<page>\\d+|{BLANK_PAGE})"
    # A section may carry letters after its digits, as the United States Code numbers sections
    # added between others: 42 U.S.C. § 2000e-2, § 1395x, § 78j. reporters-db's pattern takes
    # digits only, and the cite was missed.
    variables["law_section"] = (
        r"(?P<section>(?:\d+[a-z]{0,2}(?:[\-.:]\d+[a-z]{0,2}){,3})"
        r"|(?:\d+[a-z]{0,2}(?:\((?:[a-zA-Z]{1}|\d{1,2})\))+))")
    # The default full cite, read by case templates through $full_cite.
    reporters = json.loads((source / "reporters.json").read_text(encoding="utf-8"))
    laws = json.loads((source / "laws.json").read_text(encoding="utf-8"))
    # Our own additions in the same format, beside reporters-db's folder.
    rules = json.loads((source.parent / "laws-strata.json").read_text(encoding="utf-8"))
    laws.update({name: entries for name, entries in rules.items() if not name.startswith("#")})
    records = case_records(reporters, variables)
    statutes, skipped = law_records(laws, variables)
    records += statutes
    fields = ("kind", "reporter", "root", "format", "court", "regex")
    lines = [
        "// Generated by plugins/legal/us/tools/generate_templates.py from reporters-db: do not edit.",
        "#include <iterator>",
        "",
        '#include "template_record.hpp"',
        "",
        "namespace strata::legal::us {",
        "",
        "const TemplateRecord kGeneratedTemplates[] = {",
    ]
    for record in records:
        values = [c_string(record[f]) for f in fields]
        values.insert(4, f"{record['start']}, {record['end']}")
        values.append(c_string("\n".join(record["keys"])))
        lines.append("    {" + ", ".join(values) + "},")
    lines += [
        "};",
        "",
        "const std::size_t kGeneratedTemplateCount = std::size(kGeneratedTemplates);",
        f"const std::size_t kGeneratedTemplatesSkipped = {skipped};",
        "",
        "}  // namespace strata::legal::us",
        "",
    ]
    output.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
