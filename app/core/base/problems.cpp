#include "base/problems.h"

namespace wegwijs {

std::string Problem::ToString() const {
    std::string s = file;
    if (!where.empty()) s += ": " + where;
    s += ": " + message;
    return s;
}

std::string Problems::ToString() const {
    std::string s;
    for (const auto& p : list_) s += p.ToString() + "\n";
    return s;
}

}  // namespace wegwijs
