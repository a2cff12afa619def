// Verbs for the calculators: loan, timeline, route (docs/cli-calculators.md).
// Bad input never crashes: each flag's value is checked and a wrong one is
// named with its value; exit 2 for usage mistakes, 1 for invalid values.
//
// [SECTION] Flags and messages
// [SECTION] loan
// [SECTION] timeline
// [SECTION] route
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <map>
#include <set>

#include "calc/loan.h"
#include "calc/routes.h"
#include "calc/timeline.h"
#include "cli/verbs.h"
#include "intake/calc_json.h"
#include "intake/bundle.h"
#include "model/content.h"
#include "i18n/catalog.h"

namespace wegwijs::cli {
namespace {

// [SECTION] Flags and messages

struct FlagError {
    int code;  // 1 invalid value, 2 usage
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

// Parsers keep the first error only: one clear line beats a list.
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

// A count (months, hours, retakes): whole, and small enough for an int; the
// range itself is the core's to check.
std::optional<int> WholeFlag(const Args& args, const std::string& name, std::optional<FlagError>& err) {
    const auto v = NumberFlag(args, name, err);
    if (!v) return std::nullopt;
    if (*v != std::floor(*v)) {
        if (!err) err = FlagError{1, name + " " + Flag(args, name) + ": not a whole number"};
        return std::nullopt;
    }
    if (std::fabs(*v) > 1e6) {
        if (!err) err = FlagError{1, name + " " + Flag(args, name) + ": far too large"};
        return std::nullopt;
    }
    return static_cast<int>(*v);
}

// A core problem, told with the flag that set the field and its value.
FlagError Invalid(const Args& args, const calc::InputProblem& p, const std::map<std::string, std::string>& flag_of) {
    auto f = flag_of.find(p.field);
    if (f == flag_of.end()) return {1, p.message};
    const std::string value = Flag(args, f->second);
    return {1, f->second + (value.empty() ? "" : " " + value) + ": " + p.message};
}

bool LoadFacts(const Args& args, calc::CalcFacts& facts) {
    intake::Bundle bundle;
    if (!LoadBundle(args, bundle)) return false;
    facts = bundle.facts;
    return true;
}

void PrintSources(const std::vector<calc::SourceRef>& sources) {
    for (const auto& s : sources)
        std::printf("  source %s (%s, checked %s): %s\n", s.id.c_str(), s.status.c_str(), ToIso(s.checked).c_str(),
                    s.source.c_str());
}

int Fail(const FlagError& e, const char* usage) {
    std::fprintf(stderr, "wegwijs-cli: %s\n", e.message.c_str());
    if (e.code == 2) std::fputs(usage, stderr);
    return e.code;
}

// No exception leaves a verb: the person gets one line, not an abort.
template <typename F>
int Guarded(F&& verb) {
    try {
        return verb();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "wegwijs-cli: internal error: %s\n", e.what());
        return 1;
    }
}

// [SECTION] loan

const char* kLoanUsage =
    "usage: wegwijs-cli loan --amount EUR --payout YYYY-MM-DD (--start YYYY-MM-DD | --finish YYYY-MM-DD)\n"
    "                        [--rate PERCENT] [--months 120] [--schedule] [--json] [--content DIR]\n";

void PrintLoan(const calc::LoanEstimate& e, const calc::LoanInput& in) {
    std::printf("Estimate (not a promise: DUO decides the amount and the rate)\n");
    std::printf("  borrowed            EUR %.2f at %g%% a year%s, paid out %s\n", e.amount, e.rate_percent,
                e.rate_is_last_confirmed ? (" (the last confirmed rate, since " + ToIso(e.rate_since) + ")").c_str() : "",
                ToIso(in.payout).c_str());
    std::printf("  debt at start       EUR %.2f after %d months of interest\n", e.balance_at_start, e.months_before_repayment);
    std::printf("  monthly payment     EUR %.2f, %d payments, %s to %s (last EUR %.2f)\n", e.monthly_payment, e.payments,
                ToIso(e.first_payment_date).c_str(), ToIso(e.last_payment_date).c_str(), e.last_payment);
    std::printf("  total repaid        EUR %.2f, of which interest EUR %.2f\n", e.total_repaid, e.total_interest);
    PrintSources(e.sources);
}

int LoanVerb(const Args& args) {
    if (auto e = CheckFlags(args, {"--amount", "--rate", "--payout", "--start", "--finish", "--months", "--content", "--i18n"},
                            {"--json", "--schedule"}))
        return Fail(*e, kLoanUsage);
    for (const char* required : {"--amount", "--payout"})
        if (Flag(args, required).empty()) return Fail({2, std::string(required) + " is required"}, kLoanUsage);
    const bool by_finish = !Flag(args, "--finish").empty();
    if (Flag(args, "--start").empty() != by_finish)
        return Fail({2, "give --start (repayment start) or --finish (expected end of integration), one of them"}, kLoanUsage);
    calc::CalcFacts facts;
    if (!LoadFacts(args, facts)) return 1;

    std::optional<FlagError> err;
    calc::LoanInput in = calc::DefaultLoanInput(facts);
    in.amount_eur = NumberFlag(args, "--amount", err).value_or(0);
    in.rate_percent = NumberFlag(args, "--rate", err).value_or(facts.loan_rate_percent);
    in.months = WholeFlag(args, "--months", err).value_or(in.months);
    in.payout = DateFlag(args, "--payout", err).value_or(Date{});
    if (by_finish)
        in.repayment_start = calc::DefaultRepaymentStart(DateFlag(args, "--finish", err).value_or(Date{}), facts);
    else
        in.repayment_start = DateFlag(args, "--start", err).value_or(Date{});
    if (err) return Fail(*err, kLoanUsage);
    if (auto p = calc::FindLoanProblem(in, facts))
        return Fail(Invalid(args, *p, {{"amount_eur", "--amount"}, {"rate_percent", "--rate"}, {"months", "--months"},
                                       {"repayment_start", by_finish ? "--finish" : "--start"}}),
                    kLoanUsage);

    const calc::LoanEstimate e = calc::EstimateLoan(in, facts);
    if (HasFlag(args, "--json"))
        std::printf("%s\n", intake::LoanJson({e, in.payout}, HasFlag(args, "--schedule")).dump(2).c_str());
    else
        PrintLoan(e, in);
    return 0;
}

// [SECTION] timeline

const char* kTimelineUsage =
    "usage: wegwijs-cli timeline --permit YYYY-MM-DD [--duo-notice D] [--pip D]\n"
    "                            [--partner-dutch --together-since D] [--turkish] [--json] [--content DIR]\n";

void PrintTimeline(const calc::Timeline& t) {
    for (const auto& m : t.milestones) {
        std::printf("%s  %-24s", ToIso(m.date).c_str(), m.id.c_str());
        for (const auto& c : m.conditions) std::printf(" [%s]", c.c_str());
        std::printf("\n");
    }
    for (const auto& [id, why] : t.unknown) std::printf("unknown     %-24s (%s)\n", id.c_str(), why.c_str());
    for (const auto& n : t.notes)
        std::printf("note: rules may change (%s, as of %s): a bill proposes %d years before naturalisation; not in force when checked\n",
                    n.fact.c_str(), ToIso(n.checked).c_str(), n.proposed_years);
    PrintSources(t.sources);
}

int TimelineVerb(const Args& args) {
    if (auto e = CheckFlags(args, {"--permit", "--duo-notice", "--pip", "--together-since", "--content", "--i18n"},
                            {"--json", "--partner-dutch", "--turkish"}))
        return Fail(*e, kTimelineUsage);
    if (Flag(args, "--permit").empty())
        return Fail({2, "--permit is required (the date the residence card was collected)"}, kTimelineUsage);
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
    if (err) return Fail(*err, kTimelineUsage);
    if (auto p = calc::FindTimelineProblem(in))
        return Fail(Invalid(args, *p, {{"duo_notice", "--duo-notice"}, {"pip", "--pip"}, {"together_since", "--together-since"}}),
                    kTimelineUsage);

    const calc::Timeline t = calc::BuildTimeline(in, facts);
    if (HasFlag(args, "--json"))
        std::printf("%s\n", intake::TimelineJson(t).dump(2).c_str());
    else
        PrintTimeline(t);
    return 0;
}

// [SECTION] route

const char* kRouteUsage =
    "usage: wegwijs-cli route --route b1|b1_a2|z|onderwijs [--price-per-hour EUR] [--materials EUR]\n"
    "                         [--hours-per-week N] [--retakes N] [--hours N] [--json] [--content DIR]\n";

void PrintRoute(const calc::RouteCost& r, const calc::RouteCostInput& in, const calc::CalcFacts& facts) {
    std::printf("Route %s (an estimate)\n  %d lesson hours%s; about %d months at %d hours a week\n", r.route.c_str(), r.hours,
                r.hours_are_example ? " (an example: the law sets no number; give yours with --hours)" : "", r.months,
                in.hours_per_week);
    std::printf("  course EUR %.2f (%.2f/hour + materials %.2f%s), exams EUR %.2f, retakes EUR %.2f: total EUR %.2f\n",
                r.course_cost, r.price_per_hour, r.materials, r.prices_are_examples ? ", example prices" : "", r.exam_fees,
                r.retake_fees, r.total);
    for (const auto& c : r.conditions) std::printf("  [%s]\n", c.c_str());
    if (r.route == "b1")
        std::printf("  scaling down to A2: after at least %d hours at a keurmerk school, with the regievoerder's consent\n",
                    calc::ScalingDownConditions(facts).min_hours);
    PrintSources(r.sources);
}

int RouteVerb(const Args& args) {
    if (auto e = CheckFlags(args, {"--route", "--price-per-hour", "--materials", "--hours-per-week", "--retakes", "--hours",
                                   "--content", "--i18n"},
                            {"--json"}))
        return Fail(*e, kRouteUsage);
    if (Flag(args, "--route").empty()) return Fail({2, "--route is required (b1, b1_a2, z, onderwijs)"}, kRouteUsage);
    calc::CalcFacts facts;
    if (!LoadFacts(args, facts)) return 1;
    std::optional<FlagError> err;
    calc::RouteCostInput in;
    in.route = Flag(args, "--route");
    in.price_per_hour = NumberFlag(args, "--price-per-hour", err);
    in.materials = NumberFlag(args, "--materials", err);
    in.hours_per_week = WholeFlag(args, "--hours-per-week", err).value_or(in.hours_per_week);
    in.retakes = WholeFlag(args, "--retakes", err).value_or(0);
    in.hours = WholeFlag(args, "--hours", err);
    if (err) return Fail(*err, kRouteUsage);
    if (auto p = calc::FindRouteProblem(in))
        return Fail(Invalid(args, *p, {{"route", "--route"}, {"price_per_hour", "--price-per-hour"}, {"materials", "--materials"},
                                       {"hours_per_week", "--hours-per-week"}, {"retakes", "--retakes"}, {"hours", "--hours"}}),
                    kRouteUsage);
    const calc::RouteCost r = calc::EstimateRoute(in, facts);
    if (HasFlag(args, "--json"))
        std::printf("%s\n", intake::RouteJson(intake::RouteResultOf(r, in, facts)).dump(2).c_str());
    else
        PrintRoute(r, in, facts);
    return 0;
}

}  // namespace

int Loan(const Args& args) { return Guarded([&] { return LoanVerb(args); }); }
int Timeline(const Args& args) { return Guarded([&] { return TimelineVerb(args); }); }
int Route(const Args& args) { return Guarded([&] { return RouteVerb(args); }); }

}  // namespace wegwijs::cli
