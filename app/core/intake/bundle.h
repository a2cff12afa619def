// Everything Wegwijs reads before it can talk to a person: the catalogs
// (i18n/), the content (content/: screens, flow, facts, gemeente profile) and
// the calculators' figures from the facts. One loader for the kiosk, the web
// page, the CLI and the tests, so they all refuse the same bad files with the
// same problems (file, JSON path, what is wrong).
#pragma once
#include <string>

#include "base/problems.h"
#include "calc/calc_facts.h"
#include "i18n/catalog.h"
#include "i18n/keyboards.h"
#include "model/content.h"

namespace wegwijs::intake {

struct BundleDirs {
    std::string i18n;     // catalogs, languages.json, keyboards.json
    std::string content;  // screens.json, flow.json, facts.json, gemeente.json
};

struct Bundle {
    Catalogs catalogs;
    Content content;       // checked against the catalogs, flow included
    calc::CalcFacts facts;  // read from content's facts
    KeyboardLayouts keyboards;  // the on-screen keyboard (i18n/keyboards.json)
    std::string content_dir;    // where content came from: its fingerprint (fingerprint.h) is
                                // made from it when a summary is made, not at start-up
    // False when the catalogs did not load, so content was not checked yet.
    bool catalogs_loaded = false;

    Bundle() = default;
    Bundle(const Bundle&) = delete;  // a Localizer or engine may point into it
    Bundle& operator=(const Bundle&) = delete;
};

// Loads and checks all of it into `out`; true when nothing is wrong. Every
// problem is added to `problems`; a bundle with problems must not be used.
bool LoadBundle(const BundleDirs& dirs, Bundle& out, Problems& problems);

}  // namespace wegwijs::intake
