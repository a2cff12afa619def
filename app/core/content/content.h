// The content model: what the app says, as data in content/ (JSON).
//
//   content/facts.json     checked figures: id (from shared/facts.md), values,
//                          unit, status (V, V2, U), source, check date
//   content/gemeente.json  the gemeente profile: name, desk, hours, links
//   content/screens.json   screens made of blocks; every visible string is a
//                          catalog key, every figure a reference to a fact
//
// Load() reads and validates all of it against the catalogs; every problem
// names the file, the JSON path and what is wrong.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "date.h"
#include "i18n/catalog.h"
#include "i18n/localizer.h"
#include "problems.h"

namespace wegwijs {

struct Fact {
    std::string id;
    std::string status;  // "V", "V2", "U" (unverified: show as "check with DUO/IND")
    std::string source;
    Date checked;
    std::string unit;                          // default unit of numeric values: "EUR", "hours", ...
    std::map<std::string, double> numbers;     // value name -> number
    std::map<std::string, Date> dates;         // value name -> date
    std::map<std::string, std::string> units;  // per-value unit overrides
    std::string UnitOf(const std::string& value) const;
};

// A message argument as content describes it.
struct ArgSpec {
    enum class Kind { FactValue, GemeenteField };
    Kind kind = Kind::FactValue;
    std::string fact;   // FactValue: fact id
    std::string value;  // FactValue: value name; GemeenteField: field name
};

struct Block {
    std::string type;  // "heading", "paragraph", "bullet", "note", "sources"
    std::string text;  // catalog key
    std::map<std::string, ArgSpec> args;
};

struct Screen {
    std::string id;
    std::string title;  // catalog key
    std::vector<Block> blocks;
    std::vector<std::string> FactIds() const;  // facts its blocks use, in order
};

struct GemeenteProfile {
    std::map<std::string, std::string> fields;  // name, phone, email, address, hours, website...
};

class Content {
public:
    bool Load(const std::string& dir, const Catalogs& catalogs, Problems& out);

    const Fact* FindFact(const std::string& id) const;
    const Screen* FindScreen(const std::string& id) const;
    const std::vector<Screen>& screens() const { return screens_; }
    const GemeenteProfile& gemeente() const { return gemeente_; }

    // The message arguments of a block, resolved from facts and the profile.
    Args ResolveArgs(const Block& b) const;
    // A block's text, formatted in the localizer's language.
    std::string Text(Localizer& l10n, const Block& b) const;

    // Every string content shows that is not in a catalog (gemeente profile).
    std::string AllText() const;

private:
    std::map<std::string, Fact> facts_;
    std::vector<Screen> screens_;
    GemeenteProfile gemeente_;
};

}  // namespace wegwijs
