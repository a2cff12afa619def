// Prints what Wegwijs asks of ICU, so that run-check.sh can diff the output of the
// native build (Debian's libicu, full data) against the wasm build (ICU built by
// scripts/build-icu-wasm.sh, data trimmed by scripts/trim-icu-data.sh). Any line that
// differs means the trimmed data lacks something: fix the trim rules, not this file.
//
//   check [LOCALE...]        default: nl en ar
//
// Dates use a fixed zone (GMT): the trimmed data has no time zone database.
#include <unicode/brkiter.h>
#include <unicode/datefmt.h>
#include <unicode/locdspnm.h>
#include <unicode/msgfmt.h>
#include <unicode/numberformatter.h>
#include <unicode/plurrule.h>
#include <unicode/timezone.h>
#include <unicode/ubidi.h>
#include <unicode/uclean.h>
#include <unicode/unistr.h>
#include <unicode/ushape.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

using icu::UnicodeString;

namespace {

// 2026-03-01T00:00:00Z in milliseconds since 1970.
constexpr UDate kDate = 1772323200000.0;

std::string Utf8(const UnicodeString& s) {
  std::string out;
  return s.toUTF8String(out);
}

std::string Hex(const UnicodeString& s) {
  std::string out;
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s%04X", out.empty() ? "" : " ", s.char32At(i));
    out += buf;
  }
  return out;
}

// Prints "label: text", or the error, so a diff names what failed.
void Print(const char* label, const UnicodeString& s, UErrorCode status) {
  if (U_FAILURE(status)) {
    std::printf("  %s: ERROR %s\n", label, u_errorName(status));
  } else {
    std::printf("  %s: %s\n", label, Utf8(s).c_str());
  }
}

UnicodeString Message(const char* pattern, const icu::Locale& loc, const char* name,
                      const icu::Formattable& value) {
  UErrorCode status = U_ZERO_ERROR;
  icu::MessageFormat mf(UnicodeString::fromUTF8(pattern), loc, status);
  UnicodeString arg = UnicodeString::fromUTF8(name), out;
  if (U_SUCCESS(status)) mf.format(&arg, &value, 1, out, status);
  return U_SUCCESS(status) ? out : UnicodeString::fromUTF8(u_errorName(status));
}

UnicodeString Date(icu::DateFormat* df) {
  if (df == nullptr) return u"ERROR (no DateFormat)";
  std::unique_ptr<icu::DateFormat> owner(df);
  df->setTimeZone(*icu::TimeZone::getGMT());
  UnicodeString out;
  return df->format(kDate, out);
}

UnicodeString Shape(const UnicodeString& in) {
  UErrorCode status = U_ZERO_ERROR;
  UChar buf[512];
  int32_t n = u_shapeArabic(in.getBuffer(), in.length(), buf, 512,
                            U_SHAPE_LETTERS_SHAPE | U_SHAPE_TEXT_DIRECTION_LOGICAL, &status);
  return U_SUCCESS(status) ? UnicodeString(buf, n) : UnicodeString(u_errorName(status), -1, US_INV);
}

UnicodeString Visual(const UnicodeString& in) {
  UErrorCode status = U_ZERO_ERROR;
  UBiDi* bidi = ubidi_open();
  ubidi_setPara(bidi, in.getBuffer(), in.length(), UBIDI_DEFAULT_RTL, nullptr, &status);
  UChar buf[512];
  int32_t n = ubidi_writeReordered(bidi, buf, 512,
                                   UBIDI_DO_MIRRORING | UBIDI_REMOVE_BIDI_CONTROLS, &status);
  ubidi_close(bidi);
  return U_SUCCESS(status) ? UnicodeString(buf, n) : UnicodeString(u_errorName(status), -1, US_INV);
}

std::string LineBreaks(const icu::Locale& loc, const UnicodeString& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createLineInstance(loc, status));
  if (U_FAILURE(status)) return std::string("ERROR ") + u_errorName(status);
  bi->setText(text);
  std::string out;
  for (int32_t p = bi->first(); p != icu::BreakIterator::DONE; p = bi->next()) {
    out += std::to_string(p) + " ";
  }
  return out;
}

const char* Sentence(const std::string& lang) {
  if (lang == "nl") return "Je termijn van 3 jaar begint de dag na de eerste PIP-datum (zie DUO.nl).";
  if (lang == "ar") return "تبدأ مدة الاندماج (3 سنوات) في اليوم التالي لأول خطة PIP.";
  if (lang == "tr") return "Uyum süresi (3 yıl), ilk PIP tarihinden sonraki gün başlar.";
  return "Your 3-year term starts the day after the first PIP date (see DUO.nl).";
}

