#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, made from the shipped files (issue 13).

Nothing here is committed: every run makes the seeds anew from the source
tree, so they follow the content and catalogs as they change.

  make_seeds.py --src . --out build/fuzz/fuzz-seeds [--cli build/fuzz/wegwijs-cli]

  content_screens   content/screens.json whole, and one screen per file
  content_flow      content/flow.json whole, and without each top-level field
  content_facts     content/facts.json whole, and one fact per file
  content_gemeente  content/gemeente.json whole, and without each field
  catalog           every catalog cut into files of 12 keys (small inputs
                    run fast; whole catalogs are too slow to fuzz)
  messageformat     every distinct pattern of every catalog
  languages         i18n/languages.json, and one language per file
  config            assets/kiosk.json, web-build/config.json, kiosk command lines
  answers           the answers part of every scenario, the CLI example, and
                    the tests' bad answers
  summary           the summary `run --json` makes of each of those (needs --cli)
  handover          those summaries as payloads to seal and open, and codes as typed
The hand-made seeds in tests/fuzz/seeds/<target>/ are copied in too.
"""
import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


class Seeds:
    def __init__(self, out):
        self.out = out
        self.count = {}

    def add(self, target, data):
        if isinstance(data, (dict, list)):
            data = json.dumps(data, ensure_ascii=False, indent=1)
        if isinstance(data, str):
            data = data.encode("utf-8")
        folder = os.path.join(self.out, target)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, hashlib.sha1(data).hexdigest()), "wb") as f:
            f.write(data)
        self.count[target] = self.count.get(target, 0) + 1


def without_each(seeds, target, doc):
    seeds.add(target, doc)
    for key in doc:
        seeds.add(target, {k: v for k, v in doc.items() if k != key})


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--cli", help="wegwijs-cli, to make summaries")
    a = ap.parse_args()
    src = a.src
    shutil.rmtree(a.out, ignore_errors=True)
    seeds = Seeds(a.out)

    screens = load(os.path.join(src, "content", "screens.json"))
    seeds.add("content_screens", screens)
    for s in screens["screens"]:
        seeds.add("content_screens", {"screens": [s]})
    without_each(seeds, "content_flow", load(os.path.join(src, "content", "flow.json")))
    facts = load(os.path.join(src, "content", "facts.json"))
    seeds.add("content_facts", facts)
    for k, v in facts["facts"].items():
        seeds.add("content_facts", {"facts": {k: v}})
    without_each(seeds, "content_gemeente", load(os.path.join(src, "content", "gemeente.json")))

    i18n = os.path.join(src, "i18n")
    languages = load(os.path.join(i18n, "languages.json"))
    seeds.add("languages", languages)
    for lang in languages["languages"]:
        seeds.add("languages", {"languages": [lang]})
    patterns = set()
    for lang in languages["languages"]:
        catalog = load(os.path.join(i18n, lang["code"] + ".json"))
        items = list(catalog.items())
        for i in range(0, len(items), 12):
            seeds.add("catalog", dict([("language.name", catalog.get("language.name", "x"))] + items[i:i + 12]))
        patterns.update(v for v in catalog.values() if isinstance(v, str) and v)
    for p in sorted(patterns):
        seeds.add("messageformat", p)

    seeds.add("config", open(os.path.join(src, "assets", "kiosk.json"), "rb").read())
    seeds.add("config", open(os.path.join(src, "web-build", "config.json"), "rb").read())
    for line in (["--windowed", "--size", "1920x1080", "--lang", "ar", "--role", "migrant", "--screen", "loan"],
                 ["--fullscreen", "--config", "assets/kiosk.json", "--trace", "/tmp/trace.jsonl"], ["--help"]):
        seeds.add("config", "\n".join(line))

    answers = [load(os.path.join(src, "tests", "cli", "answers_example.json"))]
    scen = os.path.join(src, "tests", "scenarios")
    answers += [load(os.path.join(scen, n))["input"] for n in sorted(os.listdir(scen)) if n.endswith(".json")]
    for doc in answers:
        seeds.add("answers", doc)

    for code in ("WW1:", "WW2:ABC", "ww1: 0ab\n", "WW1:" + "0" * 60, "WW1:" + "Z" * 3, ""):
        seeds.add("handover", b"\x00" + code.encode())  # codes as typed: refused at the checks
    hand = os.path.join(src, "tests", "fuzz", "seeds")
    if os.path.isdir(hand):
        for target in sorted(os.listdir(hand)):
            for name in sorted(os.listdir(os.path.join(hand, target))):
                seeds.add(target, open(os.path.join(hand, target, name), "rb").read())

    if a.cli:
        with tempfile.TemporaryDirectory() as tmp:
            for i, doc in enumerate(answers):
                path = os.path.join(tmp, f"{i}.json")
                with open(path, "w", encoding="utf-8") as f:
                    json.dump(doc, f)
                p = subprocess.run([a.cli, "run", "--answers", path, "--json"], capture_output=True)
                if p.returncode == 0:
                    seeds.add("summary", p.stdout)
                    seeds.add("handover", b"\x01" + p.stdout)  # sealed, then opened
        if not seeds.count.get("summary"):
            print("make_seeds: no summary made (is the content valid?)", file=sys.stderr)
            return 1
    print("seeds: " + ", ".join(f"{t} {n}" for t, n in sorted(seeds.count.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
