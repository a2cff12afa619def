"""The texts of Wegwijs as a person meets them: which catalog keys each role
sees, in which order, rendered with the real figures. Shared by
bench/readability (measurements) and tests/i18n/check_texts.py (rules).

Reads only. Standard library only (runs on any python3).

Model (kept in step with the app):
  * screens are walked from flow.json's start, conditional branches before the
    screen they rejoin, so "first use" is the first text a person meets;
  * on a screen: the title, the blocks that are not folded, the questions
    (prompt, help, options), what the code draws (route, calculators, review:
    CODE_KEYS below, in drawing order), then the folded blocks;
  * a block or text reference {"migrant": k1, "referent": k2} gives each role
    its own key; screen and block "roles" hide them from the other role;
  * the referent sees a key's ".referent" twin wherever it exists (the
    Localizer's rule, app/core/i18n/localizer.h), also for keys the code draws;
  * an uncertain fact on a block adds its hedge (hedge.duo/ind/gemeente).
"""
import glob
import json
import os
import re
from collections import Counter, defaultdict

ROLES = ("migrant", "referent")

# What the code draws, per screen, in drawing order (app/ui/*.cpp).
# kind: "text" is running text, "label" is a title, button, option or field label.
CODE_KEYS = {
    "language": [("start.choose_language", "label"), ("language.name", "label")],
    "start": [("nav.language", "label"), ("nav.stop", "label"), ("nav.back", "label"),
              ("nav.next", "label"), ("nav.section", "label"), ("nav.stop_confirm.title", "label"),
              ("nav.stop_confirm.text", "text"), ("nav.stop_confirm.yes", "label"),
              ("nav.stop_confirm.no", "label")],
    "q_name": [("error.title", "label"), ("error.required", "text"), ("error.text_too_long", "text"),
               ("error.text_invalid", "text"), ("input.clear", "label")],
    "q_card": [("input.date.year", "label"), ("input.date.month", "label"), ("input.date.day", "label"),
               ("input.date.change", "label"), ("input.date.earlier", "label"), ("input.date.later", "label"),
               ("input.date.estimate", "text"), ("error.date_invalid", "text"), ("error.date_future", "text"),
               ("error.date_too_early", "text")],
    "q_age": [("error.choose_one", "text"), ("error.unknown_option", "text")],
    "q_school_years": [("input.number.type", "label"), ("error.number_invalid", "text"),
                       ("error.number_whole", "text"), ("error.number_range", "text")],
    "q_languages": [("error.exclusive", "text")],
    "route_result@top": [("route.your_route", "label"), ("@route.reason", "text"), ("@route.note", "text"),
                         ("route.why", "label")],
    "route_result": [("calc.route.heading", "label"), ("calc.route.hours", "text"),
                     ("calc.route.hours_example", "text"), ("calc.route.keurmerk", "text"),
                     ("calc.route.cost", "text"), ("calc.route.above_loan", "text"),
                     ("calc.route.estimate", "text"), ("more.read", "label"), ("calc.route.price", "label"),
                     ("calc.route.materials", "label")],
    "schools": [("calc.schools.school", "label")] + [("schools.check." + c, "text") for c in (
        "test", "hours", "when", "keurmerk", "retakes", "reputation", "work")] +
               [("answer.yes", "label"), ("answer.no", "label"), ("calc.schools.unknown", "label"),
                ("calc.schools.blocking", "text"), ("calc.schools.add", "label")],
    "loan": [("calc.loan.heading", "label"), ("calc.loan.amount", "text"), ("calc.loan.result", "text"),
             ("calc.loan.estimate", "text"), ("more.read", "label"), ("calc.loan.totals", "text"),
             ("calc.loan.chart", "label"), ("calc.loan.rate", "text"), ("calc.loan.payout", "text"),
             ("calc.loan.start", "text"), ("calc.loan.start_from_answers", "text"),
             ("calc.loan.start_example", "text")],
    "timeline": [("calc.timeline.need_card", "text"), ("calc.timeline.pip_deadline", "label"),
                 ("calc.timeline.term_end", "label"), ("calc.timeline.loan_repayment_start", "label"),
                 ("calc.timeline.naturalisation_earliest", "label"),
                 ("calc.timeline.permanent_residence", "label"), ("calc.timeline.independent_permit", "label"),
                 ("calc.timeline.today", "label"), ("calc.timeline.unknown.pip_deadline", "text"),
                 ("calc.timeline.unknown.term_end", "text"),
                 ("calc.timeline.unknown.loan_repayment_start", "text"), ("calc.timeline.cond.heading", "label"),
                 ("@calc.timeline.cond.", "text"), ("calc.timeline.milestone", "label"),
                 ("more.read", "label")],
    "review": [("review.unanswered", "label"), ("review.answer_now", "label"), ("review.change", "label"),
               ("review.route", "label"), ("review.loan", "label"), ("review.price", "label"),
               ("nav.back_to_review", "label")],
}

