#include "calc/schools.h"

namespace wegwijs::calc {

const std::array<SchoolCheck, kSchoolChecks>& AllSchoolChecks() {
    static const std::array<SchoolCheck, kSchoolChecks> all{SchoolCheck::IntakeTest, SchoolCheck::CertifiedHours,
                                                            SchoolCheck::Schedule,   SchoolCheck::Keurmerk,
                                                            SchoolCheck::Retakes,    SchoolCheck::Reputation,
                                                            SchoolCheck::FitsWork};
    return all;
}

const char* SchoolCheckId(SchoolCheck c) {
    switch (c) {
        case SchoolCheck::IntakeTest: return "intake_test";
        case SchoolCheck::CertifiedHours: return "certified_hours";
        case SchoolCheck::Schedule: return "schedule";
        case SchoolCheck::Keurmerk: return "keurmerk";
        case SchoolCheck::Retakes: return "retakes";
        case SchoolCheck::Reputation: return "reputation";
        case SchoolCheck::FitsWork: return "fits_work";
    }
    return "";
}

std::optional<SchoolCheck> SchoolCheckFromId(const std::string& id) {
    for (SchoolCheck c : AllSchoolChecks())
        if (id == SchoolCheckId(c)) return c;
    return std::nullopt;
}

const char* SchoolCheckCatalogKey(SchoolCheck c) {
    switch (c) {
        case SchoolCheck::IntakeTest: return "schools.check.test";
        case SchoolCheck::CertifiedHours: return "schools.check.hours";
        case SchoolCheck::Schedule: return "schools.check.when";
        case SchoolCheck::Keurmerk: return "schools.check.keurmerk";
        case SchoolCheck::Retakes: return "schools.check.retakes";
        case SchoolCheck::Reputation: return "schools.check.reputation";
        case SchoolCheck::FitsWork: return "schools.check.work";
    }
    return "";
}

SchoolVerdict Evaluate(const SchoolAnswers& a) {
    SchoolVerdict v;
    for (SchoolCheck c : AllSchoolChecks()) {
        const Tri t = a[c];
        if (t == Tri::Yes) ++v.yes;
        else if (t == Tri::No) ++v.no;
        else {
            ++v.unknown;
            v.open.push_back(c);
        }
    }
    v.sources = {"F-SCHOOL-1"};
    // DUO pays only keurmerk schools, and the Z-route and scaling down need
    // lessons at one: a "no" here rules all three out for this school.
    if (a[SchoolCheck::Keurmerk] == Tri::No) {
        v.blocking = true;
        v.blocks = {"duo_loan", "z_route", "a2_scaling"};
        v.sources.insert(v.sources.end(), {"F-LOAN-2", "F-ROUTE-3", "F-ROUTE-2"});
    }
    v.keurmerk_unknown = a[SchoolCheck::Keurmerk] == Tri::Unknown;
    return v;
}

std::optional<InputProblem> FindSchoolsProblem(const std::vector<SchoolChecklist>& schools) {
    if (schools.empty()) return InputProblem{"schools", "add a school to check"};
    if (schools.size() > static_cast<size_t>(kMaxSchools))
        return InputProblem{"schools", "at most 3 schools side by side, not " + std::to_string(schools.size())};
    return std::nullopt;
}

std::vector<SchoolVerdict> CompareSchools(const std::vector<SchoolChecklist>& schools) {
    std::vector<SchoolVerdict> out;
    if (FindSchoolsProblem(schools)) return out;
    for (const auto& s : schools) out.push_back(Evaluate(s.answers));
    return out;
}

}  // namespace wegwijs::calc
