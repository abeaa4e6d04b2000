// SPDX-License-Identifier: Apache-2.0
#include "json_pattern.h"

#include <gtest/gtest.h>

namespace motcua::api_test {
namespace {

using nlohmann::json;

std::vector<std::string> M(const char* pattern, const char* actual) {
  return MatchJson(json::parse(pattern), json::parse(actual));
}

TEST(JsonPattern, ObjectsNeedOnlyThePatternKeys) {
  EXPECT_TRUE(M(R"({"a": 1})", R"({"a": 1, "b": 2})").empty());
  const auto miss = M(R"({"a": 1, "c": {"d": true}})", R"({"a": 1, "c": {}})");
  ASSERT_EQ(miss.size(), 1u);
  EXPECT_NE(miss[0].find("/c/d: missing"), std::string::npos) << miss[0];
}

TEST(JsonPattern, NullNeedsAPresentNull) {
  EXPECT_TRUE(M(R"({"field": null})", R"({"field": null})").empty());
  EXPECT_EQ(M(R"({"field": null})", R"({})").size(), 1u);
  EXPECT_EQ(M(R"({"field": null})", R"({"field": "x"})").size(), 1u);
}

TEST(JsonPattern, ArraysMatchByIndexAndMayBeLonger) {
  EXPECT_TRUE(M(R"([{"a": 1}])", R"([{"a": 1, "b": 0}, {"a": 2}])").empty());
  const auto wrong = M(R"([{"a": 1}, {"a": 3}])", R"([{"a": 1}, {"a": 2}])");
  ASSERT_EQ(wrong.size(), 1u);
  EXPECT_EQ(wrong[0].rfind("/1/a: expected 3, got 2", 0), 0u) << wrong[0];
  EXPECT_EQ(M(R"([1, 2])", R"([1])").size(), 1u);
  EXPECT_EQ(M(R"([])", R"({})").size(), 1u);
}

TEST(JsonPattern, StarMatchesAnythingButNull) {
  EXPECT_TRUE(M(R"({"a": "*", "b": "*", "c": "*"})", R"({"a": 0, "b": false, "c": [1]})").empty());
  EXPECT_EQ(M(R"({"a": "*"})", R"({"a": null})").size(), 1u);
  EXPECT_EQ(M(R"({"a": "*"})", R"({})").size(), 1u);
}

TEST(JsonPattern, RegexMatchesWholeStrings) {
  EXPECT_TRUE(M(R"({"c": "re:^000\\.00\\.06\\.H05-261125-\\d{4}$"})",
                R"({"c": "000.00.06.H05-261125-0001"})")
                  .empty());
  EXPECT_TRUE(M(R"("re:\\d+")", R"("123")").empty());
  EXPECT_EQ(M(R"("re:\\d+")", R"("123a")").size(), 1u);  // whole string, not a substring
  EXPECT_EQ(M(R"("re:\\d+")", R"(123)").size(), 1u);      // only strings
  EXPECT_EQ(M(R"("re:(")", R"("(")").size(), 1u);         // a broken regex never matches
}

TEST(JsonPattern, ScalarsCompareByValue) {
  EXPECT_TRUE(M("3", "3.0").empty());
  EXPECT_TRUE(M(R"("Hà Nội")", R"("Hà Nội")").empty());
  EXPECT_EQ(M("1", R"("1")").size(), 1u);
  EXPECT_EQ(M("true", "1").size(), 1u);
}

TEST(JsonPattern, HeaderValues) {
  EXPECT_TRUE(MatchString("true", "true"));
  EXPECT_TRUE(MatchString("*", ""));
  EXPECT_TRUE(MatchString("re:.*POST.*", "GET, POST"));
  EXPECT_FALSE(MatchString("GET", "POST"));
}

}  // namespace
}  // namespace motcua::api_test
