// The seven checks to make of a language school (F-SCHOOL-1), for up to three
// schools side by side. A school without the Blik op Werk keurmerk blocks the
// DUO loan, the Z-route and scaling down to A2 (F-LOAN-2, F-ROUTE-2/3).
#pragma once
#include <array>
#include <string>
#include <vector>

namespace wegwijs::calc {

enum class SchoolCheck { IntakeTest, CertifiedHours, Schedule, Keurmerk, Retakes, Reputation, FitsWork };
constexpr int kSchoolChecks = 7;
constexpr int kMaxSchools = 3;

// Stable ids ("intake_test", ..., "fits_work"); the UI's catalog keys are
// "schools.check.<short id>".
const char* SchoolCheckId(SchoolCheck c);

enum class Tri { Unknown, Yes, No };

struct SchoolAnswers {
    std::array<Tri, kSchoolChecks> checks{};
    Tri& operator[](SchoolCheck c) { return checks[static_cast<int>(c)]; }
    Tri operator[](SchoolCheck c) const { return checks[static_cast<int>(c)]; }
};

struct SchoolVerdict {
    bool blocking = false;            // no keurmerk
    std::vector<std::string> blocks;  // "duo_loan", "z_route", "a2_scaling"
    int yes = 0, no = 0, unknown = 0;
    std::vector<std::string> sources;  // fact ids
};

SchoolVerdict Evaluate(const SchoolAnswers& answers);

}  // namespace wegwijs::calc
