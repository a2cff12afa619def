// The finish screen's hand-over, as a person does it: consent first, then a
// code (QR and text) that only the gemeente's key opens, holding the answers
// as given; the code is gone after "stop and erase".
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "handover/keys.h"
#include "handover/summary_code.h"
#include "intake/bundle.h"
#include "ui_driver.h"

using wegwijs::test::UiDriver;
namespace fs = std::filesystem;

namespace {

// A kiosk config like assets/kiosk.json with the gemeente's public key.
struct KeyedConfig {
    fs::path dir;
    wegwijs::handover::KeyPair keys = wegwijs::handover::GenerateKeyPair();
    std::string path;
    explicit KeyedConfig(const std::string& name) : dir(fs::temp_directory_path() / ("wegwijs-" + name)) {
        fs::create_directories(dir);
        std::ofstream(dir / "gemeente.pub") << wegwijs::handover::PublicKeyFileText(keys.pub);
        std::ifstream in(WEGWIJS_SOURCE_DIR "/assets/kiosk.json");
        nlohmann::json c = nlohmann::json::parse(in);
        const fs::path assets = WEGWIJS_SOURCE_DIR "/assets";
        c["content_dir"] = (assets / c["content_dir"].get<std::string>()).lexically_normal().string();
        c["i18n_dir"] = (assets / c["i18n_dir"].get<std::string>()).lexically_normal().string();
        c["handover_key"] = "gemeente.pub";
        path = (dir / "kiosk.json").string();
        std::ofstream(path) << c.dump(2);
    }
};

}  // namespace

TEST(Handover, AfterConsentTheCodeOpensOnlyWithTheGemeentesKeyAndHoldsTheAnswers) {
    KeyedConfig cfg("handover-ui");
    UiDriver ui({"--config", cfg.path, "--lang", "ar", "--role", "migrant", "--screen", "finish"}, ImVec2(1280, 2400));
    ASSERT_TRUE(ui.started()) << ui.error();
    EXPECT_TRUE(ui.app().handover_code().empty()) << "nothing is made before the person asks";
    ASSERT_TRUE(ui.TapId("##make-code"));
    const std::string code = ui.app().handover_code();
    ASSERT_EQ(code.rfind("WW1:", 0), 0u) << code.substr(0, 20);
    EXPECT_TRUE(ui.Shows("الرمز بالحروف والأرقام")) << "explained in the person's language";
    ImVec2 qr_min, qr_max;
    ASSERT_TRUE(ui.Find("##handover-qr", &qr_min, &qr_max)) << "the QR code is on screen";
    EXPECT_GE(qr_max.x - qr_min.x, 300.0f) << "large enough for a phone camera";

    wegwijs::intake::Bundle bundle;
    wegwijs::Problems problems;
    ASSERT_TRUE(wegwijs::intake::LoadBundle({WEGWIJS_SOURCE_DIR "/i18n", WEGWIJS_SOURCE_DIR "/content"}, bundle, problems));
    const auto opened = wegwijs::handover::OpenSummary(code, cfg.keys, wegwijs::Date{2026, 12, 2}, bundle);
    ASSERT_TRUE(opened.summary) << opened.message << problems.ToString();
    EXPECT_EQ(opened.summary->role, "migrant");
    EXPECT_EQ(opened.summary->language_used, "ar");
    EXPECT_FALSE(opened.summary->answers.empty());

    wegwijs::handover::KeyPair other = wegwijs::handover::GenerateKeyPair();
    EXPECT_FALSE(wegwijs::handover::OpenSummary(code, other, wegwijs::Date{2026, 12, 2}, bundle).summary)
        << "another gemeente's key cannot read it";

    ui.app().StopAndErase();
    ui.Frames(3);
    EXPECT_TRUE(ui.app().handover_code().empty()) << "stop and erase takes the code too";
}

TEST(Handover, WithoutAGemeenteKeyItSaysSoAndOffersNoCode) {
    UiDriver ui({"--lang", "nl", "--role", "migrant", "--screen", "finish"}, ImVec2(1280, 2400));
    ASSERT_TRUE(ui.started()) << ui.error();
    EXPECT_TRUE(ui.Shows("Deze gemeente neemt nog geen codes aan")) << ui.AllText();
    EXPECT_FALSE(ui.TapId("##make-code"));
}

TEST(Handover, ADamagedKeyFileStopsTheKioskWithTheReason) {
    KeyedConfig cfg("handover-bad-key");
    std::ofstream(cfg.dir / "gemeente.pub") << "WEGWIJS GEMEENTE PUBLIC KEY 1\nnot a key\n";
    UiDriver ui({"--config", cfg.path});
    EXPECT_FALSE(ui.started());
    EXPECT_NE(ui.error().find("handover_key"), std::string::npos) << ui.error();
    EXPECT_NE(ui.error().find("gemeente.pub"), std::string::npos) << ui.error();
}
