// Verbs about content and catalogs: content check, languages, i18n-sample.
#include <cstdio>

#include "intake/bundle.h"
#include "cli/verbs.h"
#include "model/content.h"
#include "i18n/catalog.h"
#include "i18n/localizer.h"
#include "text/layout.h"

namespace wegwijs::cli {

std::string DefaultContentDir() { return WEGWIJS_SOURCE_DIR "/content"; }
std::string DefaultI18nDir() { return WEGWIJS_SOURCE_DIR "/i18n"; }

std::string Flag(const Args& args, const std::string& name, const std::string& fallback) {
    for (size_t i = 0; i + 1 < args.size(); ++i)
        if (args[i] == name) return args[i + 1];
    return fallback;
}

bool HasFlag(const Args& args, const std::string& name) {
    for (const auto& a : args)
        if (a == name) return true;
    return false;
}

bool LoadBundle(const Args& args, intake::Bundle& bundle) {
    Problems problems;
    if (intake::LoadBundle({Flag(args, "--i18n", DefaultI18nDir()), Flag(args, "--content", DefaultContentDir())}, bundle,
                           problems))
        return true;
    std::fputs(problems.ToString().c_str(), stderr);
    std::fputs("the content is not valid (wegwijs-cli content check)\n", stderr);
    return false;
}

int ContentCheck(const Args& args) {
    std::string dir = DefaultContentDir();
    if (!args.empty() && args[0].rfind("--", 0) != 0) dir = args[0];
    while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
    const std::string parent = dir.find('/') == std::string::npos ? "." : dir.substr(0, dir.rfind('/'));
    const std::string i18n = Flag(args, "--i18n", parent + "/i18n");
    Problems problems;
    intake::Bundle bundle;
    intake::LoadBundle({i18n, dir}, bundle, problems);
    const bool catalogs_ok = bundle.catalogs_loaded;
    const Catalogs& catalogs = bundle.catalogs;
    const Content& content = bundle.content;
    if (!problems.empty()) {
        std::fputs(problems.ToString().c_str(), stderr);
        std::fprintf(stderr, "%zu problem%s found%s\n", problems.size(), problems.size() == 1 ? "" : "s",
                     catalogs_ok ? "" : " (content not checked until the catalogs load)");
        return 1;
    }
    std::printf("content OK: %zu screens in %zu sections, %zu questions, %zu languages (%s, %s)\n", content.screens().size(),
                content.flow().settings().sections.size(), content.flow().Questions().size(), catalogs.languages().size(),
                dir.c_str(), i18n.c_str());
    return 0;
}

int Languages(const Args& args) {
    Problems problems;
    Catalogs catalogs;
    if (!catalogs.Load(Flag(args, "--i18n", DefaultI18nDir()), problems)) {
        std::fputs(problems.ToString().c_str(), stderr);
        return 1;
    }
    for (const auto& l : catalogs.languages())
        std::printf("%s\t%s\t%s\t%s\n", l.code.c_str(), l.rtl ? "rtl" : "ltr", l.script.c_str(), l.endonym.c_str());
    return 0;
}

int I18nSample(const Args& args) {
    intake::Bundle bundle;
    if (!LoadBundle(args, bundle)) return 1;
    const Catalogs& catalogs = bundle.catalogs;
    const Content& content = bundle.content;
    Localizer l10n(catalogs);
    // One unit per code point: line breaking is compared, not font metrics.
    auto measure = [](std::string_view s) { return static_cast<float>(text::CodePoints(s).size()); };
    for (const auto& lang : catalogs.languages()) {
        l10n.SetLanguage(lang.code);
        std::printf("== %s (%s)\n", lang.code.c_str(), lang.locale.c_str());
        std::printf("money: %s | date: %s\n", l10n.FormatMoney(1234.5).c_str(), l10n.FormatDate({2026, 3, 1}).c_str());
        const auto& sections = content.flow().settings().sections;
        for (size_t i = 0; i < sections.size(); ++i) {
            const std::string part = l10n.Format("nav.section", {{"n", int64_t(i + 1)}, {"total", int64_t(sections.size())}});
            for (const auto& role : content.flow().settings().roles)
                std::printf("{%s} %s: %s (%s)\n", sections[i].id.c_str(), part.c_str(), l10n.Format(sections[i].title.For(role)).c_str(),
                            role.c_str());
        }
        for (const auto& screen : content.screens()) {
            std::printf("[%s] %s\n", screen.id.c_str(), l10n.Format(screen.title).c_str());
            for (const auto& block : screen.blocks) {
                if (block.type == "sources") continue;
                const std::string s = content.Text(l10n, block);
                std::printf("%s\n", s.c_str());
                for (const auto& line : text::LayoutParagraph(s, 40, lang.rtl, measure))
                    std::printf("  | %s\n", line.visual.c_str());
            }
        }
    }
    return 0;
}

}  // namespace wegwijs::cli