# Sample values for arguments the code supplies (the content's come from facts).
CODE_ARGS = {
    "error.date_too_early": {"min": "1990-01-01"},
    "error.number_range": {"min": 0, "max": 30},
    "error.text_too_long": {"max": 80},
    "route.your_route": {"route": "B1-route"},
    "calc.loan.rate": {"since": "2023-01-01"},
    "calc.loan.result": {"monthly": 95, "payments": 120, "first": "2030-07-01", "last": "2040-06-01"},
    "calc.loan.totals": {"balance": 10000, "total": 11060, "interest": 1060},
    "calc.loan.start_from_answers": {"months": 6},
    "calc.loan.start_example": {"months": 6},
    "calc.schools.school": {"n": 1},
    "calc.route.hours": {"hours": 800, "months": 20, "per_week": 10},
    "calc.route.hours_example": {"hours": 600, "months": 15, "per_week": 10},
    "calc.route.cost": {"course": 9250, "per_hour": 15, "materials": 250, "examples": 1, "exams": 250, "total": 9500},
    "calc.route.above_loan": {"max": 10000, "gap": 2500},
    "calc.timeline.pip_deadline": {"weeks": 10, "years": 3},
    "calc.timeline.term_end": {"weeks": 10, "years": 3},
    "calc.timeline.milestone": {"n": 1, "label": "…"},
    "q.schooling_years.unit": {"n": 8},
    "q.learning_hours.unit": {"n": 10},
    "sources.item": {"id": "F-TERM-2", "source": "(bron)", "checked": "2026-11-28"},
    "nav.section": {"n": 2, "total": 6},
}
TIMELINE_COND_ARGS = {"weeks": 10, "months": 6, "partner_years": 3, "residence_years": 5, "usual": 5,
                      "turkish": 3, "proposed": 5, "checked": "2026-11-28"}


