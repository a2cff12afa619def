// Shared by the libFuzzer targets (tests/fuzz/*_fuzzer.cpp, issue 13).
//
// Each target feeds one input a person or a gemeente controls to the same
// loader the kiosk, the page and the CLI use. Loaders that read folders get
// a private scratch folder (under $TMPDIR, default /tmp) that holds the
// shipped files, with the fuzzed file written over one of them per run.
// A target aborts (a finding) only on what a sanitizer reports or on a
// broken promise the code makes (a summary that does not read back the same).
#pragma once
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace wegwijs::fuzz {

inline std::string SourceDir() { return WEGWIJS_SOURCE_DIR; }

// A scratch folder for this process, removed at exit.
inline const std::string& ScratchDir() {
    static const std::string dir = [] {
        const char* tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/wegwijs-fuzz-XXXXXX";
        if (!mkdtemp(pattern.data())) {
            std::perror("mkdtemp");
            std::abort();
        }
        static std::string keep = pattern;
        std::atexit([] { std::error_code ec; std::filesystem::remove_all(keep, ec); });
        return pattern;
    }();
    return dir;
}

inline void WriteFile(const std::string& path, std::string_view data) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
}

// Copies a shipped folder (content/, i18n/) into the scratch folder once.
inline std::string CopyOfShipped(const std::string& folder) {
    const std::string to = ScratchDir() + "/" + folder;
    std::filesystem::create_directories(to);
    std::filesystem::copy(SourceDir() + "/" + folder, to,
                          std::filesystem::copy_options::overwrite_existing | std::filesystem::copy_options::recursive);
    return to;
}

inline std::string_view AsText(const uint8_t* data, size_t size) { return {reinterpret_cast<const char*>(data), size}; }

// A promise the code makes did not hold: report and stop (libFuzzer keeps the input).
[[noreturn]] inline void Broken(const char* what, const std::string& detail) {
    std::fprintf(stderr, "broken promise: %s\n%s\n", what, detail.c_str());
    std::abort();
}

}  // namespace wegwijs::fuzz
