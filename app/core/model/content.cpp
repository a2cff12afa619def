#include "model/content.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "model/parse.h"
#include "base/files.h"
#include "model/check.h"

namespace wegwijs {
namespace {

using nlohmann::json;

std::optional<json> ReadJson(const std::string& path, Problems& out) {
    auto text = ReadFile(path);
    if (!text) {
        out.Add(path, "", "cannot read the file");
        return std::nullopt;
    }
    try {
        return json::parse(*text);
    } catch (const json::exception& e) {  // parse_error, or out_of_range for a number such as 1e999
        out.Add(path, "", std::string("not valid JSON: ") + e.what());
        return std::nullopt;
    }
}

void LoadFacts(const std::string& path, const json& j, std::map<std::string, Fact>& facts, Problems& out) {
    if (!j.is_object() || !j.contains("facts") || !j["facts"].is_object()) {
        out.Add(path, "/facts", "must be an object mapping fact ids to facts");
        return;
    }
    for (auto it = j["facts"].begin(); it != j["facts"].end(); ++it) {
        const std::string where = "/facts/" + it.key();
        const json& f = it.value();
        Fact fact;
        fact.id = it.key();
        if (!f.is_object()) {
            out.Add(path, where, "must be an object");
            continue;
        }
        auto text = [&](const char* field, std::string& dst) {
            if (f.contains(field) && f[field].is_string() && !f[field].get<std::string>().empty())
                dst = f[field].get<std::string>();
            else
                out.Add(path, where + "/" + field, std::string("missing: every fact needs a ") + field +
                                                    (std::string(field) == "status" ? " (its confidence: V, V2, SEED or U, as in shared/facts.md)" : ""));
        };
        text("status", fact.status);
        text("source", fact.source);
        std::string checked;
        text("checked", checked);
        if (!checked.empty()) {
            if (auto d = ParseIsoDate(checked))
                fact.checked = *d;
            else
                out.Add(path, where + "/checked", "\"" + checked + "\" is not a date (YYYY-MM-DD)");
        }
        if (!fact.status.empty() && ConfidenceRank(fact.status) < 0)
            out.Add(path, where + "/status",
                    "unknown confidence \"" + fact.status + "\": must be V, V2, SEED or U (the labels of shared/facts.md)");
        if (f.contains("check_with")) {
            if (f["check_with"].is_string()) fact.check_with = f["check_with"].get<std::string>();
            if (fact.check_with != "DUO" && fact.check_with != "IND" && fact.check_with != "gemeente")
                out.Add(path, where + "/check_with", "must be \"DUO\", \"IND\" or \"gemeente\": who to check the figure with");
        } else if (!fact.status.empty() && fact.status != "V" && ConfidenceRank(fact.status) >= 0) {
            out.Add(path, where + "/check_with",
                    "missing: a fact that is not V (" + fact.status + ") needs check_with (DUO, IND or gemeente), for its hedge");
        }
        if (f.contains("unit") && f["unit"].is_string()) fact.unit = f["unit"].get<std::string>();
        if (f.contains("units") && f["units"].is_object())
            for (auto u = f["units"].begin(); u != f["units"].end(); ++u)
                if (u.value().is_string()) fact.units[u.key()] = u.value().get<std::string>();
        if (!f.contains("values") || !f["values"].is_object() || f["values"].empty()) {
            out.Add(path, where + "/values", "missing: a fact needs at least one value");
        } else {
            for (auto v = f["values"].begin(); v != f["values"].end(); ++v) {
                if (v.value().is_number()) {
                    fact.numbers[v.key()] = v.value().get<double>();
                } else if (v.value().is_string() && ParseIsoDate(v.value().get<std::string>())) {
                    fact.dates[v.key()] = *ParseIsoDate(v.value().get<std::string>());
                } else {
                    out.Add(path, where + "/values/" + v.key(), "must be a number or a date (YYYY-MM-DD)");
                }
            }
        }
        facts[fact.id] = std::move(fact);
    }
}

void LoadGemeente(const std::string& path, const json& j, GemeenteProfile& gemeente, Problems& out) {
    if (!j.is_object()) {
        out.Add(path, "", "must be an object of named text fields");
        return;
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (it.key() == "handover_days") {  // the one number: days a hand-over code opens
            if (it.value().is_number_integer() && it.value().get<int64_t>() >= 1 && it.value().get<int64_t>() <= 365)
                gemeente.handover_days = it.value().get<int>();
            else
                out.Add(path, "/handover_days", "must be a whole number of days from 1 to 365");
        } else if (it.value().is_string()) {
            gemeente.fields[it.key()] = it.value().get<std::string>();
        } else {
            out.Add(path, "/" + it.key(), "must be a text value");
        }
    }
    for (const char* required : {"name", "phone", "address", "hours", "website"})
        if (!gemeente.fields.count(required)) out.Add(path, std::string("/") + required, "missing: the gemeente profile needs it");
}

}  // namespace

bool Content::Load(const std::string& dir, const Catalogs& catalogs, Problems& out) {
    const size_t before = out.size();
    facts_.clear();
    flow_ = Flow{};
    gemeente_ = {};
    const std::string facts_path = dir + "/facts.json";
    const std::string gemeente_path = dir + "/gemeente.json";
    const std::string screens_path = dir + "/screens.json";
    const std::string flow_path = dir + "/flow.json";

    if (auto j = ReadJson(facts_path, out)) LoadFacts(facts_path, *j, facts_, out);
    if (auto j = ReadJson(gemeente_path, out)) LoadGemeente(gemeente_path, *j, gemeente_, out);

    const auto keys = catalogs.Keys();  // sorted: they come from a std::map
    // Each fact that is not V is shown with its hedge: the catalogs need it.
    for (const auto& [id, fact] : facts_) {
        const std::string hedge = fact.HedgeKey();
        if (!hedge.empty() && !fact.check_with.empty() && !std::binary_search(keys.begin(), keys.end(), hedge))
            out.Add(facts_path, "/facts/" + id + "/check_with", "its hedge \"" + hedge + "\" is not in the catalogs");
    }
    ContentParser parser(keys, facts_, gemeente_, out);
    auto flow_json = ReadJson(flow_path, out);
    if (flow_json) flow_.mutable_settings() = parser.Settings(flow_path, *flow_json);
    auto screens_json = ReadJson(screens_path, out);
    if (screens_json) flow_.mutable_screens() = parser.Screens(screens_path, *screens_json);
    flow_.Index();
    // Whole-flow checks run even after other problems (a typo in one key should
    // not hide a dangling "next"), but only on files that are JSON at all.
    if (flow_json && screens_json) CheckFlow(flow_, flow_path, out);
    return out.size() == before;
}

const Fact* Content::FindFact(const std::string& id) const {
    auto it = facts_.find(id);
    return it == facts_.end() ? nullptr : &it->second;
}

Args Content::ResolveArgs(const Block& b) const {
    Args args;
    for (const auto& [name, spec] : b.args) {
        if (spec.kind == ArgSpec::Kind::GemeenteField) {
            auto it = gemeente_.fields.find(spec.value);
            args.push_back({name, it != gemeente_.fields.end() ? it->second : std::string()});
            continue;
        }
        const Fact* f = FindFact(spec.fact);
        if (!f) continue;
        if (spec.value == "checked") {
            args.push_back({name, f->checked});
        } else if (auto d = f->dates.find(spec.value); d != f->dates.end()) {
            args.push_back({name, d->second});
        } else if (auto n = f->numbers.find(spec.value); n != f->numbers.end()) {
            if (f->UnitOf(spec.value) == "EUR")
                args.push_back({name, Money{n->second}});
            else if (n->second == static_cast<double>(static_cast<int64_t>(n->second)))
                args.push_back({name, static_cast<int64_t>(n->second)});
            else
                args.push_back({name, n->second});
        }
    }
    return args;
}

std::string Content::Text(Localizer& l10n, const Block& b) const { return l10n.Format(b.text, ResolveArgs(b)); }

std::string Content::AllText() const {
    std::string all;
    for (const auto& [k, v] : gemeente_.fields) all += v + "\n";
    return all;
}

}  // namespace wegwijs
