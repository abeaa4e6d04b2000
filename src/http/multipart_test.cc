// SPDX-License-Identifier: Apache-2.0
#include "http/multipart.h"

#include <gtest/gtest.h>

namespace motcua::http {
namespace {

constexpr std::string_view kType = "multipart/form-data; boundary=----X1";

TEST(Multipart, SplitsFieldsAndFiles) {
  const std::string with_nul =
      std::string(
          "------X1\r\nContent-Disposition: form-data; name=\"attest\"\r\n\r\ntrue\r\n"
          "------X1\r\nContent-Disposition: form-data; name=\"file\"; "
          "filename=\"giấy khai sinh.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n") +
      std::string("binary\0data", 11) + "\r\n------X1--\r\n";
  const auto parts = ParseMultipart(kType, with_nul);
  ASSERT_TRUE(parts.has_value()) << parts.error().message;
  ASSERT_EQ(parts->size(), 2u);
  EXPECT_EQ((*parts)[0].name, "attest");
  EXPECT_EQ((*parts)[0].data, "true");
  EXPECT_EQ((*parts)[1].filename, "giấy khai sinh.pdf");
  EXPECT_EQ((*parts)[1].content_type, "application/pdf");
  EXPECT_EQ((*parts)[1].data.substr(0, 8), "%PDF-1.4");
  EXPECT_EQ((*parts)[1].data.size(), 10u + 11u);  // the NUL byte survives
}

TEST(Multipart, RefusesMalformedBodies) {
  EXPECT_FALSE(ParseMultipart("application/json", "{}").has_value());
  EXPECT_FALSE(ParseMultipart("multipart/form-data", "x").has_value());
  EXPECT_FALSE(ParseMultipart(kType, "------X1\r\nContent-Disposition: form-data; name=\"a\"\r\n"
                                     "\r\ntruncated")
                   .has_value());
  EXPECT_FALSE(ParseMultipart(kType, "------X1\r\nX: y\r\n\r\nv\r\n------X1--").has_value());
  EXPECT_EQ(ParseMultipart(kType, "garbage").error().reason, "bad_request");
}

}  // namespace
}  // namespace motcua::http
