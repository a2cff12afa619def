#include "intake/answers_file.h"

#include <algorithm>
#include <cmath>

#include "base/files.h"
#include "intake/summary.h"

namespace wegwijs {
namespace {

// Messages for people editing answers files: English, with the catalog key.
class RunInputReader {
public:
    RunInputReader(const Content& content, const Catalogs& catalogs, const calc::CalcFacts& facts, const std::string& file,
                   Problems& out)
        : flow_(content.flow()), catalogs_(catalogs), facts_(facts), file_(file), out_(out), english_(catalogs) {
        english_.SetLanguage(catalogs.Find("en") ? "en" : catalogs.reference());
    }

    std::string role;
    std::string language;
    std::optional<Date> today;
    Answers answers;
    CalculatorInputs calculators;

    void Read(const nlohmann::json& in, const Date& today_for_checks) {
        if (!in.is_object()) {
            out_.Add(file_, "", "must be an object: role, language, today, answers, calculators");
            return;
        }
        for (auto it = in.begin(); it != in.end(); ++it)
            if (it.key() != "role" && it.key() != "language" && it.key() != "today" && it.key() != "answers" &&
                it.key() != "calculators" && it.key()[0] != '_')
                out_.Add(file_, "/" + it.key(),
                         "unknown field \"" + it.key() + "\" (known: role, language, today, answers, calculators)");
        ReadRole(in);
        ReadLanguage(in);
        if (in.contains("today")) {
            today = in["today"].is_string() ? ParseIsoDate(in["today"].get<std::string>()) : std::nullopt;
            if (!today) out_.Add(file_, "/today", "must be a date, \"YYYY-MM-DD\"");
        }
        if (in.contains("calculators")) ReadCalculators(in["calculators"]);
        if (!in.contains("answers") || !in["answers"].is_object()) {
            out_.Add(file_, "/answers", "must be an object mapping question ids to answers");
            return;
        }
        for (auto it = in["answers"].begin(); it != in["answers"].end(); ++it)
            ReadAnswer(it.key(), it.value(), today ? *today : today_for_checks);
    }

private:
    void ReadRole(const nlohmann::json& in) {
        const auto& roles = flow_.settings().roles;
        std::string list;
        for (const auto& r : roles) list += (list.empty() ? "" : ", ") + r;
        if (in.contains("role") && in["role"].is_string() &&
            std::find(roles.begin(), roles.end(), in["role"].get<std::string>()) != roles.end())
            role = in["role"].get<std::string>();
        else
            out_.Add(file_, "/role", "must be one of: " + list);
    }

    void ReadLanguage(const nlohmann::json& in) {
        language = catalogs_.reference();
        if (!in.contains("language")) return;
        if (in["language"].is_string() && catalogs_.Find(in["language"].get<std::string>()))
            language = in["language"].get<std::string>();
        else
            out_.Add(file_, "/language", "must be a language code of i18n/languages.json, not " + in["language"].dump());
    }

