// Verbs "keygen", "seal" and "open": the sealed hand-over code from the command
// line (docs/cli.md, app/core/handover/). A gemeente makes its key pair once;
// `seal` is what the kiosk does with a finished summary; `open` is what the
// regievoerder does with a code.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>

#include "base/files.h"
#include "cli/verbs.h"
#include "handover/keys.h"
#include "handover/png.h"
#include "handover/qr.h"
#include "handover/summary_code.h"
#include "intake/engine.h"
#include "intake/intake_summary.h"
#include "intake/summary_text.h"

namespace wegwijs::cli {
namespace {

constexpr const char* kKeygenUsage = "usage: wegwijs-cli keygen --out DIR\n";
constexpr const char* kSealUsage =
    "usage: wegwijs-cli seal --key gemeente.pub [--expires YYYY-MM-DD] [--qr OUT.png] [--content DIR] [--i18n DIR] < summary.json\n";
constexpr const char* kOpenUsage =
    "usage: wegwijs-cli open --key gemeente.key [--today YYYY-MM-DD] [--locale nl] [--format json|text|pdf] [--out FILE]\n"
    "                        [--content DIR] [--i18n DIR] < code\n";

// Every argument is a known "--flag value" pair; otherwise prints the usage.
bool CheckFlags(const Args& args, const std::set<std::string>& known, const char* verb, const char* usage) {
    for (size_t i = 0; i < args.size(); ++i) {
        if (!known.count(args[i])) {
            std::fprintf(stderr, "wegwijs-cli %s: unknown argument \"%s\"\n%s", verb, args[i].c_str(), usage);
            return false;
        }
        if (i + 1 >= args.size() || args[i + 1].rfind("--", 0) == 0) {
            std::fprintf(stderr, "wegwijs-cli %s: %s needs a value\n%s", verb, args[i].c_str(), usage);
            return false;
        }
        ++i;
    }
    return true;
}

int Fail(const char* verb, const std::string& message) {
    std::fprintf(stderr, "wegwijs-cli %s: %s\n", verb, message.c_str());
    return 1;
}

std::string ReadStdin() {
    return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
}

// Writes `data` as `path` all at once: a temporary file next to it, then a
// rename, so a reader never sees half a file. `mode` for a new file.
bool WriteWhole(const std::string& path, const std::string& data, std::string& error) {
    const std::string tmp = path + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        error = path + ": cannot write (" + std::strerror(errno) + ")";
        return false;
    }
    size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n <= 0) break;
        done += static_cast<size_t>(n);
    }
    const bool ok = done == data.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
        error = path + ": cannot write (" + std::strerror(errno) + ")";
        std::remove(tmp.c_str());
        return false;
    }
    return true;
}

// A new file only: fails when `path` exists. The mode is set exactly (not
// narrowed by the umask only).
bool WriteNew(const std::string& path, const std::string& data, mode_t mode, std::string& error) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, mode);
    if (fd < 0) {
        error = path + ": cannot create (" + std::strerror(errno) + ")";
        return false;
    }
    bool ok = ::fchmod(fd, mode) == 0;
    size_t done = 0;
    while (ok && done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n <= 0) ok = false;
        else done += static_cast<size_t>(n);
    }
    ok = ok && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
        error = path + ": cannot write (" + std::strerror(errno) + ")";
        std::remove(path.c_str());
    }
    return ok;
}

bool Exists(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0;
}

// A date flag, or `fallback` when absent; false (after the message) when not a date.
bool DateFlag(const Args& args, const char* name, const Date& fallback, Date& out, const char* verb, const char* usage) {
    const std::string text = Flag(args, name);
    if (text.empty()) {
        out = fallback;
        return true;
    }
    const auto d = ParseIsoDate(text);
    if (!d) {
        std::fprintf(stderr, "wegwijs-cli %s: %s %s: not a date (YYYY-MM-DD)\n%s", verb, name, text.c_str(), usage);
        return false;
    }
    out = *d;
    return true;
}

}  // namespace

int Keygen(const Args& args) {
    if (!CheckFlags(args, {"--out"}, "keygen", kKeygenUsage)) return 2;
    std::string dir = Flag(args, "--out");
    if (dir.empty()) {
        std::fputs(kKeygenUsage, stderr);
        return 2;
    }
    while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
    if (!handover::CryptoReady()) return Fail("keygen", "libsodium could not start (no source of random numbers)");
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return Fail("keygen", dir + ": cannot create the folder (" + ec.message() + ")");
    const std::string pub_path = dir + "/gemeente.pub";
    const std::string key_path = dir + "/gemeente.key";
    for (const auto& path : {key_path, pub_path})
        if (Exists(path))
            return Fail("keygen", path + " exists: keygen never overwrites a key (codes sealed to it could no longer be "
                                         "opened); move it away or choose another folder");
    const handover::KeyPair keys = handover::GenerateKeyPair();
    std::string error;
    if (!WriteNew(key_path, handover::SecretKeyFileText(keys), 0600, error)) return Fail("keygen", error);
    if (!WriteNew(pub_path, handover::PublicKeyFileText(keys.pub), 0644, error)) {
        std::remove(key_path.c_str());
        return Fail("keygen", error);
    }
    std::printf("key id %s\n%s   give it to the kiosks and the web page: it seals codes\n"
                "%s   keep it secret (mode 0600): it opens them; without it no code can be read\n",
                keys.pub.IdText().c_str(), pub_path.c_str(), key_path.c_str());
    return 0;
}

