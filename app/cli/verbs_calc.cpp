// Verbs for the calculators: loan, timeline (docs/cli-calculators.md).
// Bad input never crashes: each flag's value is checked and a wrong one is
// named with its value; exit 2 for usage mistakes, 1 for invalid values.
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "calc/loan.h"
#include "calc/routes.h"
#include "calc/timeline.h"
#include "cli/verbs.h"
#include "content/content.h"
#include "i18n/catalog.h"

namespace wegwijs::cli {
namespace {

using nlohmann::json;

struct FlagError {
    int code;
    std::string message;
};

// Flags this verb accepts; value-less ones are listed as switches.
std::optional<FlagError> CheckFlags(const Args& args, const std::set<std::string>& with_value,
                                    const std::set<std::string>& switches) {
    for (size_t i = 0; i < args.size(); ++i) {
        if (with_value.count(args[i])) {
            if (i + 1 >= args.size() || args[i + 1].rfind("--", 0) == 0) return FlagError{2, args[i] + " needs a value"};
            ++i;
        } else if (!switches.count(args[i])) {
            return FlagError{2, "unknown argument \"" + args[i] + "\""};
        }
    }
    return std::nullopt;
}

std::optional<Date> DateFlag(const Args& args, const std::string& name, std::optional<FlagError>& err) {
    const std::string v = Flag(args, name);
    if (v.empty()) return std::nullopt;
    auto d = ParseIsoDate(v);
    if (!d && !err) err = FlagError{1, name + " " + v + ": not a date (YYYY-MM-DD, a day that exists)"};
    return d;
}

std::optional<double> NumberFlag(const Args& args, const std::string& name, std::optional<FlagError>& err) {
    const std::string v = Flag(args, name);
    if (v.empty()) return std::nullopt;
    char* end = nullptr;
    const double x = std::strtod(v.c_str(), &end);
    if (end == v.c_str() || *end != '\0' || !std::isfinite(x)) {
        if (!err) err = FlagError{1, name + " " + v + ": not a number"};
        return std::nullopt;
    }
    return x;
}

bool LoadFacts(const Args& args, calc::CalcFacts& facts) {
    Catalogs catalogs;
    Content content;
    if (!LoadContent(args, catalogs, content)) return false;
    Problems problems;
    facts = calc::FromContent(content, problems);
    if (!problems.empty()) {
        std::fputs(problems.ToString().c_str(), stderr);
        return false;
    }
    return true;
}

json Sources(const std::vector<calc::SourceRef>& sources) {
    json out = json::array();
    for (const auto& s : sources)
        out.push_back({{"id", s.id}, {"source", s.source}, {"checked", ToIso(s.checked)}, {"status", s.status}});
    return out;
}

double Cents(double euros) { return std::round(euros * 100.0) / 100.0; }

int Fail(const FlagError& e, const char* usage) {
    std::fprintf(stderr, "wegwijs-cli: %s\n", e.message.c_str());
    if (e.code == 2) std::fputs(usage, stderr);
    return e.code;
}

}  // namespace

int Loan(const Args& args) {
    static const char* kUsage =
        "usage: wegwijs-cli loan --amount EUR --payout YYYY-MM-DD (--start YYYY-MM-DD | --finish YYYY-MM-DD)\n"
        "                        [--rate PERCENT] [--months 120] [--schedule] [--json] [--content DIR]\n";
    if (auto e = CheckFlags(args, {"--amount", "--rate", "--payout", "--start", "--finish", "--months", "--content", "--i18n"},
                            {"--json", "--schedule"}))
        return Fail(*e, kUsage);
    for (const char* required : {"--amount", "--payout"})
        if (Flag(args, required).empty()) return Fail({2, std::string(required) + " is required"}, kUsage);
    if (Flag(args, "--start").empty() == Flag(args, "--finish").empty())
        return Fail({2, "give --start (repayment start) or --finish (expected end of integration), one of them"}, kUsage);
    calc::CalcFacts facts;
    if (!LoadFacts(args, facts)) return 1;

    std::optional<FlagError> err;
    calc::LoanInput in;
    in.amount_eur = NumberFlag(args, "--amount", err).value_or(0);
    in.rate_percent = NumberFlag(args, "--rate", err).value_or(facts.loan_rate_percent);
    const double months = NumberFlag(args, "--months", err).value_or(facts.repayment_years * 12);
    if (!err && months != std::floor(months)) err = FlagError{1, "--months " + Flag(args, "--months") + ": not a whole number"};
    in.months = static_cast<int>(std::clamp(months, -1.0, 100000.0));
    in.payout = DateFlag(args, "--payout", err).value_or(Date{});
    if (auto finish = DateFlag(args, "--finish", err))
        in.repayment_start = calc::DefaultRepaymentStart(*finish, facts);
    else
        in.repayment_start = DateFlag(args, "--start", err).value_or(Date{});
    if (err) return Fail(*err, kUsage);
    if (auto problem = calc::CheckLoanInput(in, facts)) return Fail({1, *problem}, kUsage);

    const calc::LoanEstimate e = calc::EstimateLoan(in, facts);
    if (HasFlag(args, "--json")) {
        json out = {{"estimate", true},
                    {"amount", Cents(in.amount_eur)},
                    {"rate_percent", in.rate_percent},
                    {"payout_date", ToIso(in.payout)},
                    {"months_before_repayment", e.months_before_repayment},
                    {"balance_at_start", Cents(e.balance_at_start)},
                    {"monthly_payment", Cents(e.monthly_payment)},
                    {"payments", e.payments},
                    {"first_payment_date", ToIso(e.first_payment_date)},
                    {"last_payment_date", ToIso(e.last_payment_date)},
                    {"last_payment", Cents(e.last_payment)},
                    {"total_repaid", Cents(e.total_repaid)},
                    {"total_interest", Cents(e.total_interest)},
                    {"sources", Sources(e.sources)}};
        if (HasFlag(args, "--schedule")) {
            json s = json::array();
            for (const auto& m : e.schedule)
                s.push_back({{"date", ToIso(m.date)}, {"payment", Cents(m.payment)}, {"interest", Cents(m.interest)},
                             {"remaining", Cents(m.remaining)}});
            out["schedule"] = s;
        }
        std::printf("%s\n", out.dump(2).c_str());
        return 0;
    }
    std::printf("Estimate (not a promise: DUO decides the amount and the rate)\n");
    std::printf("  borrowed            EUR %.2f at %.2f%% a year, paid out %s\n", in.amount_eur, in.rate_percent, ToIso(in.payout).c_str());
    std::printf("  debt at start       EUR %.2f after %d months of interest\n", e.balance_at_start, e.months_before_repayment);
    std::printf("  monthly payment     EUR %.2f, %d payments, %s to %s (last EUR %.2f)\n", e.monthly_payment, e.payments,
                ToIso(e.first_payment_date).c_str(), ToIso(e.last_payment_date).c_str(), e.last_payment);
    std::printf("  total repaid        EUR %.2f, of which interest EUR %.2f\n", e.total_repaid, e.total_interest);
    for (const auto& s : e.sources) std::printf("  source %s: %s (checked %s)\n", s.id.c_str(), s.source.c_str(), ToIso(s.checked).c_str());
    return 0;
}

int Timeline(const Args& args) {
    static const char* kUsage =
        "usage: wegwijs-cli timeline --permit YYYY-MM-DD [--duo-notice D] [--pip D]\n"
        "                            [--partner-dutch --together-since D] [--turkish] [--json] [--content DIR]\n";
    if (auto e = CheckFlags(args, {"--permit", "--duo-notice", "--pip", "--together-since", "--content", "--i18n"},
                            {"--json", "--partner-dutch", "--turkish"}))
        return Fail(*e, kUsage);
    if (Flag(args, "--permit").empty()) return Fail({2, "--permit is required (the date the residence card was collected)"}, kUsage);
    calc::CalcFacts facts;
    if (!LoadFacts(args, facts)) return 1;
    std::optional<FlagError> err;
    calc::TimelineInput in;
    in.permit = DateFlag(args, "--permit", err).value_or(Date{});
    in.duo_notice = DateFlag(args, "--duo-notice", err);
    in.pip = DateFlag(args, "--pip", err);
    in.together_since = DateFlag(args, "--together-since", err);
    in.partner_dutch = HasFlag(args, "--partner-dutch");
    in.turkish = HasFlag(args, "--turkish");
    if (err) return Fail(*err, kUsage);
    if (auto problem = calc::CheckTimelineInput(in)) return Fail({1, *problem}, kUsage);

    const calc::Timeline t = calc::BuildTimeline(in, facts);
    if (HasFlag(args, "--json")) {
        json ms = json::array();
        for (const auto& m : t.milestones)
            ms.push_back({{"id", m.id}, {"date", ToIso(m.date)}, {"conditions", m.conditions}, {"sources", m.sources}});
        json unknown = json::array();
        for (const auto& [id, why] : t.unknown) unknown.push_back({{"id", id}, {"needs", why}});
        std::printf("%s\n", json{{"milestones", ms}, {"unknown", unknown}, {"sources", Sources(t.sources)}}.dump(2).c_str());
        return 0;
    }
    for (const auto& m : t.milestones) {
        std::printf("%s  %-24s", ToIso(m.date).c_str(), m.id.c_str());
        for (const auto& c : m.conditions) std::printf(" [%s]", c.c_str());
        std::printf("\n");
    }
    for (const auto& [id, why] : t.unknown) std::printf("unknown     %-24s (%s)\n", id.c_str(), why.c_str());
    return 0;
}

int Route(const Args& args) {
    static const char* kUsage =
        "usage: wegwijs-cli route --route b1|b1_a2|z|onderwijs [--price-per-hour EUR] [--materials EUR]\n"
        "                         [--hours-per-week N] [--retakes N] [--hours N] [--json] [--content DIR]\n";
    if (auto e = CheckFlags(args, {"--route", "--price-per-hour", "--materials", "--hours-per-week", "--retakes", "--hours",
                                   "--content", "--i18n"},
                            {"--json"}))
        return Fail(*e, kUsage);
    if (Flag(args, "--route").empty()) return Fail({2, "--route is required (b1, b1_a2, z, onderwijs)"}, kUsage);
    calc::CalcFacts facts;
    if (!LoadFacts(args, facts)) return 1;
    std::optional<FlagError> err;
    calc::RouteCostInput in;
    in.route = Flag(args, "--route");
    in.price_per_hour = NumberFlag(args, "--price-per-hour", err);
    in.materials = NumberFlag(args, "--materials", err);
    auto whole = [&](const char* name, std::optional<double> v) -> std::optional<int> {
        if (!v) return std::nullopt;
        if (*v != std::floor(*v) || std::fabs(*v) > 1e6) {
            if (!err) err = FlagError{1, std::string(name) + " " + Flag(args, name) + ": not a whole number"};
            return std::nullopt;
        }
        return static_cast<int>(*v);
    };
    in.hours_per_week = whole("--hours-per-week", NumberFlag(args, "--hours-per-week", err)).value_or(8);
    in.retakes = whole("--retakes", NumberFlag(args, "--retakes", err)).value_or(0);
    in.hours = whole("--hours", NumberFlag(args, "--hours", err));
    if (err) return Fail(*err, kUsage);
    if (auto problem = calc::CheckRouteInput(in)) return Fail({1, *problem}, kUsage);
    const calc::RouteCost r = calc::EstimateRoute(in, facts);
    json exams = json::array();
    for (const auto& x : r.exams) exams.push_back({{"part", x.id}, {"fee", Cents(x.fee)}});
    json out = {{"estimate", true},
                {"route", r.route},
                {"hours", r.hours},
                {"hours_are_example", r.hours_are_example},
                {"needs_keurmerk_school", r.needs_keurmerk_school},
                {"needs_recognised_school", r.needs_recognised_school},
                {"exam", r.exam},
                {"exams", exams},
                {"exam_fees", Cents(r.exam_fees)},
                {"retake_fees", Cents(r.retake_fees)},
                {"price_per_hour", Cents(r.price_per_hour)},
                {"materials", Cents(r.materials)},
                {"prices_are_examples", r.prices_are_examples},
                {"course_cost", Cents(r.course_cost)},
                {"total", Cents(r.total)},
                {"months", r.months},
                {"hours_per_week", in.hours_per_week},
                {"conditions", r.conditions},
                {"sources", Sources(r.sources)}};
    if (HasFlag(args, "--json")) {
        std::printf("%s\n", out.dump(2).c_str());
        return 0;
    }
    std::printf("Route %s (an estimate)\n  %d lesson hours%s; about %d months at %d hours a week\n", r.route.c_str(), r.hours,
                r.hours_are_example ? " (an example: the law sets no number)" : "", r.months, in.hours_per_week);
    std::printf("  course EUR %.2f (%.2f/hour + materials %.2f%s), exams EUR %.2f, retakes EUR %.2f: total EUR %.2f\n",
                r.course_cost, r.price_per_hour, r.materials, r.prices_are_examples ? ", example prices" : "", r.exam_fees,
                r.retake_fees, r.total);
    for (const auto& c : r.conditions) std::printf("  [%s]\n", c.c_str());
    return 0;
}

}  // namespace wegwijs::cli
