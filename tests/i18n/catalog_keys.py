#!/usr/bin/env python3
"""Every catalog key the app can ask for is in the reference catalog
(i18n/nl.json), so no screen ever shows "[some.key]":

  literal   string literals in app/ and platform/ C++ that look like a key
            ("calc.loan.rate"; not file names such as "nl.json")
  dynamic   key prefixes joined with an id at run time ("calc.timeline.cond."
            + id): each prefix is resolved against the ids that can follow it
            (from content, or from the calculator's own output through
            wegwijs-cli); a prefix nobody taught this script to resolve fails
  content   every key-shaped text value in content/*.json (gemeente.json is
            the gemeente's own data, not keys)
  selftest  each check above reports a key planted as missing (so none can
            pass by accident)

A key whose "<key>.referent" twin is missing is fine: the twin is optional.

Usage: catalog_keys.py REPO WEGWIJS_CLI [--selftest]
Exit 1 with one line per missing key.
"""
import glob
import json
import os
import re
import subprocess
import sys

KEY = re.compile(r"^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+$")
PREFIX = re.compile(r"^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*\.$")
LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
NOT_KEYS = re.compile(r"\.(json|ttf|otf|ttc|png|ppm|html|js|mjs|wasm|data|txt|md|cpp|h|dat|res|deb|ini)$")


def cxx_literals(repo):
    """(key or prefix, file:line) for every key-shaped literal in the C++."""
    out = []
    files = sorted(glob.glob(os.path.join(repo, "app", "**", "*.cpp"), recursive=True) +
                   glob.glob(os.path.join(repo, "app", "**", "*.h"), recursive=True) +
                   glob.glob(os.path.join(repo, "platform", "*.cpp")) + glob.glob(os.path.join(repo, "platform", "*.h")))
    for path in files:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                for m in LITERAL.finditer(line):
                    s = m.group(1)
                    if (KEY.match(s) or PREFIX.match(s)) and not NOT_KEYS.search(s):
                        out.append((s, "%s:%d" % (os.path.relpath(path, repo), n)))
    return out


def content_keys(repo):
    """(key, file:JSON path) for every key-shaped text value in content."""
    out = []

    def walk(x, where, rel):
        if isinstance(x, dict):
            for k, v in x.items():
                walk(v, where + "/" + k, rel)
        elif isinstance(x, list):
            for i, v in enumerate(x):
                walk(v, "%s/%d" % (where, i), rel)
        elif isinstance(x, str) and KEY.match(x) and not NOT_KEYS.search(x):
            out.append((x, rel + ":" + where))

    for path in sorted(glob.glob(os.path.join(repo, "content", "*.json"))):
        if os.path.basename(path) == "gemeente.json":
            continue
        with open(path, encoding="utf-8") as f:
            walk(json.load(f), "", os.path.relpath(path, repo))
    return out


# [SECTION] Where the ids after a dynamic prefix come from.

TIMELINE_RUNS = [  # together they reach every branch of calc::BuildTimeline
    ["--permit", "2026-03-01"],
    ["--permit", "2026-03-01", "--pip", "2026-06-01"],
    ["--permit", "2026-03-01", "--duo-notice", "2026-04-15"],
    ["--permit", "2026-03-01", "--duo-notice", "2026-04-15", "--pip", "2026-06-01", "--partner-dutch",
     "--together-since", "2025-01-01", "--turkish"],
]


