#!/usr/bin/python3
"""Subsets Debian's Noto fonts to what the web page can show.

  latin.ttf     Noto Sans: every Latin-script character the catalogs and content
                use, plus printable ASCII and Latin-1/Extended-A (so names typed
                by a person render too). Loads with the page.
  arabic.ttf    Noto Sans Arabic: the Arabic block and every presentation form
                (the app shapes letters into them; typed text can need any).
                Fetched only when an Arabic-script language is chosen.
  endonyms.ttf  Noto Sans Arabic cut to the glyphs of the Arabic-script
                languages' own names and "choose your language" prompts, so the
                start screen shows them before arabic.ttf is fetched.

Run with Debian's python3 (fonttools): /usr/bin/python3 subset-fonts.py
  --i18n DIR --content DIR --out DIR
"""
import argparse
import json
import os
import sys
import unicodedata

from fontTools import subset

NOTO = "/usr/share/fonts/truetype/noto"
FONTS = {
    "latin": f"{NOTO}/NotoSans-Regular.ttf",
    "arabic": f"{NOTO}/NotoSansArabic-Regular.ttf",
}
PRESENTATION_FORMS = list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00))


def presentation_forms_of(letters):
    """Presentation forms whose base letters are all in `letters`."""
    out = set()
    for cp in PRESENTATION_FORMS:
        decomp = unicodedata.decomposition(chr(cp)).split()
        bases = [int(x, 16) for x in decomp if not x.startswith("<")]
        if bases and all(b in letters for b in bases):
            out.add(cp)
    return out


def run_subset(src, dst, codepoints):
    options = subset.Options()
    options.layout_features = []  # the app shapes with ICU; no OpenType shaping needed
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    font = subset.load_font(src, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codepoints))
    subsetter.subset(font)
    subset.save_font(font, dst, options)
    return os.path.getsize(dst)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--i18n", required=True)
    ap.add_argument("--content", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    with open(os.path.join(args.i18n, "languages.json"), encoding="utf-8") as f:
        languages = json.load(f)["languages"]
    text = {"latin": "", "arabic": ""}
    endonyms = ""
    for lang in languages:
        with open(os.path.join(args.i18n, lang["code"] + ".json"), encoding="utf-8") as f:
            catalog = json.load(f)
        script = lang["script"]
        if script not in text:
            sys.exit(f"subset-fonts: no font known for script '{script}' ({lang['code']}); add it to FONTS")
        text[script] += "".join(v for v in catalog.values() if isinstance(v, str))
        # Latin letters, digits and punctuation occur in every language's text.
        text["latin"] += "".join(v for v in catalog.values() if isinstance(v, str))
        if script != "latin":
            endonyms += catalog.get("language.name", "") + catalog.get("start.choose_language", "")
    for name in sorted(os.listdir(args.content)):
        if name.endswith(".json"):
            with open(os.path.join(args.content, name), encoding="utf-8") as f:
                text["latin"] += f.read()

    latin = {ord(c) for c in text["latin"] if ord(c) < 0x0590 or 0x1E00 <= ord(c) < 0x2C00}
    latin |= set(range(0x20, 0x7F)) | set(range(0xA0, 0x180)) | {0x20AC, 0x2013, 0x2014, 0x2018, 0x2019,
                                                                 0x201C, 0x201D, 0x2022, 0x2026, 0xFFFD}
    arabic_letters = set(range(0x0600, 0x0700))
    arabic = arabic_letters | set(PRESENTATION_FORMS) | {0x20, 0xA0}
    endonym_letters = {ord(c) for c in endonyms}
    endonym_glyphs = endonym_letters | presentation_forms_of(endonym_letters) | {0x20}

    os.makedirs(args.out, exist_ok=True)
    sizes = {
        "latin.ttf": run_subset(FONTS["latin"], os.path.join(args.out, "latin.ttf"), latin),
        "arabic.ttf": run_subset(FONTS["arabic"], os.path.join(args.out, "arabic.ttf"), arabic),
        "endonyms.ttf": run_subset(FONTS["arabic"], os.path.join(args.out, "endonyms.ttf"), endonym_glyphs),
    }
    print("subset-fonts: " + ", ".join(f"{k} {v // 1024} KB" for k, v in sizes.items()))


if __name__ == "__main__":
    main()
