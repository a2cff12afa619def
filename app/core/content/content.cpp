#include "content/content.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "files.h"

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
    } catch (const json::parse_error& e) {
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
                out.Add(path, where + "/" + field, "missing: every fact needs a " + std::string(field));
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
        if (!fact.status.empty() && fact.status != "V" && fact.status != "V2" && fact.status != "U")
            out.Add(path, where + "/status", "must be V, V2 or U (see shared/facts.md), not \"" + fact.status + "\"");
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

}  // namespace

std::string Fact::UnitOf(const std::string& value) const {
    auto it = units.find(value);
    return it != units.end() ? it->second : unit;
}

std::vector<std::string> Screen::FactIds() const {
    std::vector<std::string> ids;
    for (const auto& b : blocks)
        for (const auto& [name, spec] : b.args)
            if (spec.kind == ArgSpec::Kind::FactValue && std::find(ids.begin(), ids.end(), spec.fact) == ids.end())
                ids.push_back(spec.fact);
    return ids;
}

bool Content::Load(const std::string& dir, const Catalogs& catalogs, Problems& out) {
    const size_t before = out.size();
    facts_.clear();
    screens_.clear();
    gemeente_ = {};
    const std::string facts_path = dir + "/facts.json";
    const std::string gemeente_path = dir + "/gemeente.json";
    const std::string screens_path = dir + "/screens.json";

    if (auto j = ReadJson(facts_path, out)) LoadFacts(facts_path, *j, facts_, out);

    if (auto j = ReadJson(gemeente_path, out)) {
        if (!j->is_object()) {
            out.Add(gemeente_path, "", "must be an object of named text fields");
        } else {
            for (auto it = j->begin(); it != j->end(); ++it) {
                if (it.value().is_string())
                    gemeente_.fields[it.key()] = it.value().get<std::string>();
                else
                    out.Add(gemeente_path, "/" + it.key(), "must be a text value");
            }
            for (const char* required : {"name", "phone", "address", "hours", "website"})
                if (!gemeente_.fields.count(required))
                    out.Add(gemeente_path, std::string("/") + required, "missing: the gemeente profile needs it");
        }
    }

    const auto keys = catalogs.Keys();
    auto key_known = [&](const std::string& k) { return std::binary_search(keys.begin(), keys.end(), k); };

    if (auto j = ReadJson(screens_path, out)) {
        if (!j->is_object() || !j->contains("screens") || !(*j)["screens"].is_array()) {
            out.Add(screens_path, "/screens", "must be a list of screens");
        } else {
            const auto& list = (*j)["screens"];
            for (size_t i = 0; i < list.size(); ++i) {
                const std::string where = "/screens/" + std::to_string(i);
                const json& s = list[i];
                Screen screen;
                if (!s.is_object() || !s.contains("id") || !s["id"].is_string()) {
                    out.Add(screens_path, where + "/id", "missing: every screen needs an id");
                    continue;
                }
                screen.id = s["id"].get<std::string>();
                if (FindScreen(screen.id)) out.Add(screens_path, where + "/id", "screen id \"" + screen.id + "\" is used twice");
                if (s.contains("title") && s["title"].is_string()) {
                    screen.title = s["title"].get<std::string>();
                    if (!key_known(screen.title))
                        out.Add(screens_path, where + "/title", "unknown catalog key \"" + screen.title + "\"");
                } else {
                    out.Add(screens_path, where + "/title", "missing: a catalog key for the screen's title");
                }
                const json blocks = s.value("blocks", json::array());
                for (size_t b = 0; b < blocks.size(); ++b) {
                    const std::string bw = where + "/blocks/" + std::to_string(b);
                    const json& bj = blocks[b];
                    Block block;
                    block.type = bj.value("type", std::string());
                    static const char* kTypes[] = {"heading", "paragraph", "bullet", "note", "sources"};
                    if (std::none_of(std::begin(kTypes), std::end(kTypes), [&](const char* t) { return block.type == t; }))
                        out.Add(screens_path, bw + "/type",
                                "unknown block type \"" + block.type + "\" (heading, paragraph, bullet, note, sources)");
                    block.text = bj.value("text", std::string());
                    if (block.type != "sources" && !key_known(block.text))
                        out.Add(screens_path, bw + "/text", "unknown catalog key \"" + block.text + "\"");
                    if (bj.contains("args")) {
                        for (auto a = bj["args"].begin(); a != bj["args"].end(); ++a) {
                            const std::string aw = bw + "/args/" + a.key();
                            ArgSpec spec;
                            const json& aj = a.value();
                            if (aj.contains("fact")) {
                                spec.kind = ArgSpec::Kind::FactValue;
                                spec.fact = aj.value("fact", std::string());
                                spec.value = aj.value("value", std::string());
                                const Fact* f = FindFact(spec.fact);
                                if (!f)
                                    out.Add(screens_path, aw + "/fact", "unknown fact id \"" + spec.fact + "\" (not in facts.json)");
                                else if (!f->numbers.count(spec.value) && !f->dates.count(spec.value) && spec.value != "checked")
                                    out.Add(screens_path, aw + "/value", "fact " + spec.fact + " has no value \"" + spec.value + "\"");
                            } else if (aj.contains("gemeente")) {
                                spec.kind = ArgSpec::Kind::GemeenteField;
                                spec.value = aj.value("gemeente", std::string());
                                if (!gemeente_.fields.count(spec.value))
                                    out.Add(screens_path, aw + "/gemeente", "the gemeente profile has no field \"" + spec.value + "\"");
                            } else {
                                out.Add(screens_path, aw,
                                        "an argument must name a fact ({\"fact\": id, \"value\": name}) or a gemeente field; "
                                        "figures are never written into screens directly");
                                continue;
                            }
                            block.args[a.key()] = spec;
                        }
                    }
                    screen.blocks.push_back(std::move(block));
                }
                screens_.push_back(std::move(screen));
            }
        }
    }
    return out.size() == before;
}

const Fact* Content::FindFact(const std::string& id) const {
    auto it = facts_.find(id);
    return it == facts_.end() ? nullptr : &it->second;
}

const Screen* Content::FindScreen(const std::string& id) const {
    for (const auto& s : screens_)
        if (s.id == id) return &s;
    return nullptr;
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