class Project:
    def __init__(self, repo):
        self.repo = repo
        j = lambda p: json.load(open(os.path.join(repo, p), encoding="utf-8"))
        self.languages = j("i18n/languages.json")["languages"]
        self.catalogs = {l["code"]: j(f"i18n/{l['code']}.json") for l in self.languages}
        self.screens = j("content/screens.json")["screens"]
        self.flow = j("content/flow.json")
        self.facts = j("content/facts.json")["facts"]
        self.gemeente = j("content/gemeente.json")
        p = os.path.join(repo, "i18n/glossary.json")
        self.glossary = j("i18n/glossary.json") if os.path.exists(p) else None
        p = os.path.join(repo, "i18n/address.json")
        self.address = j("i18n/address.json") if os.path.exists(p) else None

    # -- who sees what -----------------------------------------------------
    def arg_values(self, spec):
        out = {}
        for name, ref in (spec or {}).items():
            if "fact" in ref:
                f = self.facts[ref["fact"]]
                out[name] = f["values"].get(ref["value"], f.get(ref["value"]))
            elif "gemeente" in ref:
                out[name] = self.gemeente[ref["gemeente"]]
        return out

    def hedges_of(self, spec):
        out = []
        for ref in (spec or {}).values():
            if "fact" in ref:
                f = self.facts[ref["fact"]]
                if f.get("status") != "V" and f.get("check_with"):
                    k = "hedge." + f["check_with"].lower()
                    if k not in out:
                        out.append(k)
        return out

    def screen_order(self):
        by_id = {s["id"]: s for s in self.screens}
        edges = defaultdict(list)
        for s in self.screens:
            nxt = s.get("next")
            if isinstance(nxt, str):
                edges[s["id"]].append(nxt)
            elif isinstance(nxt, list):
                edges[s["id"]] += [step["go"] for step in nxt]
        indeg = Counter(b for bs in edges.values() for b in bs)
        order, ready, seen = [], [self.flow["start"]], set()
        while ready:
            cur = ready.pop(0)
            if cur in seen:
                continue
            seen.add(cur)
            order.append(cur)
            for b in edges[cur]:
                indeg[b] -= 1
                if indeg[b] == 0:
                    ready.insert(0, b) if b != edges[cur][-1] else ready.append(b)
        return [by_id[s] for s in order] + [s for s in self.screens if s["id"] not in seen]

    def shown_key(self, key, role, lang="nl"):
        """The key a person of `role` sees for `key` (the referent's twin rule)."""
        if role == "referent" and not key.endswith(".referent") and key + ".referent" in self.catalogs[lang]:
            return key + ".referent"
        return key

    def paths(self, role):
        """The screen paths of the walk-throughs (tests/scenarios) for `role`."""
        out = []
        for f in sorted(glob.glob(os.path.join(self.repo, "tests/scenarios/*.json"))):
            sc = json.load(open(f, encoding="utf-8"))
            if sc["input"].get("role") == role:
                out.append((os.path.basename(f), sc["expect"]["screens"]))
        return out

    def walk(self, role, path=None):
        """[(screen id, key, kind, args, source)] in the order a person of `role`
        meets them. kind: text (running text) or label. source: the key as named
        in content or code (before the referent twin rule). path: a list of
        screen ids to walk (default: every screen, branches before the screen
        they rejoin)."""
        nl = self.catalogs["nl"]
        out = []

        def add(where, key, kind, args=None):
            if not isinstance(key, str) or key not in nl:
                return
            shown = self.shown_key(key, role)
            a = dict(CODE_ARGS.get(key, {}))
            a.update(CODE_ARGS.get(shown, {}))
            a.update(args or {})
            out.append((where, shown, kind, a, key))

        def ref(where, r, kind, args=None):
            if isinstance(r, dict):
                if role in r:
                    add(where, r[role], kind, args)
            else:
                add(where, r, kind, args)

        def code(where, slot):
            for key, kind in CODE_KEYS.get(slot, []):
                if key == "@route.reason":
                    for rule in self.flow["routes"]["rules"] + [self.flow["routes"]["default"]]:
                        add(where, rule["reason"], kind)
                elif key == "@route.note":
                    for rule in self.flow["routes"]["rules"]:
                        if rule.get("note"):
                            add(where, rule["note"], kind)
                elif key.startswith("@"):
                    for k in nl:
                        if k.startswith(key[1:]) and not k.endswith(".referent") and k != "calc.timeline.cond.heading":
                            add(where, k, kind, TIMELINE_COND_ARGS)
                else:
                    add(where, key, kind)

        for slot in ("language",):
            code("language", slot)
        order = self.screen_order()
        if path is not None:
            by_id = {s["id"]: s for s in order}
            order = [by_id[i] for i in path if i in by_id]
        for s in order:
            if role not in s.get("roles", ROLES):
                continue
            where = s["id"]
            if where == self.flow["start"]:
                code(where, "start")
            ref(where, s.get("title"), "label")
            blocks = [b for b in s.get("blocks", []) if role in b.get("roles", ROLES)]
            folded, seen_more = [], False
            unfolded = []
            for b in blocks:
                if b["type"] == "more":
                    seen_more = True
                (folded if seen_more else unfolded).append(b)

            def draw_blocks(bs):
                for b in bs:
                    if b["type"] == "sources":
                        add(where, "sources.show", "label")
                        continue
                    if "text" not in b:
                        continue
                    kind = "label" if b["type"] in ("heading", "more") else "text"
                    ref(where, b["text"], kind, self.arg_values(b.get("args")))
                    for h in self.hedges_of(b.get("args")):
                        add(where, h, "text")

            if s.get("kind") == "route":
                code(where, "route_result@top")
                for r in self.flow["routes"]["list"]:
                    add(where, r["name"], "label")
                draw_blocks(unfolded)
            else:
                draw_blocks(unfolded)
            for q in s.get("questions", []):
                ref(where, q.get("prompt"), "text")
                ref(where, q.get("help"), "text")
                for o in q.get("options", []):
                    ref(where, o.get("label"), "label")
                ref(where, q.get("unit"), "label")
                ref("review", q.get("label"), "label")
            code(where, where)
            draw_blocks(folded)
        return out

    def audience(self):
        """key -> set of roles that see it (after the twin rule)."""
        aud = defaultdict(set)
        for role in ROLES:
            for _, key, _, _, _ in self.walk(role):
                aud[key].add(role)
        return aud


