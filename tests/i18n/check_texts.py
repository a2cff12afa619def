#!/usr/bin/env python3
"""What the person in front of the screen notices about the words (issue 15,
issue 8), checked on the shipped catalogs and content:

  synonyms  no catalog value uses a name the glossary rejects (one name per thing)
  figures   no digit is written into a catalog value outside a small allow-list:
            figures come from facts as ICU arguments
  roles     no text the referent sees speaks to them as the one who
            integrates (i18n/address.json), in any language
  terms     every term of the glossary is explained on the first screen that
            uses it, on every walk-through path, for both roles, in every
            language; every term has its short explanation in every catalog
  selftest  each check above catches a planted mistake (so none can pass by
            accident)

Usage: check_texts.py [REPO] [synonyms|figures|roles|terms|selftest ...]
Exit 1 and one line per problem when a check fails.
"""
import copy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
import wegwijs_texts as wt  # noqa: E402

# Digits that are not figures from facts: the law's name, language levels and
# the mbo level of a diploma, and the age bands the question offers.
FIGURE_ALLOWED = [r"\b20(13|21)\b", r"(?<![A-Za-z0-9])(A1|A2|B1|B2|NT2)(?![A-Za-z0-9])", r"(niveau|level|المستوى) 2\b"]
FIGURE_ALLOWED_KEYS = ("q.age_band.",)
DIGIT = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]")


def check_synonyms(p):
    out = []
    for c in p.glossary["concepts"]:
        for lang, cat in p.catalogs.items():
            for pat in c.get(lang, {}).get("rejected", []):
                rx = re.compile(pat)
                for key, value in cat.items():
                    m = rx.search(wt.strip_args(value))
                    if m:
                        out.append(f"{lang}.json {key}: '{m.group(0)}' is a rejected name for '{c['id']}' "
                                   f"(say '{c[lang]['term']}', i18n/glossary.json)")
    return out


def check_figures(p):
    out = []
    for lang, cat in p.catalogs.items():
        for key, value in cat.items():
            if key.startswith(FIGURE_ALLOWED_KEYS):
                continue
            text = wt.strip_args(value)
            for pat in FIGURE_ALLOWED:
                text = re.sub(pat, " ", text)
            m = DIGIT.search(text)
            if m:
                out.append(f"{lang}.json {key}: a figure written into the text near "
                           f"'{text[max(0, m.start() - 20):m.end() + 20].strip()}': make it an ICU argument from a fact")
    return out


def check_roles(p):
    out = []
    for lang in p.catalogs:
        pats = [re.compile(x) for x in p.address["migrant_only"].get(lang, [])]
        seen = set()
        for where, key, kind, args, _ in p.walk("referent"):
            if key in seen:
                continue
            seen.add(key)
            text = wt.render(p.catalogs[lang][key], args, lang)
            for rx in pats:
                m = rx.search(text)
                if m:
                    out.append(f"{lang}.json {key} (screen {where}) is shown to the referent but says "
                               f"'{m.group(0)}': give it a '{key}.referent' twin")
                    break
    for key in p.catalogs["nl"]:
        if key.endswith(".referent") and key[:-len(".referent")] not in p.catalogs["nl"] and \
                not any(key == s for s in _content_keys(p)):
            out.append(f"nl.json {key}: a referent twin without its key {key[:-len('.referent')]}")
    return out


def _content_keys(p):
    out = set()

    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str) and x in p.catalogs["nl"]:
            out.add(x)
    walk(p.screens)
    walk(p.flow)
    return out


def check_terms(p):
    out = []
    for c in p.glossary["concepts"]:
        if not c.get("explain"):
            continue
        for lang, cat in p.catalogs.items():
            if not cat.get(c["explain"]):
                out.append(f"{lang}.json: no short explanation {c['explain']} for the term '{c['id']}'")
            g = c.get(lang)
            if not g or not g.get("term") or not g.get("find") or not g.get("explained_by"):
                out.append(f"glossary.json {c['id']}: '{lang}' needs term, find and explained_by")
    if out:
        return out
    for lang in p.catalogs:
        for role in wt.ROLES:
            for tid, where, key, text in wt.unexplained_terms(p, role, lang):
                out.append(f"{lang}.json {key} (screen {where}, {role}) uses '{tid}' first, and no text on "
                           f"that screen explains it: {text}")
    return out


CHECKS = {"synonyms": check_synonyms, "figures": check_figures, "roles": check_roles, "terms": check_terms}


def selftest(p):
    """Plant one mistake per check in a copy; each check must report it."""
    out = []
    plants = {
        "synonyms": lambda q: q.catalogs["nl"].__setitem__("loan.school", "De DUO-lening betaalt de school."),
        "figures": lambda q: q.catalogs["en"].__setitem__("timeline.pip", "The PIP comes within 10 weeks."),
        "roles": lambda q: q.catalogs["nl"].__setitem__("calc.loan.amount.referent", "Hoeveel wilt u lenen?"),
        "terms": lambda q: q.catalogs["nl"].__setitem__(
            "welcome.pip", "Eerst krijgt u een brief van DUO. Daarna maakt de gemeente het PIP samen met u."),
    }
    for name, plant in plants.items():
        if CHECKS[name](p):
            continue  # the real run reports it
        q = copy.deepcopy(p)
        plant(q)
        if not CHECKS[name](q):
            out.append(f"selftest: the '{name}' check did not catch a planted mistake")
    return out


def main(argv):
    repo = next((a for a in argv if "/" in a or a == "."), os.path.join(HERE, "..", ".."))
    names = [a for a in argv if a in CHECKS or a == "selftest"] or list(CHECKS) + ["selftest"]
    p = wt.Project(repo)
    problems = []
    for name in names:
        found = selftest(p) if name == "selftest" else CHECKS[name](p)
        print(f"{name}: {'ok' if not found else str(len(found)) + ' problem(s)'}")
        problems += found
    for line in problems:
        print("  " + line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
