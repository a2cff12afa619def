#include "i18n/localizer.h"

#include <unicode/datefmt.h>
#include <unicode/msgfmt.h>
#include <unicode/numberformatter.h>

#include <algorithm>

namespace wegwijs {
namespace {

// Text arguments (names, phone numbers, opening hours) in a right-to-left
// message are isolated (FSI ... PDI), so "14 020" is not reordered to "020 14".
icu::Formattable ToFormattable(const ArgValue& v, bool rtl) {
    struct Visitor {
        bool rtl;
        icu::Formattable operator()(int64_t x) const { return icu::Formattable(x); }
        icu::Formattable operator()(double x) const { return icu::Formattable(x); }
        icu::Formattable operator()(const std::string& s) const {
            icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
            if (rtl) u = icu::UnicodeString(static_cast<UChar>(0x2068)) + u + icu::UnicodeString(static_cast<UChar>(0x2069));
            return icu::Formattable(u);
        }
        icu::Formattable operator()(const Date& d) const {
            return icu::Formattable(ToUDate(d), icu::Formattable::kIsDate);
        }
        icu::Formattable operator()(const Money& m) const { return icu::Formattable(m.euros); }
    };
    return std::visit(Visitor{rtl}, v);
}

std::unique_ptr<icu::MessageFormat> Compile(const std::string& pattern, const icu::Locale& locale,
                                            std::string* error) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError pe{};
    auto mf = std::make_unique<icu::MessageFormat>(icu::UnicodeString::fromUTF8(pattern), locale, pe, status);
    if (U_FAILURE(status)) {
        if (error) *error = std::string("pattern does not parse: ") + u_errorName(status);
        return nullptr;
    }
    // Dates are calendar days: format them in UTC so no zone shifts the day.
    int32_t count = 0;
    const icu::Format** formats = mf->getFormats(count);
    for (int32_t i = 0; i < count; ++i) {
        if (auto* df = dynamic_cast<const icu::DateFormat*>(formats[i])) {
            auto* copy = static_cast<icu::DateFormat*>(df->clone());
            copy->adoptTimeZone(icu::TimeZone::getGMT()->clone());
            mf->adoptFormat(i, copy);
        }
    }
    return mf;
}

}  // namespace

Localizer::Localizer(const Catalogs& catalogs) : catalogs_(catalogs) {
    // ICU falls back through the default locale when a bundle is missing; that
    // is LANG natively and the browser's language on the web. Pin it so both
    // targets format alike.
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale::setDefault(icu::Locale::getRoot(), status);
    if (!catalogs_.languages().empty()) SetLanguage(catalogs_.reference());
}

Localizer::~Localizer() = default;

bool Localizer::SetLanguage(const std::string& code) {
    const Language* l = catalogs_.Find(code);
    if (!l) return false;
    language_ = l;
    cache_.clear();
    return true;
}

bool Localizer::Has(const std::string& key) const {
    return language_ && catalogs_.Pattern(language_->code, key) != nullptr;
}

std::string Localizer::Format(const std::string& asked, const Args& args) {
    if (!language_) return "[" + asked + "]";
    static constexpr std::string_view kTwin = ".referent";
    const bool twin = reader_is_referent_ && !(asked.size() >= kTwin.size() &&
                                               asked.compare(asked.size() - kTwin.size(), kTwin.size(), kTwin) == 0) &&
                      Has(asked + std::string(kTwin));
    const std::string key = twin ? asked + std::string(kTwin) : asked;
    auto it = cache_.find(key);
    if (it == cache_.end()) {
        const std::string* pattern = catalogs_.Pattern(language_->code, key);
        std::unique_ptr<icu::MessageFormat> mf;
        if (pattern) mf = Compile(*pattern, icu::Locale(language_->locale.c_str()), nullptr);
        if (!mf) {
            if (std::find(missing_.begin(), missing_.end(), key) == missing_.end()) missing_.push_back(key);
            return "[" + key + "]";
        }
        it = cache_.emplace(key, std::move(mf)).first;
    }
    return Run(*it->second, args, nullptr);
}

std::string Localizer::FormatPattern(const std::string& pattern, const Args& args, std::string* error) const {
    const char* loc = language_ ? language_->locale.c_str() : "nl";
    auto mf = Compile(pattern, icu::Locale(loc), error);
    if (!mf) return pattern;
    return Run(*mf, args, error);
}

std::string Localizer::Run(icu::MessageFormat& mf, const Args& args, std::string* error) const {
    std::vector<icu::UnicodeString> names;
    std::vector<icu::Formattable> values;
    names.reserve(args.size());
    values.reserve(args.size());
    for (const auto& a : args) {
        names.push_back(icu::UnicodeString::fromUTF8(a.name));
        values.push_back(ToFormattable(a.value, language_ && language_->rtl));
    }
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString result;
    mf.format(names.data(), values.data(), static_cast<int32_t>(args.size()), result, status);
    if (U_FAILURE(status) && error) *error = std::string("formatting failed: ") + u_errorName(status);
    std::string out;
    result.toUTF8String(out);
    return out;
}

std::string Localizer::FormatMoney(double euros) const {
    UErrorCode status = U_ZERO_ERROR;
    const char* loc = language_ ? language_->locale.c_str() : "nl";
    auto f = icu::number::NumberFormatter::withLocale(icu::Locale(loc))
                 .unit(icu::CurrencyUnit(u"EUR", status))
                 .formatDouble(euros, status);
    std::string out;
    f.toString(status).toUTF8String(out);
    return out;
}

std::string Localizer::FormatDate(const Date& d) const {
    const char* loc = language_ ? language_->locale.c_str() : "nl";
    std::unique_ptr<icu::DateFormat> df(icu::DateFormat::createDateInstance(icu::DateFormat::kMedium, icu::Locale(loc)));
    if (!df) return ToIso(d);
    df->adoptTimeZone(icu::TimeZone::getGMT()->clone());
    icu::UnicodeString s;
    df->format(ToUDate(d), s);
    std::string out;
    s.toUTF8String(out);
    return out;
}

}  // namespace wegwijs
