// The soak (issue 13): many scripted sessions through the real screens run
// headless, as a kiosk in a lobby sees them over months. Each session taps at
// random through the journey (answers, next, back, skip, folds, language
// switches, calculator buttons, "change" on the review) and ends the way
// sessions end: "Stoppen en wissen" with its confirmation, or the person
// walking away until the inactivity wipe. After every wipe the session must
// be empty (asserted: the program stops with the session's state if not).
//
//   build/native/bench_soak [SESSIONS=10000] [SEED=13]
//
// Prints resident memory and the size of Dear ImGui's own storage (windows,
// their id maps and state storage) after 100 sessions and at the end, and
// their ratio. These are figures to report, never timed assertions.
#include <imgui.h>
#include <imgui_internal.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "../tests/ui/ui_driver.h"

using wegwijs::test::UiDriver;
namespace ui = wegwijs::ui;

namespace {

long ResidentKiB() {
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return resident * 4;  // 4 KiB pages
}

struct ImGuiSizes {
    int windows = 0, ids = 0, state = 0, tables = 0;
    long total() const { return windows + ids + state + tables; }
};

ImGuiSizes Storage() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiSizes s;
    s.windows = g.Windows.Size;
    s.ids = g.WindowsById.Data.Size;
    for (ImGuiWindow* w : g.Windows) s.state += w->StateStorage.Data.Size + w->IDStack.Size;
    s.tables = g.Tables.GetAliveCount();
    return s;
}

bool AtStart(const UiDriver& d) {
    return d.app().screen() == ui::Screen::Language || d.app().screen() == ui::Screen::Attract;
}

void Report(const char* when, int sessions, long rss, const ImGuiSizes& s) {
    std::printf("%-14s %6d sessions  resident %7ld KiB  imgui windows %d, ids %d, state %d, tables %d\n", when, sessions, rss,
                s.windows, s.ids, s.state, s.tables);
}

}  // namespace

int main(int argc, char** argv) {
    const int sessions = argc > 1 ? std::atoi(argv[1]) : 10000;
    std::mt19937 rng(argc > 2 ? static_cast<unsigned>(std::atoi(argv[2])) : 13u);
    UiDriver d;
    if (!d.started()) {
        std::fprintf(stderr, "soak: the app did not start: %s\n", d.error().c_str());
        return 1;
    }
    long rss100 = 0;
    ImGuiSizes st100;
    int stops = 0, taps = 0, switches = 0;
    for (int n = 1; n <= sessions; ++n) {
        if (d.app().screen() == ui::Screen::Attract) d.TapId("##attract-start");
        // The language first, as everyone does; then a random walk.
        const int steps = 5 + static_cast<int>(rng() % 60);
        for (int i = 0; i < steps; ++i) {
            std::vector<std::string> ids;
            for (const auto& t : d.app().text().tappables())
                if (!t.id.empty() && t.id != "##top-stop" && t.id.rfind("##stop-", 0) != 0) ids.push_back(t.id);
            if (ids.empty()) break;
            const std::string id = ids[rng() % ids.size()];
            if (id == "##top-language") ++switches;
            d.TapId(id);
            ++taps;
            if (rng() % 8 == 0) d.Settle(0.4);  // auto-advance, glides
        }
        // How the session ends.
        if (rng() % 3 != 0) {
            if (d.TapId("##top-stop") && d.TapId("##stop-yes")) ++stops;
        }
        // Walking away: the wipe must come on any screen, the language screen included
        // (a language switch keeps the answers), within the timeout and the question.
        for (int wait = 0; !d.app().session().empty() && wait < 20; ++wait) d.Wait(60);
        d.Frames(2);
        if (!AtStart(d) || !d.app().session().empty()) {
            const auto& s = d.app().session();
            std::fprintf(stderr,
                         "soak: after session %d the session is not wiped: screen %d, language \"%s\", role \"%s\", "
                         "%zu answers, %zu screens of history, %zu drafts\n",
                         n, static_cast<int>(d.app().screen()), s.language.c_str(), s.role.c_str(), s.answers.size(),
                         s.history.size(), s.drafts.size());
            return 1;
        }
        if (n == 100) {
            rss100 = ResidentKiB();
            st100 = Storage();
            Report("after 100", n, rss100, st100);
        }
    }
    const long rss = ResidentKiB();
    const ImGuiSizes st = Storage();
    Report("at the end", sessions, rss, st);
    std::printf("%d taps, %d language-button taps, %d stop-and-erase, the rest wiped by inactivity\n", taps, switches, stops);
    if (rss100)
        std::printf("resident memory at the end / after 100: %.2f%%; imgui storage %ld -> %ld\n", 100.0 * rss / rss100,
                    st100.total(), st.total());
    return 0;
}
