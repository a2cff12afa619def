#include "model/model.h"

#include <algorithm>
#include <cctype>

namespace wegwijs {

std::string Fact::HedgeKey() const {
    if (Official()) return {};
    std::string who = check_with;
    for (char& c : who) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return "hedge." + (who.empty() ? std::string("duo") : who);
}

int ConfidenceRank(const std::string& status) {
    static const char* const kLabels[] = {"V", "V2", "SEED", "U"};
    for (int i = 0; i < 4; ++i)
        if (status == kLabels[i]) return i;
    return -1;
}

std::string WeakerConfidence(const std::string& a, const std::string& b) {
    const int ra = ConfidenceRank(a), rb = ConfidenceRank(b);
    if (ra < 0) return a;
    if (rb < 0) return b;
    return ra >= rb ? a : b;
}


std::string Fact::UnitOf(const std::string& value) const {
    auto it = units.find(value);
    return it != units.end() ? it->second : unit;
}

const std::string& RoleText::For(const std::string& role) const {
    auto it = by_role.find(role);
    return it != by_role.end() ? it->second : key;
}

const Option* Question::FindOption(const std::string& option_id) const {
    for (const auto& o : options)
        if (o.id == option_id) return &o;
    return nullptr;
}

const char* QuestionTypeName(QuestionType t) {
    switch (t) {
        case QuestionType::Single: return "single";
        case QuestionType::Multi: return "multi";
        case QuestionType::YesNo: return "yes_no";
        case QuestionType::Date: return "date";
        case QuestionType::Number: return "number";
        case QuestionType::Text: return "text";
    }
    return "?";
}

const char* ScreenKindName(ScreenKind k) {
    switch (k) {
        case ScreenKind::Info: return "info";
        case ScreenKind::Question: return "question";
        case ScreenKind::Route: return "route";
        case ScreenKind::Calculator: return "calculator";
        case ScreenKind::Review: return "review";
        case ScreenKind::Finish: return "finish";
    }
    return "?";
}

const char* CalculatorName(Calculator c) {
    switch (c) {
        case Calculator::None: return "";
        case Calculator::Schools: return "schools";
        case Calculator::Loan: return "loan";
        case Calculator::Timeline: return "timeline";
    }
    return "?";
}

std::optional<Calculator> CalculatorFromName(const std::string& name) {
    for (auto c : {Calculator::Schools, Calculator::Loan, Calculator::Timeline})
        if (name == CalculatorName(c)) return c;
    return std::nullopt;
}

const std::string& Block::TextFor(const std::string& role) const {
    auto it = text_by_role.find(role);
    return it != text_by_role.end() ? it->second : text;
}

std::vector<std::string> Screen::FactIds() const {
    std::vector<std::string> ids;
    for (const auto& b : blocks)
        for (const auto& [name, spec] : b.args)
            if (spec.kind == ArgSpec::Kind::FactValue && std::find(ids.begin(), ids.end(), spec.fact) == ids.end())
                ids.push_back(spec.fact);
    return ids;
}

const std::string& Screen::TitleFor(const std::string& role) const {
    auto it = title_by_role.find(role);
    return it != title_by_role.end() ? it->second : title;
}

const Question* Screen::FindQuestion(const std::string& question_id) const {
    for (const auto& q : questions)
        if (q.id == question_id) return &q;
    return nullptr;
}

}  // namespace wegwijs
