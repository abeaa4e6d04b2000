// SPDX-License-Identifier: Apache-2.0
#include "blob/file_inspector.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace motcua::blob {
namespace {

std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(MOTCUA_TESTDATA_DIR) + "/files/" + name, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  EXPECT_FALSE(out.str().empty()) << name;
  return out.str();
}

TEST(FileInspector, RecognisesRealFilesByContent) {
  const auto png = InspectFile(Fixture("scan.png"));
  ASSERT_TRUE(png.has_value()) << png.error().message;
  EXPECT_EQ(png->mime, "image/png");
  EXPECT_EQ(png->width, 40);
  EXPECT_EQ(png->height, 20);
  const auto jpg = InspectFile(Fixture("scan.jpg"));
  ASSERT_TRUE(jpg.has_value()) << jpg.error().message;
  EXPECT_EQ(jpg->mime, "image/jpeg");
  EXPECT_EQ(jpg->width, 40);
  const auto pdf = InspectFile(Fixture("two-pages.pdf"));
  ASSERT_TRUE(pdf.has_value()) << pdf.error().message;
  EXPECT_EQ(pdf->pages, 2);
  const auto tif = InspectFile(Fixture("two-pages.tif"));
  ASSERT_TRUE(tif.has_value()) << tif.error().message;
  EXPECT_EQ(tif->mime, "image/tiff");
  EXPECT_EQ(tif->pages, 2);
  EXPECT_EQ(InspectFile(Fixture("page.tif"))->pages, 1);
}

TEST(FileInspector, RefusesTruncatedAndDisguisedFiles) {
  for (const char* name : {"scan.png", "scan.jpg", "two-pages.pdf", "two-pages.tif"}) {
    const std::string full = Fixture(name);
    const auto cut = InspectFile(full.substr(0, full.size() / 2));
    ASSERT_FALSE(cut.has_value()) << name;
    EXPECT_EQ(cut.error().field, "file");
  }
  // A flipped byte inside a PNG chunk breaks its CRC.
  std::string png = Fixture("scan.png");
  png[20] ^= 0x01;
  EXPECT_FALSE(InspectFile(png).has_value());
  // An executable renamed to .pdf is still an executable.
  EXPECT_FALSE(InspectFile(std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16) +
                           std::string(100, 'x'))
                   .has_value());
  EXPECT_FALSE(InspectFile("<html><body>hello</body></html>").has_value());
}

TEST(FileInspector, EnforcesLimits) {
  FileLimits small;
  small.max_bytes = 100;
  EXPECT_EQ(InspectFile(Fixture("scan.png"), small).error().code, ErrorCode::kPayloadTooLarge);
  FileLimits one_page;
  one_page.max_pages = 1;
  EXPECT_EQ(InspectFile(Fixture("two-pages.pdf"), one_page).error().reason, "too_many_pages");
}

}  // namespace
}  // namespace motcua::blob
