// SPDX-License-Identifier: Apache-2.0
#include "blob/file_inspector.h"

#include <gtest/gtest.h>

#include "common/testing/test_files.h"

namespace motcua::blob {
namespace {

using testdata::ReadFile;

TEST(FileInspector, RecognisesRealFilesByContent) {
  const auto png = InspectFile(ReadFile("scan.png"));
  ASSERT_TRUE(png.has_value()) << png.error().message;
  EXPECT_EQ(png->mime, "image/png");
  EXPECT_EQ(png->width, 40);
  EXPECT_EQ(png->height, 20);
  const auto jpg = InspectFile(ReadFile("scan.jpg"));
  ASSERT_TRUE(jpg.has_value()) << jpg.error().message;
  EXPECT_EQ(jpg->mime, "image/jpeg");
  EXPECT_EQ(jpg->width, 40);
  const auto pdf = InspectFile(ReadFile("two-pages.pdf"));
  ASSERT_TRUE(pdf.has_value()) << pdf.error().message;
  EXPECT_EQ(pdf->pages, 2);
  const auto tif = InspectFile(ReadFile("two-pages.tif"));
  ASSERT_TRUE(tif.has_value()) << tif.error().message;
  EXPECT_EQ(tif->mime, "image/tiff");
  EXPECT_EQ(tif->pages, 2);
  EXPECT_EQ(InspectFile(ReadFile("page.tif"))->pages, 1);
}

TEST(FileInspector, RefusesTruncatedAndDisguisedFiles) {
  for (const char* name : {"scan.png", "scan.jpg", "two-pages.pdf", "two-pages.tif"}) {
    const std::string full = ReadFile(name);
    const auto cut = InspectFile(full.substr(0, full.size() / 2));
    ASSERT_FALSE(cut.has_value()) << name;
    EXPECT_EQ(cut.error().field, "file");
  }
  // A flipped byte inside a PNG chunk breaks its CRC.
  std::string png = ReadFile("scan.png");
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
  EXPECT_EQ(InspectFile(ReadFile("scan.png"), small).error().code, ErrorCode::kPayloadTooLarge);
  FileLimits one_page;
  one_page.max_pages = 1;
  EXPECT_EQ(InspectFile(ReadFile("two-pages.pdf"), one_page).error().reason, "too_many_pages");
}

// A ZIP local file header followed by the entry's data, stored (method 0) uncompressed.
std::string ZipEntry(const std::string& name, const std::string& data) {
  auto le16 = [](size_t v) { return std::string{char(v & 0xFF), char((v >> 8) & 0xFF)}; };
  auto le32 = [&](size_t v) { return le16(v & 0xFFFF) + le16(v >> 16); };
  return std::string("PK\x03\x04", 4) + le16(20) + le16(0) + le16(0) + le32(0) + le32(0) +
         le32(data.size()) + le32(data.size()) + le16(name.size()) + le16(0) + name + data;
}

constexpr size_t kTenMb = 10 * 1024 * 1024;

TEST(DocumentInspector, RecognisesFormTemplatesByContent) {
  const auto pdf = InspectDocument(ReadFile("two-pages.pdf"), kTenMb);
  ASSERT_TRUE(pdf.has_value()) << pdf.error().message;
  EXPECT_EQ(pdf->mime, "application/pdf");

  const std::string docx = ZipEntry("[Content_Types].xml", "<Types/>") +
                           ZipEntry("_rels/.rels", "<Relationships/>") +
                           ZipEntry("word/document.xml", "<w:document/>");
  const auto d = InspectDocument(docx, kTenMb);
  ASSERT_TRUE(d.has_value()) << d.error().message;
  EXPECT_EQ(d->kind, FileKind::kDocx);
  EXPECT_EQ(d->mime, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  const std::string odt = ZipEntry("mimetype", "application/vnd.oasis.opendocument.text") +
                          ZipEntry("content.xml", "<office:document-content/>");
  const auto o = InspectDocument(odt, kTenMb);
  ASSERT_TRUE(o.has_value()) << o.error().message;
  EXPECT_EQ(o->kind, FileKind::kOdt);
  EXPECT_EQ(o->mime, "application/vnd.oasis.opendocument.text");

  std::string doc("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  doc.resize(1024, '\0');
  for (char c : std::string("WordDocument")) doc += {c, '\0'};
  const auto w = InspectDocument(doc, kTenMb);
  ASSERT_TRUE(w.has_value()) << w.error().message;
  EXPECT_EQ(w->kind, FileKind::kDoc);
  EXPECT_EQ(w->mime, "application/msword");
}

TEST(DocumentInspector, RefusesOtherFilesWhateverTheirName) {
  auto refused = [](const std::string& bytes) {
    const auto r = InspectDocument(bytes, kTenMb);
    EXPECT_FALSE(r.has_value());
    if (!r) {
      EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
      EXPECT_EQ(r.error().field, "file");
    }
  };
  refused(ReadFile("scan.png"));  // an image is a scan, not a form
  refused(ReadFile("scan.jpg"));
  // A spreadsheet: a ZIP, but neither Word nor ODF text.
  refused(ZipEntry("[Content_Types].xml", "<Types/>") + ZipEntry("xl/workbook.xml", "<w/>"));
  // An ODF spreadsheet announces itself in its mimetype entry.
  refused(ZipEntry("mimetype", "application/vnd.oasis.opendocument.spreadsheet") +
          ZipEntry("content.xml", "<x/>"));
  // An OLE2 file without a WordDocument stream (an old Excel workbook).
  std::string xls("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  xls.resize(1024, '\0');
  refused(xls);
  const std::string pdf = ReadFile("two-pages.pdf");
  refused(pdf.substr(0, pdf.size() / 2));  // truncated
  refused("plain text that says %PDF- nowhere useful");
  // A Word document with macros is served to anyone as a form: refused.
  refused(ZipEntry("[Content_Types].xml", "<Types/>") +
          ZipEntry("word/document.xml", "<w:document/>") + ZipEntry("word/vbaProject.bin", "x"));
}

TEST(DocumentInspector, RefusesFilesOverTheLimit) {
  const auto r = InspectDocument(ReadFile("two-pages.pdf"), 100);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kPayloadTooLarge);
  EXPECT_EQ(r.error().field, "file");
}

}  // namespace
}  // namespace motcua::blob
