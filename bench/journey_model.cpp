// The tap and time model of the journey (issue 14), measured on the real
// screens: the app runs headless (tests/ui/ui_driver), a persona answers by
// tapping what a person would tap (tiles for dates, the pad for numbers, one
// tap for a choice, Next or Skip), and every drag needed to bring a widget
// into view is counted. Time is modelled from what is on screen:
//
//   reading   words drawn on each screen (folded "read more" parts are not
//             drawn, so not counted; a line already read on an earlier screen,
//             like the part's name in the top bar, counts once) at the
//             persona's reading speed
//   deciding  3 s per answer tap (choosing), 1.5 s per other tap (Next, Skip,
//             a year or month tile leading to the next choice), 1.5 s per drag
//
// Personas are the UX audit's (../shared/reviews/ux-audit.md, section 1):
// Amina, a migrant at the kiosk (1920x1080) who reads at about 100 words a
// minute in her own language (Arabic) and answers everything, with 3 dates
// and 2 numbers; Mark, her referent, on a 390x844 phone, a fluent reader who
// skims at about 200 words a minute (Dutch). Prints a table per screen and a
// JSON summary line. Numbers to report, never assertions.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "../tests/ui/ui_driver.h"

using wegwijs::QuestionType;
using wegwijs::test::UiDriver;

