// The shipped catalogs and content, loaded once for the tests that need them.
#pragma once
#include "model/content.h"
#include "i18n/catalog.h"
#include "base/problems.h"

namespace wegwijs::test {

struct Shipped {
    Catalogs catalogs;
    Content content;
    Problems problems;
    Shipped() {
        catalogs.Load(WEGWIJS_SOURCE_DIR "/i18n", problems);
        content.Load(WEGWIJS_SOURCE_DIR "/content", catalogs, problems);
    }
};

inline const Shipped& Loaded() {
    static const Shipped shipped;
    return shipped;
}

}  // namespace wegwijs::test
