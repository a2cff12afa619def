// One content file (WEGWIJS_FUZZ_FILE: screens.json, flow.json, facts.json or
// gemeente.json) as a gemeente might edit it, through Content::Load with the
// shipped catalogs and the other shipped content files. Content that loads is
// used as the app uses it: the calculators' figures, every block's arguments,
// and a walk through the flow for each role, skipping every question.
#include "fuzz_common.h"
#include "intake/calc_facts_reader.h"
#include "intake/engine.h"
#include "model/content.h"
#include "session/session.h"

using namespace wegwijs;

namespace {

const Catalogs& ShippedCatalogs() {
    static Catalogs catalogs = [] {
        Catalogs c;
        Problems p;
        if (!c.Load(fuzz::SourceDir() + "/i18n", p)) fuzz::Broken("the shipped catalogs load", p.ToString());
        return c;
    }();
    return catalogs;
}

void Use(const Content& content) {
    Problems problems;
    (void)intake::ReadCalcFacts(content, problems);
    for (const auto& screen : content.screens())
        for (const auto& block : screen.blocks) (void)content.ResolveArgs(block);
    for (const auto& role : content.flow().settings().roles) {
        Session session;
        FlowEngine engine(content, session);
        engine.SetToday({2026, 11, 28});
        engine.Answer(content.flow().settings().role_question, role);
        for (size_t guard = 0; guard <= content.screens().size() && engine.Next(); ++guard) (void)engine.Current();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const Catalogs& catalogs = ShippedCatalogs();
    static const std::string dir = fuzz::CopyOfShipped("content");
    fuzz::WriteFile(dir + "/" WEGWIJS_FUZZ_FILE, fuzz::AsText(data, size));
    Content content;
    Problems problems;
    if (content.Load(dir, catalogs, problems)) Use(content);
    else (void)problems.ToString();
    return 0;
}
