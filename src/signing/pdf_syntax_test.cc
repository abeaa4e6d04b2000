// SPDX-License-Identifier: Apache-2.0
#include "signing/pdf_syntax.h"

#include <gtest/gtest.h>

namespace motcua::signing {
namespace {

TEST(PdfSyntax, FindsTopLevelValuesPastNestedAndTrickyOnes) {
  const std::string dict =
      "<< /Type /Page % 1\n /Nested << /Parent 9 0 R >> /Str (a (nested) \\) >> b) "
      "/Hex <4142> /MediaBox [0 0 595 842] /Parent 3 0 R /Count 1 >>";
  EXPECT_EQ(*DictValue(dict, "/Type").value(), "/Page");
  EXPECT_EQ(*DictValue(dict, "/Parent").value(), "3 0 R");
  EXPECT_EQ(*DictValue(dict, "/MediaBox").value(), "[0 0 595 842]");
  EXPECT_EQ(*DictValue(dict, "/Count").value(), "1");
  EXPECT_EQ(*DictValue(dict, "/Hex").value(), "<4142>");
  EXPECT_FALSE(DictValue(dict, "/Annots").value().has_value());
  EXPECT_EQ(ParseRef("3 0 R").value(), (PdfRef{3, 0}));
}

TEST(PdfSyntax, SetsAndAddsEntries) {
  const std::string dict = "<< /Type /Catalog % comment\n /Pages 2 0 R >>";
  const auto added = SetDictEntry(dict, "/AcroForm", "7 0 R");
  ASSERT_TRUE(added.has_value());
  EXPECT_EQ(*DictValue(*added, "/AcroForm").value(), "7 0 R");
  EXPECT_EQ(*DictValue(*added, "/Pages").value(), "2 0 R");
  const auto replaced = SetDictEntry(*added, "/Pages", "5 0 R");
  EXPECT_EQ(*DictValue(*replaced, "/Pages").value(), "5 0 R");
  EXPECT_EQ(*DictValue(*replaced, "/AcroForm").value(), "7 0 R");
}

TEST(PdfSyntax, RejectsMalformedInput) {
  EXPECT_EQ(DictValue("<< /A (unterminated", "/A").error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(DictValue("[1 2]", "/A").error().code, ErrorCode::kInvalidArgument);
  EXPECT_FALSE(ParseRef("3 0 obj").has_value());
  EXPECT_FALSE(ParseInteger("-4").has_value());
}

}  // namespace
}  // namespace motcua::signing
