// i18n/languages.json as a gemeente adding a language might edit it, beside
// small catalogs for nl, en and ar. Languages that load are used as the start
// screen and a language switch use them: each one chosen, its own name, an
// amount and a date formatted with its ICU locale id.
#include "fuzz_common.h"
#include "i18n/catalog.h"
#include "i18n/localizer.h"

using namespace wegwijs;

namespace {

std::string Folder() {
    const std::string dir = fuzz::ScratchDir() + "/i18n";
    std::filesystem::create_directories(dir);
    fuzz::WriteFile(dir + "/nl.json", R"({"language.name": "Nederlands", "nav.section": "Deel {n} van {total}"})");
    fuzz::WriteFile(dir + "/en.json", R"({"language.name": "English", "nav.section": "Part {n} of {total}"})");
    fuzz::WriteFile(dir + "/ar.json", "{\"language.name\": \"\u0627\u0644\u0639\u0631\u0628\u064a\u0629\"}");
    return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const std::string dir = Folder();
    fuzz::WriteFile(dir + "/languages.json", fuzz::AsText(data, size));
    Catalogs catalogs;
    Problems problems;
    if (!catalogs.Load(dir, problems)) return 0;
    Localizer l10n(catalogs);
    for (const auto& lang : catalogs.languages()) {
        l10n.SetLanguage(lang.code);
        (void)l10n.Format("language.name");
        (void)l10n.Format("nav.section", {{"n", int64_t{2}}, {"total", int64_t{6}}});
        (void)l10n.FormatMoney(1234.5);
        (void)l10n.FormatDate({2026, 3, 1});
    }
    return 0;
}