void CheckLocale(const char* name, const std::vector<const char*>& all) {
  icu::Locale loc(name);
  std::printf("== %s\n", name);

  const char* weeks = "{n, plural, one {# week} other {# weeks}}";
  Print("plural n=1", Message(weeks, loc, "n", icu::Formattable(int32_t{1})), U_ZERO_ERROR);
  Print("plural n=3", Message(weeks, loc, "n", icu::Formattable(int32_t{3})), U_ZERO_ERROR);
  {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(loc, status));
    UnicodeString cats;
    for (int n : {0, 1, 2, 3, 11, 100, 101}) {
      if (U_SUCCESS(status)) cats += rules->select(int32_t{n}) + u" ";
    }
    Print("plural categories 0 1 2 3 11 100 101", cats, status);
  }

  UnicodeString money = Message("{amount, number, :: currency/EUR}", loc, "amount",
                                icu::Formattable(1234.5));
  Print("currency (MessageFormat)", money, U_ZERO_ERROR);
  {
    UErrorCode status = U_ZERO_ERROR;
    auto fmt = icu::number::NumberFormatter::withLocale(loc)
                   .unit(icu::CurrencyUnit(u"EUR", status))
                   .unitWidth(UNUM_UNIT_WIDTH_FULL_NAME);
    UnicodeString out = fmt.formatDouble(1234.5, status).toString(status);
    Print("currency (full name)", out, status);
  }
  {
    UErrorCode status = U_ZERO_ERROR;
    UnicodeString out = icu::number::NumberFormatter::withLocale(loc)
                            .formatDouble(-1234567.891, status).toString(status);
    Print("number", out, status);
    icu::Locale latn(loc);  // e.g. Arabic text with 0-9 digits: ar-u-nu-latn
    latn.setKeywordValue("numbers", "latn", status);
    out = icu::number::NumberFormatter::withLocale(latn)
              .unit(icu::CurrencyUnit(u"EUR", status)).formatDouble(1234.5, status)
              .toString(status);
    Print("currency (latn digits)", out, status);
    Print("percent", Message("{p, number, percent}", loc, "p", icu::Formattable(0.25)),
          U_ZERO_ERROR);
  }

  UnicodeString medium = Date(icu::DateFormat::createDateInstance(icu::DateFormat::kMedium, loc));
  Print("date medium", medium, U_ZERO_ERROR);
  Print("date long", Date(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, loc)),
        U_ZERO_ERROR);
  Print("date full", Date(icu::DateFormat::createDateInstance(icu::DateFormat::kFull, loc)),
        U_ZERO_ERROR);
  {
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormat* df = icu::DateFormat::createInstanceForSkeleton(u"yMMMd", loc, status);
    Print("date skeleton yMMMd", Date(df), status);
  }

  {
    UnicodeString own;
    loc.getDisplayName(loc, own);
    Print("own name (Locale)", own, U_ZERO_ERROR);
    std::unique_ptr<icu::LocaleDisplayNames> ldn(icu::LocaleDisplayNames::createInstance(loc));
    for (const char* other : all) {
      UnicodeString out;
      ldn->localeDisplayName(other, out);
      Print((std::string("name of ") + other).c_str(), out, U_ZERO_ERROR);
    }
  }

  UnicodeString arabic = UnicodeString::fromUTF8("مرحبا بالعالم لام ألف لا ");
  UnicodeString shaped = Shape(arabic + money);
  Print("shaped", shaped, U_ZERO_ERROR);
  std::printf("  shaped hex: %s\n", Hex(shaped).c_str());
  UnicodeString visual = Visual(UnicodeString::fromUTF8("الموعد (رقم 42): ") + medium +
                                UnicodeString::fromUTF8(" [ok] ") + money);
  std::printf("  bidi visual hex: %s\n", Hex(visual).c_str());

  UnicodeString sentence = UnicodeString::fromUTF8(Sentence(loc.getLanguage()));
  std::printf("  line breaks: %s\n", LineBreaks(loc, sentence).c_str());
}

}  // namespace

int main(int argc, char** argv) {
  UErrorCode status = U_ZERO_ERROR;
  u_init(&status);
  std::printf("u_init: %s\n", u_errorName(status));
  // The default locale comes from LANG natively and from the browser in wasm, and ICU
  // falls back through it when a bundle is missing: pin it so both runs agree.
  status = U_ZERO_ERROR;
  icu::Locale::setDefault(icu::Locale("en"), status);

  std::vector<const char*> locales(argv + 1, argv + argc);
  if (locales.empty()) locales = {"nl", "en", "ar"};
  for (const char* l : locales) CheckLocale(l, locales);
  return 0;
}
