// The seven checks to make of a language school (F-SCHOOL-1), for up to three
// schools side by side, each answered yes, no or "don't know yet". A school
// without the Blik op Werk keurmerk blocks the DUO loan (F-LOAN-2), the
// Z-route (F-ROUTE-3) and scaling down to A2 (F-ROUTE-2); "don't know" about
// the keurmerk blocks nothing yet but is worth asking first.
// Schools are not ranked: what matters (times, reputation, work) is the
// person's to weigh; the verdict only states what the answers rule out.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "calc/input_problem.h"

namespace wegwijs::calc {

// In the order of F-SCHOOL-1; the order is also the index into SchoolAnswers.
enum class SchoolCheck { IntakeTest, CertifiedHours, Schedule, Keurmerk, Retakes, Reputation, FitsWork };
constexpr int kSchoolChecks = 7;
constexpr int kMaxSchools = 3;

const std::array<SchoolCheck, kSchoolChecks>& AllSchoolChecks();
// Stable ids for data and the CLI: "intake_test", "certified_hours",
// "schedule", "keurmerk", "retakes", "reputation", "fits_work".
const char* SchoolCheckId(SchoolCheck c);
std::optional<SchoolCheck> SchoolCheckFromId(const std::string& id);
// The catalog key of the check's question: "schools.check.test", ...
const char* SchoolCheckCatalogKey(SchoolCheck c);

enum class Tri { Unknown, Yes, No };

struct SchoolAnswers {
    std::array<Tri, kSchoolChecks> checks{};
    Tri& operator[](SchoolCheck c) { return checks[static_cast<int>(c)]; }
    Tri operator[](SchoolCheck c) const { return checks[static_cast<int>(c)]; }
    bool operator==(const SchoolAnswers&) const = default;
};

// One school on the person's list.
struct SchoolChecklist {
    std::string name;  // as the person calls it; may be empty ("school 1")
    SchoolAnswers answers;
};

struct SchoolVerdict {
    bool blocking = false;            // no keurmerk
    std::vector<std::string> blocks;  // "duo_loan", "z_route", "a2_scaling"
    bool keurmerk_unknown = false;    // ask this first: it decides the loan
    int yes = 0, no = 0, unknown = 0;
    std::vector<SchoolCheck> open;     // checks still unknown, to ask the school
    std::vector<std::string> sources;  // fact ids
};

SchoolVerdict Evaluate(const SchoolAnswers& answers);

// One verdict per school, in the list's order. More than kMaxSchools (or
// none) is a problem with field "schools".
std::optional<InputProblem> FindSchoolsProblem(const std::vector<SchoolChecklist>& schools);
std::vector<SchoolVerdict> CompareSchools(const std::vector<SchoolChecklist>& schools);

}  // namespace wegwijs::calc
