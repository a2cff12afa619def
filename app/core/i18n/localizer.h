// Formats catalog messages for the chosen language with ICU MessageFormat:
// plurals, numbers, amounts in euro and dates follow the language's rules.
// Output is in logical order; the text layer (text/layout.h) shapes and
// reorders right-to-left scripts for drawing.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/date.h"
#include "i18n/catalog.h"

#include <unicode/uversion.h>
U_NAMESPACE_BEGIN
class MessageFormat;
U_NAMESPACE_END

namespace wegwijs {

struct Money {
    double euros = 0;
};

using ArgValue = std::variant<int64_t, double, std::string, Date, Money>;

struct Arg {
    std::string name;
    ArgValue value;
};
using Args = std::vector<Arg>;

class Localizer {
public:
    explicit Localizer(const Catalogs& catalogs);
    ~Localizer();
    Localizer(const Localizer&) = delete;
    Localizer& operator=(const Localizer&) = delete;

    // Switches language; keeps nothing of the previous one but the catalogs.
    bool SetLanguage(const std::string& code);
    const Language& language() const { return *language_; }

    // Who reads: "referent" (the partner who lives here) or anyone else. For
    // the referent a key's "<key>.referent" twin, where the catalog has one,
    // replaces the key, also for keys the code names (issue 15: each role is
    // addressed as itself; content may still name both keys explicitly).
    void SetReader(const std::string& role) { reader_is_referent_ = role == "referent"; }

    // The message for `key`, formatted with `args`. A key no catalog has comes
    // back as the key itself in brackets, and is remembered in missing().
    std::string Format(const std::string& key, const Args& args = {});
    bool Has(const std::string& key) const;

    // Formats an ad-hoc pattern (used for content values and tests).
    std::string FormatPattern(const std::string& pattern, const Args& args, std::string* error = nullptr) const;

    // Convenience formatting outside messages.
    std::string FormatMoney(double euros) const;
    std::string FormatDate(const Date& d) const;  // medium style

    const std::vector<std::string>& missing() const { return missing_; }

private:
    std::string Run(icu::MessageFormat& mf, const Args& args, std::string* error) const;

    const Catalogs& catalogs_;
    const Language* language_ = nullptr;
    std::map<std::string, std::unique_ptr<icu::MessageFormat>, std::less<>> cache_;
    std::vector<std::string> missing_;
    bool reader_is_referent_ = false;
};

}  // namespace wegwijs
