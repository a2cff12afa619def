// One ICU MessageFormat pattern, as a translator might write it, formatted
// in every shipped language (Arabic with its own digits rules included) with
// sample arguments of every kind the app passes: counts, amounts in euro,
// decimals, dates and text.
#include "fuzz_common.h"
#include "i18n/catalog.h"
#include "i18n/localizer.h"

using namespace wegwijs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static Catalogs catalogs = [] {
        Catalogs c;
        Problems p;
        if (!c.Load(fuzz::SourceDir() + "/i18n", p)) fuzz::Broken("the shipped catalogs load", p.ToString());
        return c;
    }();
    static Localizer l10n(catalogs);
    static const Args args = {{"n", int64_t{3}},          {"total", int64_t{6}},        {"years", int64_t{1}},
                              {"hours", int64_t{600}},    {"amount", Money{-0.005}},    {"x", 1e300},
                              {"rate", 1.78},             {"d", Date{2026, 2, 28}},     {"date", Date{1, 1, 1}},
                              {"name", std::string("\u0623\u0645\u064a\u0646\u0629")}, {"s", std::string()}};
    const std::string pattern(fuzz::AsText(data, size));
    for (const auto& lang : catalogs.languages()) {
        l10n.SetLanguage(lang.code);
        std::string error;
        (void)l10n.FormatPattern(pattern, args, &error);
    }
    return 0;
}
