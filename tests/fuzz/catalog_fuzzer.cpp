// A message catalog as a translator might edit it: the fuzzed file is the
// reference catalog nl.json, beside a small fixed en.json that falls back to
// it (so a translation is checked against fuzzed keys and arguments). A
// catalog that loads is used as the app uses it: every key formatted in both
// languages with sample arguments of every kind.
#include "fuzz_common.h"
#include "i18n/catalog.h"
#include "i18n/localizer.h"

using namespace wegwijs;

namespace {

std::string Folder() {
    const std::string dir = fuzz::ScratchDir() + "/i18n";
    std::filesystem::create_directories(dir);
    fuzz::WriteFile(dir + "/languages.json", R"({"languages": [
        {"code": "nl", "locale": "nl", "dir": "ltr", "script": "latin"},
        {"code": "en", "locale": "en", "dir": "ltr", "script": "latin", "fallback": "nl"}]})");
    fuzz::WriteFile(dir + "/en.json", R"({"language.name": "English",
        "nav.section": "Part {n} of {total}",
        "welcome.term": "{years, plural, one {# year} other {# years}}",
        "loan.amount": "{amount, number, :: currency/EUR}",
        "timeline.date": "{d, date, long}"})");
    return dir;
}

const Args& SampleArgs() {
    static const Args args = {{"n", int64_t{2}},         {"total", int64_t{6}},      {"years", int64_t{1}},
                              {"count", int64_t{0}},     {"amount", Money{10000.5}}, {"x", 12.75},
                              {"d", Date{2026, 3, 12}},  {"date", Date{2029, 2, 28}}, {"name", std::string("Amina")},
                              {"gemeente", std::string("Gemeente Wegwijs")}};
    return args;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const std::string dir = Folder();
    fuzz::WriteFile(dir + "/nl.json", fuzz::AsText(data, size));
    Catalogs catalogs;
    Problems problems;
    if (!catalogs.Load(dir, problems)) return 0;
    Localizer l10n(catalogs);
    for (const auto& lang : catalogs.languages()) {
        l10n.SetLanguage(lang.code);
        for (const auto& key : catalogs.Keys()) (void)l10n.Format(key, SampleArgs());
    }
    return 0;
}