# ---------------------------------------------------------------------------
# ICU MessageFormat, enough of it to render the catalogs for reading

MONTHS = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                 "oktober", "november", "december"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"]}


def _number(v, style=""):
    if isinstance(v, str) and not re.fullmatch(r"-?\d+(\.\d+)?", v):
        return v
    f = float(v)
    if "currency" in style:
        whole = f"{int(round(f)):,}".replace(",", ".")
        if "precision-integer" in style or f == int(f) and "precision-integer" in style:
            return "€ " + whole
        w, frac = f"{f:.2f}".split(".")
        return "€ " + f"{int(w):,}".replace(",", ".") + "," + frac
    if f != int(f):
        return str(f).replace(".", ",")
    return f"{int(f):,}".replace(",", ".")


def _split_top(s):
    parts, depth, cur = [], 0, ""
    for c in s:
        depth += (c == "{") - (c == "}")
        if c == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += c
    return parts + [cur]


def _branches(s):
    out, i = {}, 0
    while i < len(s):
        m = re.match(r"\s*(=?[\w-]+)\s*\{", s[i:])
        if not m:
            break
        j, depth = i + m.end(), 1
        while depth:
            depth += (s[j] == "{") - (s[j] == "}")
            j += 1
        out[m.group(1)] = s[i + m.end():j - 1]
        i = j
    return out


def render(pattern, args, lang="nl", pound=None):
    """The text a person reads (plural: the value's =N branch, else 'other')."""
    out, i = "", 0
    while i < len(pattern):
        c = pattern[i]
        if c == "'" and i + 1 < len(pattern) and pattern[i + 1] in "{}'":
            out += pattern[i + 1]
            i += 2
            continue
        if c == "{":
            depth, j = 1, i + 1
            while depth:
                depth += (pattern[j] == "{") - (pattern[j] == "}")
                j += 1
            parts = [p.strip() for p in _split_top(pattern[i + 1:j - 1])]
            name = parts[0]
            val = args.get(name, f"<{name}>")
            if len(parts) == 1:
                out += str(val)
            elif parts[1] in ("plural", "select"):
                br = _branches(",".join(parts[2:]))
                key = f"={val}" if f"={val}" in br else (str(val) if str(val) in br and parts[1] == "select" else "other")
                out += render(br.get(key, ""), args, lang, pound=val)
            elif parts[1] == "number":
                out += _number(val, ",".join(parts[2:]))
            elif parts[1] == "date":
                try:
                    y, m, d = (int(x) for x in str(val).split("-"))
                    out += f"{d} {MONTHS.get(lang, MONTHS['en'])[m - 1]} {y}"
                except ValueError:
                    out += str(val)
            else:
                out += str(val)
            i = j
        elif c == "#" and pound is not None:
            out += _number(pound)
            i += 1
        else:
            out += c
            i += 1
    return out


