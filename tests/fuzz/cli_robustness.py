#!/usr/bin/env python3
"""wegwijs-cli on inputs people get wrong: every verb, fed broken files.

A gemeente edits content and catalogs by hand and scripts the CLI; a person
writes an answers file; a regievoerder reads back a summary. Whatever they
feed it, the CLI must answer with exit code 0 (fine), 1 (the input has
problems) or 2 (usage), say something (a message on stderr when it refuses,
output when it accepts), never die on a signal or an uncaught exception, and
not hang (at most a second of CPU time per call; a call still running after
--hang seconds of wall time is killed and counted as a hang).

Inputs, all from the source tree and made anew on every run:
  - the answers part (`input`) of every tests/scenarios/*.json, and
    tests/cli/answers_example.json;
  - a summary made by `run --json` from them;
  - copies of content/*.json and i18n/*.json;
  - hand-over codes sealed from those summaries (keygen, seal), opened after
    mutating them, and damaged key files;
mutated in the ways people and broken editors mutate JSON: numbers that do
not fit (1e999, 2^64), wrong types, missing and unknown fields, very long or
deeply nested values, odd Unicode, truncation, flipped and inserted bytes.
A fixed list of known traps runs first, then --cases random mutations from
--seed (the same cases on every run, so a failure can be replayed; pass
another seed to explore). Each failure is kept under WORK/failures/ with the
command line and the input files.

  cli_robustness.py --cli build/native/wegwijs-cli --src . --work build/native/robustness
"""
import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys

# [SECTION] Values that broke or could break a JSON reader. Raw JSON text.
NASTY = [
    "1e999", "-1e999", "1e308", "4.9e-324", "-0.0", "0.5", "-1", "0",
    "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
    "-9223372036854775809", "18446744073709551616", "123456789012345678901234567890",
    "null", "true", "false", '""', '" "', "[]", "{}", "[null]", '[""]', '["a","a"]',
    '"1e999"', '"NaN"', '"-inf"', '"0000-00-00"', '"9999-12-31"', '"2026-02-30"', '"1900-01-01"',
    '"2026-13-01"', '"2026-1-1"', '"+002026-01-01"', '"2026-01-01T00:00:00Z"',
    '"\\u0000"', '"\\ud800"', '"\\udfff\\ud800"', '"\u202e\u0644\u0627"', '"\U0001F600"',
    '"' + "x" * 100000 + '"', '"' + "\u0645" * 20000 + '"',
    '"{"', '"{n, plural, other {#}"', '"{x, number, :: currency/EUR}"', '"{a}{b}{c}"',
    '"{d, date, ::yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy}"',
    "[" * 5000 + "]" * 5000, '{"a":' * 2000 + "1" + "}" * 2000,
    "[" + ",".join(['"other"'] * 10000) + "]",
]
# Byte strings that confuse a tokenizer when spliced in anywhere.
TOKENS = [b"{", b"}", b"[", b"]", b'"', b"\\", b",", b":", b"\x00", b"\xff", b"\xc3", b"\xe2\x80",
          b"1e999", b"-", b"null", b"\\u", b"\\ud800", b"/*", b"\n", b"{x, plural,", b"}}}}"]
MARK = "@@nasty{}@@"


# [SECTION] Mutations
def paths(node, prefix=()):
    """Every (path, value) in a JSON value, depth first."""
    yield prefix, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from paths(v, prefix + (i,))


def put(root, path, value):
    if not path:
        return value
    parent = root
    for p in path[:-1]:
        parent = parent[p]
    parent[path[-1]] = value
    return root


def remove(root, path):
    parent = root
    for p in path[:-1]:
        parent = parent[p]
    del parent[path[-1]]
    return root


def with_raw(doc, raws):
    """Serializes doc, then puts raw JSON texts where markers stand."""
    text = json.dumps(doc, ensure_ascii=False, indent=1)
    for i, raw in enumerate(raws):
        text = text.replace(json.dumps(MARK.format(i)), raw)
    return text.encode("utf-8", "surrogatepass")


