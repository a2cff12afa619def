#include "calc/schools.h"

namespace wegwijs::calc {

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

SchoolVerdict Evaluate(const SchoolAnswers& a) {
    SchoolVerdict v;
    for (Tri t : a.checks) {
        if (t == Tri::Yes) ++v.yes;
        else if (t == Tri::No) ++v.no;
        else ++v.unknown;
    }
    v.sources = {"F-SCHOOL-1"};
    if (a[SchoolCheck::Keurmerk] == Tri::No) {
        v.blocking = true;
        v.blocks = {"duo_loan", "z_route", "a2_scaling"};
        v.sources.insert(v.sources.end(), {"F-LOAN-2", "F-ROUTE-2", "F-ROUTE-3"});
    }
    return v;
}

}  // namespace wegwijs::calc