def arg_names(pattern):
    """Top-level and nested ICU argument names of a pattern."""
    return set(re.findall(r"\{\s*([A-Za-z_]\w*)\s*[,}]", pattern))


def strip_args(pattern):
    """The pattern's literal text: arguments and plural selectors removed, the
    words inside plural branches kept."""
    out, i = "", 0
    while i < len(pattern):
        c = pattern[i]
        if c == "{":
            depth, j = 1, i + 1
            while depth:
                depth += (pattern[j] == "{") - (pattern[j] == "}")
                j += 1
            parts = _split_top(pattern[i + 1:j - 1])
            if len(parts) > 2 and parts[1].strip() in ("plural", "select"):
                out += " " + " ".join(strip_args(b) for b in _branches(",".join(parts[2:])).values()) + " "
            else:
                out += " "
            i = j
        else:
            out += c
            i += 1
    return out.replace("#", " ")


# ---------------------------------------------------------------------------
# The glossary (i18n/glossary.json)

def _is_word_char(c):
    return c.isalnum()


def find_term(text, form, whole_words=True):
    """Index of the first occurrence of `form` in `text`, or -1. In Latin
    script a form must stand as a whole word (no letter or digit on either
    side); in Arabic script prefixes and suffixes attach, so anywhere counts.
    The app matches the same way (app/core/i18n/glossary.cpp)."""
    start = 0
    while True:
        i = text.find(form, start)
        if i < 0 or not whole_words:
            return i
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(form)] if i + len(form) < len(text) else " "
        if not _is_word_char(before) and not _is_word_char(after):
            return i
        start = i + 1


def terms_in(text, glossary, lang, whole_words=None):
    """Ids of the glossary's explained terms that `text` uses, in order of first position."""
    if whole_words is None:
        whole_words = lang != "ar"
    hits = []
    for c in glossary["concepts"]:
        g = c.get(lang)
        if not c.get("explain") or not g:
            continue
        pos = [i for i in (find_term(text, f, whole_words) for f in g.get("find", [g["term"]])) if i >= 0]
        if pos:
            hits.append((min(pos), c["id"]))
    return [i for _, i in sorted(hits)]


def explains(text, concept, lang):
    g = concept.get(lang, {})
    return any(re.search(p, text) for p in g.get("explained_by", []))


def unexplained_terms(p, role, lang="nl"):
    """[(term id, screen, first key, its text)]: the terms whose first screen
    (the first that uses the term in running text) has no text that explains
    it, on any walk-through path of `role` (tests/scenarios) or the walk of
    every screen."""
    if not p.glossary:
        return []
    out, seen = [], set()
    for _, path in [("all", None)] + p.paths(role):
        first, texts_on = {}, defaultdict(list)
        for where, key, kind, args, _ in p.walk(role, path):
            if kind != "text":
                continue
            text = render(p.catalogs[lang][key], args, lang)
            texts_on[where].append(text)
            for tid in terms_in(text, p.glossary, lang):
                first.setdefault(tid, (where, key, text))
        for c in p.glossary["concepts"]:
            if c.get("explain") and c["id"] in first and (c["id"], first[c["id"]][0]) not in seen:
                where, key, text = first[c["id"]]
                if not any(explains(t, c, lang) for t in texts_on[where]):
                    seen.add((c["id"], where))
                    out.append((c["id"], where, key, text))
    return out