def mutate_json(rng, doc):
    """One to three structural changes to a copy of doc; returns bytes."""
    doc = json.loads(json.dumps(doc))
    raws = []
    for _ in range(rng.randint(1, 3)):
        nodes = list(paths(doc))
        path, value = rng.choice(nodes)
        action = rng.random()
        if action < 0.45:  # a nasty value in its place
            raws.append(rng.choice(NASTY))
            doc = put(doc, path, MARK.format(len(raws) - 1))
        elif action < 0.6 and path:  # gone
            doc = remove(doc, path)
        elif action < 0.75 and isinstance(value, dict):  # an unknown field
            value[rng.choice(["", "x", "_", "id", "answers", "\u0000", "a" * 300])] = rng.choice([1, "x", [], {}, None])
        elif action < 0.9:  # another value of the same file (swaps ids, keys, patterns)
            doc = put(doc, path, json.loads(json.dumps(rng.choice(nodes)[1])))
        else:  # the same value wrapped or unwrapped
            doc = put(doc, path, [value] if not isinstance(value, list) or not value else value[0])
    return with_raw(doc, raws)


def mutate_bytes(rng, data):
    """Truncation, flips, insertions, deletions and duplications."""
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        n = len(data)
        action = rng.random()
        if action < 0.25:
            del data[rng.randint(0, n):]
        elif action < 0.45 and n:
            i = rng.randrange(n)
            data[i] ^= 1 << rng.randrange(8)
        elif action < 0.7:
            i = rng.randint(0, n)
            data[i:i] = rng.choice(TOKENS)
        elif action < 0.85 and n:
            i = rng.randrange(n)
            del data[i:i + rng.randint(1, 64)]
        elif n:
            i = rng.randrange(n)
            data[i:i] = data[i:i + rng.randint(1, 256)]
    return bytes(data)


def mutate(rng, doc, raw):
    return mutate_json(rng, doc) if rng.random() < 0.6 else mutate_bytes(rng, raw)


# [SECTION] Running the CLI
class Runner:
    def __init__(self, cli, work, cpu_limit, hang):
        self.cli, self.work, self.cpu_limit, self.hang = cli, work, cpu_limit, hang
        self.calls = 0
        self.failures = []
        self.codes = {0: 0, 1: 0, 2: 0}

    def call(self, what, args, keep, stdin=b""):
        """Runs the CLI; a failure keeps the files in `keep` with the command."""
        self.calls += 1
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        try:
            p = subprocess.run([self.cli] + args, capture_output=True, timeout=self.hang, input=stdin)
            rc, out, err = p.returncode, p.stdout, p.stderr
        except subprocess.TimeoutExpired:
            rc, out, err = None, b"", b""
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        problem = None
        if rc is None:
            problem = f"still running after {self.hang} s (a hang?)"
        elif rc < 0:
            problem = f"killed by signal {-rc}"
        elif rc not in (0, 1, 2):
            problem = f"exit code {rc} (0, 1 or 2 expected: an abort or an uncaught exception?)"
        elif rc != 0 and not err.strip():
            problem = f"exit code {rc} without a message on stderr"
        elif rc == 0 and not (out.strip() or err.strip()):
            problem = "exit code 0 but printed nothing"
        elif cpu > self.cpu_limit:
            problem = f"took {cpu:.2f} s of CPU time (limit {self.cpu_limit} s)"
        if rc in self.codes:
            self.codes[rc] += 1
        if problem:
            if stdin:
                keep = keep + [write(os.path.join(self.work, "stdin"), stdin)]
            self.keep(what, args, keep, problem, err)
        return rc, out

    def keep(self, what, args, files, problem, err):
        n = len(self.failures) + 1
        where = os.path.join(self.work, "failures", f"{n:03d}")
        os.makedirs(where, exist_ok=True)
        for f in files:
            dst = os.path.join(where, os.path.basename(f.rstrip("/")))
            (shutil.copytree if os.path.isdir(f) else shutil.copyfile)(f, dst)
        with open(os.path.join(where, "command"), "w") as out:
            out.write(" ".join([self.cli] + args) + "\n")
        tail = err.decode("utf-8", "replace").strip().splitlines()[-3:]
        self.failures.append(f"{what}: {problem}\n    {' '.join(args)[:300]}\n    kept in {where}"
                             + "".join(f"\n    | {t[:300]}" for t in tail))
        print(f"FAIL {self.failures[-1]}", flush=True)


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)
    return path


