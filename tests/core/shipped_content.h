// The shipped catalogs and content, loaded once for the tests that need them.
#pragma once
#include "base/problems.h"
#include "intake/bundle.h"

namespace wegwijs::test {

// Loaded the way the kiosk, the page and the CLI load them.
struct Shipped {
    intake::Bundle bundle;
    Problems problems;
    const Catalogs& catalogs = bundle.catalogs;
    const Content& content = bundle.content;
    const calc::CalcFacts& facts = bundle.facts;
    Shipped() { intake::LoadBundle({WEGWIJS_SOURCE_DIR "/i18n", WEGWIJS_SOURCE_DIR "/content"}, bundle, problems); }
};

inline const Shipped& Loaded() {
    static const Shipped shipped;
    return shipped;
}

}  // namespace wegwijs::test