int Seal(const Args& args) {
    if (!CheckFlags(args, {"--key", "--expires", "--qr", "--content", "--i18n"}, "seal", kSealUsage)) return 2;
    const std::string key_path = Flag(args, "--key");
    if (key_path.empty()) {
        std::fputs(kSealUsage, stderr);
        return 2;
    }
    const Date today = FlowEngine::SystemToday();
    intake::Bundle bundle;
    if (!LoadBundle(args, bundle)) return 1;
    const Date fallback = handover::ExpiryFrom(today, bundle.content.gemeente().handover_days);
    Date expires;
    if (!DateFlag(args, "--expires", fallback, expires, "seal", kSealUsage)) return 2;
    if (expires < today) return Fail("seal", "--expires " + ToIso(expires) + " lies before today (" + ToIso(today) + ")");
    if (expires > handover::kLastExpiry) return Fail("seal", "--expires " + ToIso(expires) + " lies after " + ToIso(handover::kLastExpiry));

    const auto key_text = ReadFile(key_path);
    if (!key_text) return Fail("seal", key_path + ": cannot read the key file");
    std::string error;
    const auto key = handover::ParsePublicKeyFile(*key_text, error);
    if (!key) return Fail("seal", key_path + ": " + error);

    const std::string input = ReadStdin();
    if (input.find_first_not_of(" \t\r\n") == std::string::npos)
        return Fail("seal", "stdin is empty: pipe a summary into it (wegwijs-cli run --json ... | wegwijs-cli seal ...)");
    Problems problems;
    const auto json = nlohmann::json::parse(input, nullptr, false);
    std::optional<intake::IntakeSummary> summary;
    if (json.is_discarded())
        problems.Add("stdin", "", "not JSON: a summary is the JSON of wegwijs-cli run --json");
    else
        summary = intake::SummaryFromJson(json, bundle, "stdin", problems);
    if (!summary || !problems.empty()) {
        std::fputs(problems.ToString().c_str(), stderr);
        std::fprintf(stderr, "%zu problem%s found: nothing sealed\n", problems.size(), problems.size() == 1 ? "" : "s");
        return 1;
    }

    const std::string code = handover::SealSummary(*summary, expires, *key);
    if (code.empty()) return Fail("seal", "the summary is too large for a code");
    const auto qr = handover::EncodeQr(code, &error);
    if (!qr) return Fail("seal", "the code is " + error);
    if (const std::string png_path = Flag(args, "--qr"); !png_path.empty()) {
        const auto png = handover::QrPng(*qr);
        if (!WriteWhole(png_path, std::string(png.begin(), png.end()), error)) return Fail("seal", error);
    }
    std::printf("%s\n", code.c_str());
    std::fprintf(stderr, "sealed to key id %s, opens until %s: %zu characters, QR version %d (%dx%d modules, level Q)\n",
                 key->IdText().c_str(), ToIso(expires).c_str(), code.size(), qr->version, qr->size, qr->size);
    return 0;
}

int Open(const Args& args) {
    if (!CheckFlags(args, {"--key", "--today", "--locale", "--format", "--out", "--content", "--i18n"}, "open", kOpenUsage))
        return 2;
    const std::string key_path = Flag(args, "--key");
    const std::string format = Flag(args, "--format", "json");
    if (key_path.empty()) {
        std::fputs(kOpenUsage, stderr);
        return 2;
    }
    if (format != "json" && format != "text" && format != "pdf") {
        std::fprintf(stderr, "wegwijs-cli open: --format is json, text or pdf\n%s", kOpenUsage);
        return 2;
    }
    if (format == "pdf") {
        std::fputs("wegwijs-cli open: --format pdf: not yet (the printout of issue 9 is still to come); "
                   "use --format text\n", stderr);
        return 2;
    }
    Date today;
    if (!DateFlag(args, "--today", FlowEngine::SystemToday(), today, "open", kOpenUsage)) return 2;
    intake::Bundle bundle;
    if (!LoadBundle(args, bundle)) return 1;
    const std::string locale = Flag(args, "--locale", "nl");
    if (!bundle.catalogs.Find(locale))
        return Fail("open", "--locale: no language \"" + locale + "\" in i18n/languages.json");

    const auto key_text = ReadFile(key_path);
    if (!key_text) return Fail("open", key_path + ": cannot read the key file");
    std::string error;
    const auto keys = handover::ParseSecretKeyFile(*key_text, error);
    if (!keys) return Fail("open", key_path + ": " + error);

    const auto opened = handover::OpenSummary(ReadStdin(), *keys, today, bundle);
    if (!opened.summary) {
        std::fputs(opened.problems.ToString().c_str(), stderr);
        return Fail("open", opened.message);
    }
    const std::string fingerprint = ContentFingerprintOf(args);
    if (opened.summary->fingerprint != fingerprint)
        std::fprintf(stderr, "code: /fingerprint: made with other content (%s; this content is %s): its codes were checked against this content\n",
                     opened.summary->fingerprint.c_str(), fingerprint.c_str());
    const std::string out = format == "json" ? intake::CanonicalJson(*opened.summary) + "\n"
                                             : intake::SummaryText(*opened.summary, bundle, locale, fingerprint);
    if (const std::string path = Flag(args, "--out"); !path.empty()) {
        if (!WriteWhole(path, out, error)) return Fail("open", error);
    } else {
        std::fputs(out.c_str(), stdout);
    }
    return 0;
}

}  // namespace wegwijs::cli