def timeline(cli, repo):
    milestones, unknown, conditions = set(), set(), set()
    for args in TIMELINE_RUNS:
        r = subprocess.run([cli, "timeline", *args, "--json", "--content", os.path.join(repo, "content")],
                           capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit("wegwijs-cli timeline %s failed: %s%s" % (" ".join(args), r.stdout, r.stderr))
        j = json.loads(r.stdout)
        for m in j["milestones"]:
            milestones.add(m["id"])
            conditions.update(m["conditions"])
        unknown.update(u["id"] for u in j["unknown"])
    return milestones, unknown, conditions


def hedges(repo):
    """model.cpp Fact::HedgeKey: 'hedge.' + whom to check with, for every fact that is not V."""
    with open(os.path.join(repo, "content", "facts.json"), encoding="utf-8") as f:
        facts = json.load(f)["facts"]
    return {(fact.get("check_with") or "duo").lower() for fact in facts.values() if fact.get("status") != "V"}


def calc_problem_codes(repo):
    """InputProblem codes: the default and every code a calculator names (a
    third field after the English message in InputProblem{...})."""
    codes = {"invalid"}
    for path in glob.glob(os.path.join(repo, "app", "core", "calc", "*.cpp")):
        with open(path, encoding="utf-8") as f:
            src = f.read()
        for m in re.finditer(r"InputProblem\{[^;]*?,\s*\"([a-z_]+)\"\}", src):
            codes.add(m.group(1))
        for m in re.finditer(r"\.code\s*=\s*\"([a-z_]+)\"", src):
            codes.add(m.group(1))
    return codes


def resolvers(cli, repo):
    cache = {}

    def tl():
        if "tl" not in cache:
            cache["tl"] = timeline(cli, repo)
        return cache["tl"]

    return {
        "calc.timeline.": ("the timeline's milestone ids", lambda: tl()[0]),
        "calc.timeline.unknown.": ("the timeline's unknown milestone ids", lambda: tl()[1]),
        "calc.timeline.cond.": ("the timeline's condition ids", lambda: tl()[2]),
        "hedge.": ("whom to check with, facts.json", lambda: hedges(repo)),
        "answer.": ("the options of a yes/no question (parse.cpp)", lambda: {"yes", "no"}),
        "calc.problem.": ("calculator input problem codes (app/core/calc)", lambda: calc_problem_codes(repo)),
    }


def missing_keys(repo, cli, catalog):
    problems = []
    used = cxx_literals(repo)
    table = resolvers(cli, repo)
    for s, where in used:
        if PREFIX.match(s):
            if s not in table:
                problems.append("%s: dynamic key prefix \"%s\": teach tests/i18n/catalog_keys.py where its ids come from"
                                % (where, s))
                continue
            what, ids = table[s]
            ids = ids()
            if not ids:
                problems.append("%s: no ids found for \"%s\" (%s)" % (where, s, what))
            for i in sorted(ids):
                if s + i not in catalog:
                    problems.append("%s: \"%s%s\" (%s) is not in the catalog" % (where, s, i, what))
        elif s not in catalog:
            problems.append("%s: \"%s\" is not in the catalog" % (where, s))
    for s, where in content_keys(repo):
        if s not in catalog:
            problems.append("%s: \"%s\" is not in the catalog" % (where, s))
    return problems, used


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    repo, cli = sys.argv[1], sys.argv[2]
    with open(os.path.join(repo, "i18n", "nl.json"), encoding="utf-8") as f:
        catalog = json.load(f)
    if "--selftest" in sys.argv[3:]:
        # Remove one key of each kind from the catalog: each must be reported.
        planted = ["nav.next", "calc.timeline.cond.gemeente_makes_pip", "hedge.ind", "welcome.title"]
        thinned = {k: v for k, v in catalog.items() if k not in planted}
        problems, _ = missing_keys(repo, cli, thinned)
        text = "\n".join(problems)
        unseen = [k for k in planted if '"%s"' % k not in text]
        if unseen:
            print("selftest: not reported as missing: " + ", ".join(unseen))
            return 1
        print("selftest: all %d planted gaps reported" % len(planted))
        return 0
    problems, used = missing_keys(repo, cli, catalog)
    for p in problems:
        print(p)
    if problems:
        print("%d catalog keys missing from i18n/nl.json" % len(problems))
        return 1
    prefixes = sorted({s for s, _ in used if PREFIX.match(s)})
    print("catalog keys OK: %d literals in C++, dynamic prefixes %s, content keys checked against i18n/nl.json"
          % (len(used) - sum(1 for s, _ in used if PREFIX.match(s)), ", ".join(prefixes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