    // What the person set on the calculator screens (docs/answers.md).
    void ReadCalculators(const nlohmann::json& c) {
        const char* known = "loan_amount, loan_rate_percent, loan_payout, loan_start, price_per_hour, materials";
        if (!c.is_object()) {
            out_.Add(file_, "/calculators", std::string("must be an object (") + known + ")");
            return;
        }
        auto whole = [&](const std::string& key, int lo, int hi) -> std::optional<int> {
            const auto& v = c[key];
            if (v.is_number_integer() && v.get<int64_t>() >= lo && v.get<int64_t>() <= hi) return static_cast<int>(v.get<int64_t>());
            out_.Add(file_, "/calculators/" + key,
                     "must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi) + ", not " + v.dump());
            return std::nullopt;
        };
        auto date = [&](const std::string& key) -> std::optional<Date> {
            const auto& v = c[key];
            auto d = v.is_string() ? ParseIsoDate(v.get<std::string>()) : std::nullopt;
            if (!d) out_.Add(file_, "/calculators/" + key, "must be a date, \"YYYY-MM-DD\", not " + v.dump());
            return d;
        };
        for (auto it = c.begin(); it != c.end(); ++it) {
            const std::string& key = it.key();
            if (key == "loan_amount") {
                if (auto n = whole(key, 250, static_cast<int>(facts_.loan_cap_eur))) {  // the loan screen's stepper
                    calculators.amount_eur = *n;
                    calculators.amount_chosen = true;
                }
            } else if (key == "loan_rate_percent") {
                const auto& v = it.value();
                if (v.is_number() && v.get<double>() >= 0 && v.get<double>() <= calc::kMaxLoanRatePercent)
                    calculators.rate_hundredths = static_cast<int>(std::lround(v.get<double>() * 100));
                else
                    out_.Add(file_, "/calculators/" + key, "must be a number from 0 to 20, not " + v.dump());
            } else if (key == "loan_payout") {
                calculators.payout = date(key);
            } else if (key == "loan_start") {
                calculators.start = date(key);
            } else if (key == "price_per_hour") {
                if (auto n = whole(key, 0, 200)) calculators.price_per_hour = *n;
            } else if (key == "materials") {
                if (auto n = whole(key, 0, 5000)) calculators.materials = *n;
            } else if (key[0] != '_') {
                out_.Add(file_, "/calculators/" + key, "unknown field \"" + key + "\" (known: " + known + ")");
            }
        }
    }

    void ReadAnswer(const std::string& id, const nlohmann::json& v, const Date& today_for_checks) {
        const std::string where = "/answers/" + id;
        const Question* q = flow_.FindQuestion(id);
        if (!q) {
            out_.Add(file_, where, "unknown question id \"" + id + "\"");
            return;
        }
        if (id == flow_.settings().role_question) {
            out_.Add(file_, where, "give the role as \"role\" at the top level");
            return;
        }
        std::string error;
        auto value = AnswerFromJson(*q, v, error);
        if (!value) {
            out_.Add(file_, where, error);
            return;
        }
        if (auto e = CheckAnswer(*q, *value, today_for_checks)) {
            out_.Add(file_, where, english_.Format(e->key, e->args) + " (" + e->key + "; expected " + ExpectedAnswer(*q) + ")");
            return;
        }
        answers[id] = *value;
    }

    const Flow& flow_;
    const Catalogs& catalogs_;
    const calc::CalcFacts& facts_;
    std::string file_;
    Problems& out_;
    Localizer english_;
};

// Answers each screen's questions from the file and moves on, as a person would.
void Drive(FlowEngine& engine, const Answers& answers, const std::string& file, Problems& out) {
    for (size_t guard = 0; guard <= engine.flow().screens().size(); ++guard) {
        // Answering may reveal a question further down the same screen
        // ("which other language?"), so look again until nothing changes.
        ScreenView view = engine.Current();
        for (bool changed = true; changed;) {
            changed = false;
            for (const auto& q : view.questions) {
                auto a = answers.find(q.id);
                if (a == answers.end() || q.value == a->second || !engine.Answer(q.id, a->second)) continue;
                changed = true;
            }
            if (changed) view = engine.Current();
        }
        if (!view.can_go_next) return;
        if (!engine.Next()) {
            for (const auto& e : engine.errors())
                out.Add(file, "/answers/" + e.question,
                        e.key == "error.required" ? "missing: question \"" + e.question + "\" (screen \"" + view.id + "\") needs an answer"
                                                  : "not accepted on screen \"" + view.id + "\" (" + e.key + ")");
            return;
        }
    }
}

}  // namespace

AnswersRun RunAnswers(const intake::Bundle& bundle, const nlohmann::json& input, const std::string& file,
                      const std::string& fingerprint, std::optional<Date> today) {
    const Content& content = bundle.content;
    AnswersRun run;
    RunInputReader reader(content, bundle.catalogs, bundle.facts, file, run.problems);
    reader.Read(input, today.value_or(FlowEngine::SystemToday()));
    if (!run.ok()) return run;

    Session session;
    FlowEngine engine(content, session);
    engine.SetToday(today ? *today : reader.today.value_or(FlowEngine::SystemToday()));
    engine.SetLanguage(reader.language);
    engine.Answer(content.flow().settings().role_question, reader.role);
    session.calculators = reader.calculators;
    Drive(engine, reader.answers, file, run.problems);
    run.screens = session.history.empty() ? std::vector<std::string>{engine.CurrentScreen().id} : session.history;
    if (!run.ok()) return run;

    const Walk walk = engine.Path();
    for (const auto& [id, value] : reader.answers)
        if (!walk.answers.count(id)) {
            const Screen* s = content.flow().ScreenOfQuestion(id);
            run.notes.Add(file, "/answers/" + id, "not asked with these answers (on screen \"" + (s ? s->id : "?") + "\"); ignored");
        }
    run.summary = intake::MakeSummary(bundle, engine, fingerprint);
    return run;
}

std::optional<nlohmann::json> ReadJsonDocument(const std::string& path, Problems& problems) {
    auto text = ReadFile(path);
    if (!text) {
        problems.Add(path, "", "cannot read the file");
        return std::nullopt;
    }
    nlohmann::json input = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
    if (!input.is_discarded()) return input;
    try {
        nlohmann::json again = nlohmann::json::parse(*text);  // only for the error position
        (void)again;
    } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range for a number such as 1e999
        problems.Add(path, "", std::string("not valid JSON: ") + e.what());
        return std::nullopt;
    }
    problems.Add(path, "", "not valid JSON");
    return std::nullopt;
}

AnswersRun RunAnswersFile(const intake::Bundle& bundle, const std::string& path, const std::string& fingerprint,
                          std::optional<Date> today) {
    AnswersRun run;
    auto input = ReadJsonDocument(path, run.problems);
    if (!input) return run;
    return RunAnswers(bundle, *input, path, fingerprint, today);
}

}  // namespace wegwijs
