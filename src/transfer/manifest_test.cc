// SPDX-License-Identifier: Apache-2.0
#include "transfer/manifest.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "common/local_time.h"
#include "transfer/base64.h"

namespace motcua::transfer {
namespace {

Manifest Sample() {
  Manifest m;
  m.transfer_id = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";
  m.dossier_code = "000.00.06.H05-261125-0001";
  m.procedure_code = "2.000488";
  m.from = {"000.00.07.H05", "Sở Tư pháp tỉnh Bắc Ninh"};
  m.to = {"001.01.00.H05", "UBND phường Kinh Bắc"};
  m.created_at = MakeLocalTime(2026, 11, 25, 9, 30);
  m.note = "Đề nghị xác minh \"nơi cư trú\"";
  m.files.push_back({"to-khai", "tờ khai.pdf", "application/pdf", 321, std::string(64, 'a')});
  return m;
}

TEST(Manifest, CanonicalJsonHasSortedKeysAndNoWhitespace) {
  EXPECT_EQ(
      ToCanonicalJson(Sample()),
      R"({"created_at":"2026-11-25T09:30:00+07:00","dossier_code":"000.00.06.H05-261125-0001",)"
      R"("files":[{"component_id":"to-khai","detected_type":"application/pdf",)"
      R"("file_name":"tờ khai.pdf","sha256":")" +
          std::string(64, 'a') +
          R"(","size_bytes":321}],"format":"motcua-transfer-manifest",)"
          R"("from":{"code":"000.00.07.H05","name":"Sở Tư pháp tỉnh Bắc Ninh"},)"
          R"("note":"Đề nghị xác minh \"nơi cư trú\"","procedure_code":"2.000488",)"
          R"("to":{"code":"001.01.00.H05","name":"UBND phường Kinh Bắc"},)"
          R"("transfer_id":"1b4e28ba-2fa1-41d2-883f-0016d3cca427","version":1})");
}

TEST(Manifest, ParsesWhatItWrites) {
  const auto parsed = ParseManifest(ToCanonicalJson(Sample()));
  ASSERT_TRUE(parsed.has_value()) << parsed.error().message;
  EXPECT_EQ(*parsed, Sample());
}

TEST(Manifest, RefusesOtherFormatsAndMissingFields) {
  EXPECT_EQ(ParseManifest("not json").error().reason, "bad_manifest");
  std::string other = ToCanonicalJson(Sample());
  other.replace(other.find("\"version\":1"), 11, "\"version\":2");
  EXPECT_EQ(ParseManifest(other).error().reason, "bad_manifest");
  EXPECT_EQ(ParseManifest(R"({"format":"motcua-transfer-manifest","version":1})").error().reason,
            "bad_manifest");
}

TEST(Manifest, TransferIdsAreRandomVersion4Uuids) {
  const std::regex uuid("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  std::set<std::string> seen;
  for (int i = 0; i < 20; ++i) {
    const std::string id = NewTransferId();
    EXPECT_TRUE(std::regex_match(id, uuid)) << id;
    seen.insert(id);
  }
  EXPECT_EQ(seen.size(), 20u);
}

TEST(Base64, MatchesRfc4648Vectors) {
  const std::pair<std::string, std::string> vectors[] = {{"", ""},
                                                         {"f", "Zg=="},
                                                         {"fo", "Zm8="},
                                                         {"foo", "Zm9v"},
                                                         {"foob", "Zm9vYg=="},
                                                         {"fooba", "Zm9vYmE="},
                                                         {"foobar", "Zm9vYmFy"}};
  for (const auto& [plain, encoded] : vectors) {
    EXPECT_EQ(Base64Encode(plain), encoded);
    EXPECT_EQ(Base64Decode(encoded), plain);
  }
  const std::string binary("\x00\xff\xfe\x80\x7f", 5);
  EXPECT_EQ(Base64Decode(Base64Encode(binary)), binary);
}

TEST(Base64, RefusesMalformedText) {
  EXPECT_FALSE(Base64Decode("Zm9").has_value());
  EXPECT_FALSE(Base64Decode("Zm9*").has_value());
  EXPECT_FALSE(Base64Decode("Zg==Zm9v").has_value());
  EXPECT_FALSE(Base64Decode("Z===").has_value());
  EXPECT_FALSE(Base64Decode("Zm9v\n").has_value());
}

}  // namespace
}  // namespace motcua::transfer
