#include "calc/calc_facts.h"

namespace wegwijs::calc {

const SourceRef* CalcFacts::Source(const std::string& id) const {
    for (const auto& s : sources)
        if (s.id == id) return &s;
    return nullptr;
}

}  // namespace wegwijs::calc