# [SECTION] The cases
def load_inputs(src):
    answers = []
    scen_dir = os.path.join(src, "tests", "scenarios")
    for name in sorted(os.listdir(scen_dir)):
        if name.endswith(".json"):
            with open(os.path.join(scen_dir, name), encoding="utf-8") as f:
                answers.append((name, json.load(f)["input"]))
    with open(os.path.join(src, "tests", "cli", "answers_example.json"), encoding="utf-8") as f:
        answers.append(("answers_example.json", json.load(f)))
    return answers


def answers_traps(run, work, answers, stride):
    """Nasty values at every top-level field, in each kind of answer, and in the calculators:
    every value at every place, or with stride N every N-th value, shifted per place."""
    name, base = answers[0]
    places = [("role",), ("language",), ("today",), ("answers",), ("calculators",)]
    places += [("answers", q) for q in ("schooling_years", "card_date", "languages", "age_band", "languages_other")]
    places += [("calculators", c) for c in ("loan_amount", "loan_rate_percent", "loan_payout", "price_per_hour")]
    f = os.path.join(work, "answers.json")
    for i, place in enumerate(places):
        for raw in NASTY[i % stride::stride]:
            doc = json.loads(json.dumps(base))
            doc.setdefault("calculators", {})
            put(doc, place, MARK.format(0))
            write(f, with_raw(doc, [raw]))
            run.call(f"answers {'/'.join(place)} = {raw[:20]}", ["run", "--answers", f, "--json"], [f])
    whole = json.dumps(base).encode()
    for cut in range(0, len(whole), max(1, len(whole) // 40)):
        write(f, whole[:cut])
        run.call(f"answers truncated at byte {cut}", ["run", "--answers", f], [f])
    for raw in (b"", b"\xef\xbb\xbf{}", b"\xff\xfe{\x00}\x00", b"[]", b"1e999", b"\"\\ud800\"", b"{" * 100000):
        write(f, raw)
        run.call(f"answers file {raw[:10]!r}", ["run", "--answers", f, "--json"], [f])


def answers_random(run, rng, work, answers, cases):
    f = os.path.join(work, "answers.json")
    for _ in range(cases):
        name, doc = rng.choice(answers)
        write(f, mutate(rng, doc, json.dumps(doc, ensure_ascii=False, indent=1).encode()))
        args = ["run", "--answers", f] + rng.choice([["--json"], [], ["--locale", "ar"], ["--json", "--locale", "en"]])
        run.call(f"mutated {name}", args, [f])


def summaries(run, rng, work, answers, cases):
    """A summary made by `run --json`, read back by `summary --in` after mutating it."""
    made = []
    f = os.path.join(work, "answers.json")
    for name, doc in answers:
        write(f, json.dumps(doc).encode())
        rc, out = run.call(f"summary of {name}", ["run", "--answers", f, "--json"], [f])
        if rc == 0:
            made.append((name, out))
    if not made:
        run.failures.append("no scenario gave a summary to mutate")
        return
    s = os.path.join(work, "summary.json")
    for name, text in made[:3]:
        run.call(f"summary of {name} read back", ["summary", "--in", write(s, text), "--format", "text"], [s])
    for _ in range(cases):
        name, text = rng.choice(made)
        write(s, mutate(rng, json.loads(text), text))
        fmt = rng.choice(["json", "text"])
        run.call(f"mutated summary of {name}", ["summary", "--in", s, "--format", fmt, "--locale", rng.choice(["nl", "ar"])], [s])


def content_files(run, rng, src, work, cases):
    """Copies of content/ and i18n/ with one file mutated, through every verb that reads them."""
    files = [("content", n) for n in sorted(os.listdir(os.path.join(src, "content"))) if n.endswith(".json")]
    files += [("i18n", n) for n in sorted(os.listdir(os.path.join(src, "i18n"))) if n.endswith(".json")]
    answers = os.path.join(src, "tests", "cli", "answers_example.json")
    root = os.path.join(work, "tree")
    for i in range(cases):
        shutil.rmtree(root, ignore_errors=True)
        shutil.copytree(os.path.join(src, "content"), os.path.join(root, "content"))
        shutil.copytree(os.path.join(src, "i18n"), os.path.join(root, "i18n"))
        folder, name = files[i % len(files)]
        path = os.path.join(root, folder, name)
        with open(path, "rb") as f:
            raw = f.read()
        write(path, mutate(rng, json.loads(raw), raw))
        c, t = os.path.join(root, "content"), os.path.join(root, "i18n")
        what = f"mutated {folder}/{name}"
        verbs = [["content", "check", c, "--i18n", t], ["languages", "--i18n", t],
                 ["run", "--answers", answers, "--json", "--content", c, "--i18n", t],
                 ["i18n-sample", "--content", c, "--i18n", t],
                 ["loan", "--amount", "8000", "--payout", "2026-03-01", "--start", "2029-09-01", "--content", c, "--i18n", t]]
        for args in verbs:
            run.call(what, args, [path])


def handover(run, rng, work, answers, cases):
    """Hand-over codes: keygen, seal summaries, then open mutated codes and use mutated key files."""
    keys = os.path.join(work, "keys")
    os.makedirs(keys, exist_ok=True)
    run.call("keygen", ["keygen", "--out", keys], [])
    pub, key = os.path.join(keys, "gemeente.pub"), os.path.join(keys, "gemeente.key")
    if not (os.path.exists(pub) and os.path.exists(key)):
        run.failures.append("keygen made no key pair")
        return
    f = os.path.join(work, "answers.json")
    codes = []
    for name, doc in answers[:6]:
        write(f, json.dumps(doc).encode())
        rc, summary = run.call(f"summary of {name}", ["run", "--answers", f, "--json"], [f])
        if rc != 0:
            continue
        rc, code = run.call(f"seal {name}", ["seal", "--key", pub, "--expires", "2027-01-01"], [], stdin=summary)
        if rc == 0:
            codes.append((name, code, summary))
    if not codes:
        run.failures.append("no summary could be sealed")
        return
    for name, code, _ in codes[:2]:
        run.call(f"open {name}", ["open", "--key", key, "--today", "2026-12-01", "--format", "text"], [key], stdin=code)
    bad_key = os.path.join(work, "bad.key")
    for _ in range(cases):
        name, code, summary = rng.choice(codes)
        kind = rng.random()
        if kind < 0.6:  # a code typed or scanned wrong
            run.call(f"mutated code of {name}", ["open", "--key", key, "--today", rng.choice(["2026-12-01", "2031-01-01"]),
                                                 "--format", rng.choice(["json", "text"])], [key],
                     stdin=mutate_bytes(rng, code))
        elif kind < 0.8:  # a damaged key file
            which = rng.choice([pub, key])
            with open(which, "rb") as src:
                write(bad_key, mutate_bytes(rng, src.read()))
            verb = ["open", "--key", bad_key] if which == key else ["seal", "--key", bad_key]
            run.call(f"mutated {os.path.basename(which)}", verb, [bad_key], stdin=code if which == key else summary)
        else:  # a damaged summary to seal
            run.call(f"seal mutated summary of {name}", ["seal", "--key", pub], [pub],
                     stdin=mutate(rng, json.loads(summary), summary))


CALC_FLAGS = {
    "loan": ["--amount", "--payout", "--start", "--finish", "--rate", "--months", "--schedule", "--json"],
    "timeline": ["--permit", "--duo-notice", "--pip", "--partner-dutch", "--together-since", "--turkish", "--json"],
    "route": ["--route", "--price-per-hour", "--materials", "--hours-per-week", "--retakes", "--hours", "--json"],
}
CALC_VALUES = ["8000", "0", "-1", "1e999", "nan", "inf", "0x10", "1e6", "1e7", "2147483648", "99999999999999999999",
               "1.78", "20.0001", "", " ", "2026-03-01", "2029-09-01", "1900-01-01", "9999-12-31", "0000-01-01",
               "2026-02-29", "2028-02-29", "b1", "z", "onderwijs", "b1_a2", "exemption", "\u0645", "--json"]


def calculators(run, rng, cases):
    for verb, flags in CALC_FLAGS.items():
        for flag in flags:
            for value in CALC_VALUES:
                run.call(f"{verb} {flag} {value!r}", [verb, flag, value], [])
    for _ in range(cases):
        verb = rng.choice(list(CALC_FLAGS))
        args = [verb]
        for _ in range(rng.randint(0, 8)):
            args.append(rng.choice(CALC_FLAGS[verb] + CALC_FLAGS[rng.choice(list(CALC_FLAGS))]))
            if rng.random() < 0.8:
                args.append(rng.choice(CALC_VALUES))
        run.call("random calculator flags", args, [])


def usage(run, src, work):
    """Verbs with missing, unknown or odd arguments, and files that are not files."""
    missing = os.path.join(work, "does-not-exist.json")
    folder = os.path.join(src, "content")
    for args in ([], ["help"], ["--help"], ["frobnicate"], [""], ["content"], ["content", "check", missing],
                 ["content", "check", "/"], ["content", "check", "--i18n"], ["content", "check", folder, "--i18n", missing],
                 ["languages", "--i18n", missing], ["languages", "--i18n", "/dev/null"], ["run"], ["run", "--answers"],
                 ["run", "--answers", missing], ["run", "--answers", folder], ["run", "--answers", "/dev/null"],
                 ["run", "--answers", os.path.join(src, "tests", "cli", "answers_example.json"), "--locale", "xx"],
                 ["run", "--answers", os.path.join(src, "tests", "cli", "answers_example.json"), "--today", "2026-02-30"],
                 ["run", "--answers", os.path.join(src, "tests", "cli", "answers_example.json"), "--content", missing],
                 ["summary"], ["summary", "--in"], ["summary", "--in", missing], ["summary", "--in", folder],
                 ["summary", "--in", "/dev/null"], ["summary", "--in", os.path.join(folder, "flow.json")],
                 ["summary", "--in", missing, "--format", "pdf"], ["i18n-sample", "--content", missing],
                 ["loan"], ["timeline"], ["route"], ["keygen"], ["keygen", "--out", missing + "/x"], ["seal"],
                 ["seal", "--key", missing], ["seal", "--key", folder], ["open"], ["open", "--key", missing],
                 ["open", "--key", os.path.join(folder, "flow.json")]):
        run.call("usage", args, [])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--src", required=True, help="the source tree (scenarios, content, i18n)")
    ap.add_argument("--work", required=True, help="a scratch folder (emptied first)")
    ap.add_argument("--cases", type=int, default=int(os.environ.get("WEGWIJS_ROBUSTNESS_CASES", "150")),
                    help="random cases per kind of input (default 150, or $WEGWIJS_ROBUSTNESS_CASES)")
    ap.add_argument("--seed", type=int, default=int(os.environ.get("WEGWIJS_ROBUSTNESS_SEED", "13")))
    ap.add_argument("--trap-stride", type=int, default=1, help="try every N-th trap per place (1: all)")
    ap.add_argument("--cpu-limit", type=float, default=1.0, help="CPU seconds a call may take")
    ap.add_argument("--hang", type=float, default=20.0, help="wall seconds after which a call counts as hung")
    ap.add_argument("--only", choices=["answers", "summary", "content", "calculators", "handover", "usage"], action="append")
    a = ap.parse_args()
    shutil.rmtree(a.work, ignore_errors=True)
    os.makedirs(a.work)
    rng = random.Random(a.seed)
    run = Runner(os.path.abspath(a.cli), a.work, a.cpu_limit, a.hang)
    answers = load_inputs(a.src)
    only = set(a.only or ["answers", "summary", "content", "calculators", "handover", "usage"])
    if "usage" in only:
        usage(run, a.src, a.work)
    if "answers" in only:
        answers_traps(run, a.work, answers, a.trap_stride)
        answers_random(run, rng, a.work, answers, a.cases)
    if "summary" in only:
        summaries(run, rng, a.work, answers, a.cases)
    if "content" in only:
        content_files(run, rng, a.src, a.work, max(1, a.cases // 3))
    if "handover" in only:
        handover(run, rng, a.work, answers, a.cases)
    if "calculators" in only:
        calculators(run, rng, a.cases)
    print(f"{run.calls} calls (seed {a.seed}): exit 0 x{run.codes[0]}, 1 x{run.codes[1]}, 2 x{run.codes[2]}; "
          f"{len(run.failures)} failure(s)")
    for f in run.failures:
        print(f"  {f}")
    return 1 if run.failures else 0


if __name__ == "__main__":
    sys.exit(main())