namespace {

struct Persona {
    std::string name, role, lang;
    ImVec2 size;
    double words_per_minute;
    std::map<std::string, std::vector<std::string>> answers;  // question id -> option ids / ISO date / number
};

int Count(const std::string& t) {
    std::istringstream in(t);
    std::string w;
    int n = 0;
    while (in >> w) ++n;
    return n;
}

// Words a person reads on the screen: everything drawn, less the labels of
// the controls they do not read as text (Next, Back, tiles, pad keys); answer
// options are read. A line read on an earlier screen (the part's name in the
// top bar, a repeated hint) is recognised, not read again.
int Words(const UiDriver& ui, std::set<std::string>& read) {
    std::set<std::string> controls;
    for (const auto& t : ui.app().text().tappables())
        if (t.id.rfind("##opt-", 0) != 0 && t.id.rfind("##lang-", 0) != 0) controls.insert(t.label);
    int n = 0;
    for (const auto& t : ui.app().text().frame_texts()) {
        if (controls.count(t)) continue;
        if (!read.insert(t).second) continue;
        n += Count(t);
    }
    return n;
}

struct ScreenCost {
    std::string id;
    int words = 0, taps = 0, answer_taps = 0, drags = 0;
    bool scrolls = false;  // longer than one screenful on arrival
};

void Run(const Persona& p) {
    UiDriver ui({}, p.size);
    if (!ui.started()) {
        std::printf("cannot start: %s\n", ui.error().c_str());
        return;
    }
    std::vector<ScreenCost> costs;
    std::set<std::string> read;
    auto screen = [&] { return ui.app().screen() == wegwijs::ui::Screen::Language ? std::string("language") : ui.app().engine()->CurrentScreen().id; };
    // The language screen.
    ScreenCost lang{"language", Words(ui, read), 0, 0, 0};
    int t0 = ui.taps(), d0 = ui.drags();
    ui.TapId("##lang-" + p.lang);
    lang.taps = ui.taps() - t0;
    lang.answer_taps = lang.taps;
    lang.drags = ui.drags() - d0;
    costs.push_back(lang);
    for (int guard = 0; guard < 60 && screen() != "finish"; ++guard) {
        const std::string id = screen();
        ScreenCost c{id, Words(ui, read), 0, 0, 0, ui.app().scroll_max() > 1};
        t0 = ui.taps();
        d0 = ui.drags();
        int answer_taps = 0;
        for (const auto& q : ui.app().engine()->Current().questions) {
            auto a = q.id == "role" ? std::vector<std::string>{p.role} : std::vector<std::string>{};
            if (auto it = p.answers.find(q.id); it != p.answers.end()) a = it->second;
            if (a.empty()) continue;
            switch (q.type) {
                case QuestionType::Single:
                case QuestionType::YesNo:
                case QuestionType::Multi:
                    for (const auto& o : a) answer_taps += ui.TapId("##opt-" + o) ? 1 : 0;
                    break;
                case QuestionType::Date: {
                    const std::string& d = a[0];
                    ui.TapId("##year-" + d.substr(0, 4));
                    ui.TapId("##month-" + std::to_string(std::stoi(d.substr(5, 2))));
                    answer_taps += ui.TapId("##day-" + std::to_string(std::stoi(d.substr(8, 2)))) ? 1 : 0;
                    break;
                }
                case QuestionType::Number:
                    for (char ch : a[0]) answer_taps += ui.TapId(std::string("##pad-") + ch) ? 1 : 0;
                    break;
                case QuestionType::Text: break;
            }
        }
        ui.Settle(0.6);  // a one-tap answer moves on by itself
        if (screen() == id && !ui.TapId("##next") && !ui.TapId("##skip")) {
            std::printf("stuck on %s\n", id.c_str());
            break;
        }
        c.taps = ui.taps() - t0;
        c.answer_taps = answer_taps;
        c.drags = ui.drags() - d0;
        costs.push_back(c);
    }
    costs.push_back({"finish", Words(ui, read), 0, 0, 0, ui.app().scroll_max() > 1});

    int taps = 0, drags = 0, words = 0, answer_taps = 0, scrolling = 0;
    double seconds = 0;
    std::printf("\n## %s (%s, %s, %.0fx%.0f, %.0f words/min)\n", p.name.c_str(), p.role.c_str(), p.lang.c_str(), p.size.x,
                p.size.y, p.words_per_minute);
    std::printf("%-16s %6s %5s %6s %6s %s\n", "screen", "words", "taps", "drags", "secs", "scrolls");
    for (const auto& c : costs) {
        const double s = c.words / p.words_per_minute * 60 + c.answer_taps * 3.0 + (c.taps - c.answer_taps) * 1.5 + c.drags * 1.5;
        std::printf("%-16s %6d %5d %6d %6.0f %s\n", c.id.c_str(), c.words, c.taps, c.drags, s, c.scrolls ? "yes" : "");
        scrolling += c.scrolls ? 1 : 0;
        taps += c.taps;
        drags += c.drags;
        words += c.words;
        answer_taps += c.answer_taps;
        seconds += s;
    }
    std::printf("total: %zu screens (%d longer than one screenful), %d taps (%d of them answers), %d drags, %d words, about %.1f minutes\n",
                costs.size(), scrolling, taps, answer_taps, drags, words, seconds / 60);
    std::printf("{\"persona\":\"%s\",\"screens\":%zu,\"scrolling_screens\":%d,\"taps\":%d,\"drags\":%d,\"words\":%d,\"minutes\":%.1f}\n",
                p.name.c_str(), costs.size(), scrolling, taps, drags, words, seconds / 60);
}

}  // namespace

int main() {
    std::map<std::string, std::vector<std::string>> amina = {
        {"card_date", {"2026-09-15"}},      {"duo_letter_date", {"2026-10-20"}}, {"age_band", {"30_49"}},
        {"schooling_years", {"6"}},         {"schooling_level", {"primary"}},    {"latin_script", {"a_little"}},
        {"languages", {"arabic"}},          {"dutch_level", {"words"}},          {"work_experience", {"no"}},
        {"goal", {"work"}},                 {"learning_hours", {"10"}},          {"children_care", {"yes"}},
        {"partner_dutch", {"yes"}},         {"together_since", {"2025-06-15"}},  {"bring_referent", {"yes"}},
        {"topics", {"work", "loan"}},
    };
    Run({"Amina, migrant at the kiosk", "migrant", "ar", ImVec2(1920, 1080), 100, amina});
    Run({"Mark, referent on a phone", "referent", "nl", ImVec2(390, 844), 200, amina});
    return 0;
}
