#include "intake/summary_text.h"

#include <algorithm>

#include "intake/summary.h"

namespace wegwijs::intake {
namespace {

class Outline {
public:
    Outline(const IntakeSummary& s, const Bundle& bundle, const std::string& locale)
        : s_(s), content_(bundle.content), flow_(bundle.content.flow()), catalogs_(bundle.catalogs), facts_(bundle.facts),
          l10n_(bundle.catalogs) {
        l10n_.SetLanguage(locale);
        l10n_.SetReader(s.role);  // the words the person read
    }

    std::string Write(const std::string& content_fingerprint) {
        Line(0, l10n_.Format("summary.title"));
        if (s_.fingerprint != content_fingerprint) Line(0, l10n_.Format("summary.other_content"));
        const Language* used = catalogs_.Find(s_.language_used);
        Line(0, l10n_.Format("summary.meta", {{"created", s_.created},
                                              {"role", l10n_.Format(flow_.settings().role_names.For(s_.role))},
                                              {"language", used ? used->endonym : s_.language_used}}));
        Answers();
        Route();
        Topics();
        Loan();
        Timeline();
        return out_;
    }

private:
    void Line(int indent, const std::string& text) {
        out_ += std::string(static_cast<size_t>(indent) * 2, ' ') + text + "\n";
    }
    void Heading(const std::string& text) {
        out_ += "\n";
        Line(0, text);
    }

    const SummaryAnswer* AnswerTo(const std::string& id) const {
        auto it = std::find_if(s_.answers.begin(), s_.answers.end(), [&](const SummaryAnswer& a) { return a.question == id; });
        return it == s_.answers.end() ? nullptr : &*it;
    }

    // "Label: value", or the label alone for an answer the summary lacks.
    std::string LabelledAnswer(const std::string& id) {
        const Question* q = flow_.FindQuestion(id);
        if (!q) return id;
        const SummaryAnswer* a = AnswerTo(id);
        return l10n_.Format(q->label) + (a ? ": " + RenderAnswer(l10n_, *q, a->value, s_.role) : "");
    }

    // The hedge after a figure ("Niet zeker: vraag het na bij DUO."): that of
    // the weakest fact it rests on, none when all are official.
    void Hedge(int indent, const std::vector<std::string>& fact_ids) {
        const Fact* weakest = nullptr;
        for (const auto& id : fact_ids) {
            const Fact* f = content_.FindFact(id);
            if (f && !f->Official() && (!weakest || ConfidenceRank(f->status) > ConfidenceRank(weakest->status))) weakest = f;
        }
        if (weakest) Line(indent, l10n_.Format(weakest->HedgeKey()));
    }

    static std::vector<std::string> Ids(const std::vector<calc::SourceRef>& sources) {
        std::vector<std::string> ids;
        for (const auto& s : sources) ids.push_back(s.id);
        return ids;
    }

    void Answers() {
        if (s_.answers.empty()) return;
        Heading(l10n_.Format("summary.answers"));
        for (const auto& a : s_.answers) Line(1, LabelledAnswer(a.question));
    }

    void Route() {
        const RouteInfo* info = flow_.FindRoute(s_.route.id);
        Heading(l10n_.Format("review.route") + ": " + (info ? l10n_.Format(info->name) : s_.route.id));
        Line(1, l10n_.Format(s_.route.reason));
        if (!s_.route.note.empty()) Line(1, l10n_.Format(s_.route.note));
        if (!s_.route.based_on.empty()) {
            Line(1, l10n_.Format("route.based_on"));
            for (const auto& id : s_.route.based_on) Line(2, LabelledAnswer(id));
        }
        Line(1, l10n_.Format(flow_.settings().indicative_note));
        if (const auto& r = s_.calculators.route) {
            // Each figure with the hedge of the facts it rests on: the total
            // on the prices and hours (the examples only when used), the
            // loan's maximum on F-LOAN-1.
            std::vector<std::string> total_facts;
            for (const auto& src : r->cost.sources) {
                if (src.id == "F-LOAN-1") continue;                                   // the cap, not the cost
                if (src.id == "F-ROUTE-1" && !r->cost.hours_are_example) continue;    // their own hours
                if (src.id == "F-COST-3" && !r->cost.prices_are_examples) continue;   // their own prices
                total_facts.push_back(src.id);
            }
            Line(1, l10n_.Format("summary.route_cost", {{"total", Money{r->cost.total}}}));
            Hedge(1, total_facts);
            if (r->cost.above_loan_cap > 0) {
                Line(1, l10n_.Format("summary.route_above_loan", {{"above", Money{r->cost.above_loan_cap}}, {"max", Money{r->cost.loan_cap}}}));
                Hedge(1, {"F-LOAN-1"});
            }
        }
    }

    void Topics() {
        if (s_.topics.empty() && !s_.topics_own_words) return;
        Heading(l10n_.Format("topics.title"));
        const Question* q = flow_.FindQuestion(flow_.settings().topics_question);
        for (const auto& t : s_.topics) {
            const Option* o = q ? q->FindOption(t.id) : nullptr;
            const std::string name = o ? l10n_.Format(o->label.For(s_.role)) : t.id;
            if (t.chosen) {
                Line(1, "- " + name);
                continue;
            }
            Line(1, "- " + l10n_.Format("summary.topic_suggested", {{"topic", name}}));
            Line(2, l10n_.Format(t.reason));
        }
        if (s_.topics_own_words) {
            const Question* other = flow_.FindQuestion(flow_.settings().topics_other);
            Line(1, (other ? l10n_.Format(other->label) + ": " : std::string()) + *s_.topics_own_words);
        }
    }

    void Loan() {
        const auto& loan = s_.calculators.loan;
        if (!loan) return;
        const calc::LoanEstimate& e = loan->estimate;
        Heading(l10n_.Format("review.loan"));
        Line(1, l10n_.Format("summary.loan", {{"amount", Money{e.amount}},
                                              {"monthly", Money{e.monthly_payment}},
                                              {"payments", int64_t{e.payments}},
                                              {"first", e.first_payment_date},
                                              {"last", e.last_payment_date}}));
        Hedge(1, Ids(e.sources));
    }

    void Timeline() {
        const auto& t = s_.calculators.timeline;
        if (!t) return;
        Heading(l10n_.Format("summary.timeline"));
        // The labels' figures come from the facts (F-TERM-3, F-TERM-2), as on the time line screen.
        const Args label_args{{"weeks", int64_t{facts_.pip_weeks}}, {"years", int64_t{facts_.term_years}}};
        for (const auto& m : t->milestones) {
            Line(1, l10n_.FormatPattern("{d, date, long}", {{"d", m.date}}) + ": " +
                        l10n_.Format("calc.timeline." + m.id, label_args));
            Hedge(2, m.sources);
        }
        for (const auto& [id, why] : t->unknown) Line(1, l10n_.Format("calc.timeline.unknown." + id));
    }

    const IntakeSummary& s_;
    const Content& content_;
    const Flow& flow_;
    const Catalogs& catalogs_;
    const calc::CalcFacts& facts_;
    Localizer l10n_;
    std::string out_;
};

}  // namespace

std::string SummaryText(const IntakeSummary& s, const Bundle& bundle, const std::string& locale,
                        const std::string& content_fingerprint) {
    return Outline(s, bundle, locale).Write(content_fingerprint);
}

}  // namespace wegwijs::intake
