#include "base/app_config.h"

#include <nlohmann/json.hpp>

#include <cstdlib>

#include "base/files.h"

namespace wegwijs {

bool ParseAppOptions(const std::vector<std::string>& args, AppOptions& out, std::string& error) {
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& dst) {
            if (i + 1 >= args.size()) {
                error = a + " needs a value";
                return false;
            }
            dst = args[++i];
            return true;
        };
        if (a == "--fullscreen") {
            out.fullscreen = true;
        } else if (a == "--windowed") {
            out.fullscreen = false;
        } else if (a == "--help" || a == "-h") {
            out.help = true;
        } else if (a == "--config") {
            if (!value(out.config_path)) return false;
        } else if (a == "--lang") {
            if (!value(out.lang)) return false;
        } else if (a == "--role") {
            if (!value(out.role)) return false;
        } else if (a == "--screen") {
            if (!value(out.screen)) return false;
        } else if (a == "--term") {
            if (!value(out.term)) return false;
        } else if (a == "--screenshot") {
            if (!value(out.screenshot)) return false;
        } else if (a == "--trace") {
            if (!value(out.trace)) return false;
        } else if (a == "--size") {
            std::string s;
            if (!value(s)) return false;
            const auto x = s.find('x');
            char* end1 = nullptr;
            char* end2 = nullptr;
            long w = x == std::string::npos ? 0 : std::strtol(s.c_str(), &end1, 10);
            long h = x == std::string::npos ? 0 : std::strtol(s.c_str() + x + 1, &end2, 10);
            if (x == std::string::npos || end1 != s.c_str() + x || *end2 != '\0' || w < 200 || h < 200 || w > 16384 || h > 16384) {
                error = "--size wants WIDTHxHEIGHT in pixels, e.g. 1920x1080, not \"" + s + "\"";
                return false;
            }
            out.width = static_cast<int>(w);
            out.height = static_cast<int>(h);
        } else {
            error = "unknown option \"" + a + "\" (see --help)";
            return false;
        }
    }
    return true;
}

std::string AppOptionsHelp() {
    return "usage: wegwijs-kiosk [--fullscreen | --windowed] [--size WxH] [--config FILE]\n"
           "                     [--lang CODE] [--role migrant|referent] [--screen ID] [--term ID]\n"
           "                     [--trace FILE]\n"
           "  --fullscreen     fill the primary monitor (the default for the kiosk)\n"
           "  --windowed       run in a window (development)\n"
           "  --config FILE    kiosk config (content and catalog folders, fonts, inactivity wipe);\n"
           "                   default: assets/kiosk.json of the source tree\n"
           "  --lang, --role, --screen   start at a given point (demos, screenshots)\n"
           "  --term ID        open \"what does this word mean?\" at a term of i18n/glossary.json\n"
           "  --screenshot F   write the 4th frame to F as PPM and quit (tests)\n"
           "  --trace F        append what each changed frame shows (screen, tappable widgets)\n"
           "                   to F as JSON lines, for tests that drive the kiosk by touch\n";
}

bool LoadAppConfig(const std::string& path, AppConfig& out, Problems& problems) {
    using nlohmann::json;
    auto text = ReadFile(path);
    if (!text) {
        problems.Add(path, "", "cannot read the config file");
        return false;
    }
    json j = json::parse(*text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        problems.Add(path, "", "not a JSON object");
        return false;
    }
    const size_t before = problems.size();
    const std::string base = path.find('/') == std::string::npos ? "." : path.substr(0, path.rfind('/'));
    auto resolve = [&](const std::string& p) { return p.empty() || p[0] == '/' ? p : base + "/" + p; };
    auto str = [&](const char* field, std::string& dst, bool is_path) {
        if (!j.contains(field)) return;
        if (!j[field].is_string()) {
            problems.Add(path, std::string("/") + field, "must be a text value");
            return;
        }
        dst = is_path ? resolve(j[field].get<std::string>()) : j[field].get<std::string>();
    };
    str("content_dir", out.content_dir, true);
    str("i18n_dir", out.i18n_dir, true);
    str("default_language", out.default_language, false);
    str("handover_key", out.handover_key, true);
    if (out.content_dir.empty()) problems.Add(path, "/content_dir", "missing: the folder with the content files");
    if (out.i18n_dir.empty()) problems.Add(path, "/i18n_dir", "missing: the folder with the translation catalogs");
    if (j.contains("fullscreen")) {
        if (j["fullscreen"].is_boolean())
            out.fullscreen = j["fullscreen"].get<bool>();
        else
            problems.Add(path, "/fullscreen", "must be true or false");
    }
    if (j.contains("inactivity_seconds")) {
        if (j["inactivity_seconds"].is_number_integer() && j["inactivity_seconds"].get<int>() >= 15)
            out.inactivity_seconds = j["inactivity_seconds"].get<int>();
        else
            problems.Add(path, "/inactivity_seconds", "must be a whole number of seconds, at least 15");
    }
    if (j.contains("warning_seconds")) {
        if (j["warning_seconds"].is_number_integer() && j["warning_seconds"].get<int>() >= 20 &&
            j["warning_seconds"].get<int>() <= 600)
            out.warning_seconds = j["warning_seconds"].get<int>();
        else
            problems.Add(path, "/warning_seconds", "must be a whole number of seconds, 20 to 600 (how long \"are you still there?\" waits)");
    }
    if (j.contains("attract")) {
        if (j["attract"].is_boolean())
            out.attract = j["attract"].get<bool>();
        else
            problems.Add(path, "/attract", "must be true or false");
    }
    if (j.contains("fonts")) {
        if (!j["fonts"].is_object()) {
            problems.Add(path, "/fonts", "must map scripts (latin, arabic, ...) to {regular, bold} font files");
        } else {
            for (auto it = j["fonts"].begin(); it != j["fonts"].end(); ++it) {
                const json& f = it.value();
                if (!f.is_object() || !f.contains("regular") || !f["regular"].is_string()) {
                    problems.Add(path, "/fonts/" + it.key() + "/regular", "missing: the regular font file");
                    continue;
                }
                FontFiles files;
                files.regular = resolve(f["regular"].get<std::string>());
                if (f.contains("bold") && f["bold"].is_string()) files.bold = resolve(f["bold"].get<std::string>());
                out.fonts[it.key()] = files;
            }
        }
    }
    if (!out.fonts.count("latin")) problems.Add(path, "/fonts/latin", "missing: the app needs a Latin-script font");
    if (j.contains("endonym_fonts") && j["endonym_fonts"].is_array())
        for (const auto& f : j["endonym_fonts"])
            if (f.is_string()) out.endonym_fonts.push_back(resolve(f.get<std::string>()));
    return problems.size() == before;
}

}  // namespace wegwijs
