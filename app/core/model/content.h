// The content model: what the app says, as data in content/ (JSON).
//
//   content/facts.json     checked figures: id (from shared/facts.md), values,
//                          unit, status (V, V2, U), source, check date
//   content/gemeente.json  the gemeente profile: name, desk, hours, links
//   content/screens.json   screens made of blocks and questions, with their
//                          branching; every visible string is a catalog key,
//                          every figure a reference to a fact
//   content/flow.json      the journey: start screen, roles, indicative route
//                          rules, topics to discuss
//
// Load() reads and validates all of it against the catalogs, including the
// whole flow (flow/check.h); every problem names the file, the JSON path and
// what is wrong. The types are in content/model.h, the flow in flow/flow.h.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/model.h"
#include "base/date.h"
#include "model/flow.h"
#include "i18n/catalog.h"
#include "i18n/localizer.h"
#include "base/problems.h"

namespace wegwijs {

class Content {
public:
    bool Load(const std::string& dir, const Catalogs& catalogs, Problems& out);

    const Fact* FindFact(const std::string& id) const;
    const std::map<std::string, Fact>& facts() const { return facts_; }
    const Screen* FindScreen(const std::string& id) const { return flow_.FindScreen(id); }
    const std::vector<Screen>& screens() const { return flow_.screens(); }
    const Flow& flow() const { return flow_; }
    const GemeenteProfile& gemeente() const { return gemeente_; }

    // The message arguments of a block, resolved from facts and the profile.
    Args ResolveArgs(const Block& b) const;
    // A block's text, formatted in the localizer's language.
    std::string Text(Localizer& l10n, const Block& b) const;

    // Every string content shows that is not in a catalog (gemeente profile).
    std::string AllText() const;

private:
    std::map<std::string, Fact> facts_;
    Flow flow_;
    GemeenteProfile gemeente_;
};

}  // namespace wegwijs
