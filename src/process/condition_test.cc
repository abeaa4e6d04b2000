// SPDX-License-Identifier: Apache-2.0
#include "process/condition.h"

#include <gtest/gtest.h>

namespace motcua::process {
namespace {

bool Eval(const std::string& text, const Variables& vars) {
  auto c = Condition::Parse(text);
  EXPECT_TRUE(c.has_value()) << text << ": " << (c ? "" : c.error().message);
  return c && c->Evaluate(vars);
}

const Variables kVars = {{"decision", std::string("approve")},
                         {"channel", std::string("online")},
                         {"has_fee", true},
                         {"fee_vnd", 50000LL}};

TEST(Condition, ComparesVariablesWithLiterals) {
  EXPECT_TRUE(Eval("decision == 'approve'", kVars));
  EXPECT_FALSE(Eval("decision == \"refuse\"", kVars));
  EXPECT_TRUE(Eval("decision != 'refuse'", kVars));
  EXPECT_TRUE(Eval("fee_vnd >= 50000", kVars));
  EXPECT_FALSE(Eval("fee_vnd > 50000", kVars));
  EXPECT_TRUE(Eval("fee_vnd < 100000", kVars));
  EXPECT_TRUE(Eval("has_fee", kVars));
  EXPECT_TRUE(Eval("has_fee == true", kVars));
}

TEST(Condition, CombinesWithAndOrNotAndParentheses) {
  EXPECT_TRUE(Eval("decision == 'approve' and channel == 'online'", kVars));
  EXPECT_FALSE(Eval("decision == 'approve' AND not has_fee", kVars));
  EXPECT_TRUE(Eval("decision == 'refuse' or has_fee", kVars));
  EXPECT_FALSE(Eval("not (decision == 'approve' or channel == 'counter')", kVars));
  // and binds tighter than or.
  EXPECT_TRUE(Eval("has_fee or decision == 'x' and channel == 'y'", kVars));
  EXPECT_FALSE(Eval("(has_fee or decision == 'x') and channel == 'y'", kVars));
  EXPECT_TRUE(Eval("decision == 'approve' && !(fee_vnd < 10) || false", kVars));
  EXPECT_TRUE(Eval("${decision == 'approve'}", kVars));
}

TEST(Condition, AMissingVariableComparesFalse) {
  EXPECT_FALSE(Eval("applicant_kind == 'citizen'", kVars));
  EXPECT_TRUE(Eval("not (applicant_kind == 'citizen')", kVars));
  EXPECT_FALSE(Eval("has_fee", {}));
}

TEST(Condition, ListsItsVariables) {
  auto c = Condition::Parse("level == 'province' and (has_fee or level == 'commune')");
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->variables(), (std::vector<std::string>{"has_fee", "level"}));
  EXPECT_EQ(c->text(), "level == 'province' and (has_fee or level == 'commune')");
}

TEST(Condition, RefusesBadSyntaxUnknownVariablesAndTypeMismatches) {
  for (const char* bad : {"", "decision ==", "decision = 'x'", "(has_fee", "has_fee)",
                          "decision == 'x", "colour == 'red'", "decision", "fee_vnd == 'x'",
                          "decision < 'b'", "has_fee and", "decision == 'a' 'b'", "#"}) {
    auto c = Condition::Parse(bad);
    ASSERT_FALSE(c.has_value()) << bad;
    EXPECT_EQ(c.error().code, ErrorCode::kInvalidArgument);
  }
  auto unknown = Condition::Parse("colour == 'red'");
  EXPECT_NE(unknown.error().message.find("colour"), std::string::npos);
}

}  // namespace
}  // namespace motcua::process
