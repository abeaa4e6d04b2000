// SPDX-License-Identifier: Apache-2.0
#include "identity/tax_code.h"

#include <gtest/gtest.h>

namespace motcua::identity {
namespace {

// Real enterprise codes from the national business registry.
constexpr const char* kViettel = "0100109106";  // Tập đoàn Công nghiệp - Viễn thông Quân đội
constexpr const char* kVinamilk = "0300588569";     // Công ty CP Sữa Việt Nam
constexpr const char* kFpt = "0101248141";          // Công ty CP FPT
constexpr const char* kVietcombank = "0100112437";  // Ngân hàng TMCP Ngoại thương Việt Nam
constexpr const char* kPetrolimex = "0100107370";  // Tập đoàn Xăng dầu Việt Nam (check digit 0)
constexpr const char* kVingroup = "0101245486";  // Tập đoàn Vingroup - Công ty CP

TEST(TaxCode, AcceptsRealEnterpriseCodes) {
  for (const char* code : {kViettel, kVinamilk, kFpt, kVietcombank, kPetrolimex, kVingroup}) {
    const auto r = NormalizeTaxCode(code);
    ASSERT_TRUE(r.has_value()) << code << ": " << r.error().message;
    EXPECT_EQ(*r, code);
  }
}

TEST(TaxCode, CheckDigitMatchesFormula) {
  // Viettel: 0*31+1*29+0*23+0*19+1*17+0*13+9*7+1*5+0*3 = 114; 114 mod 11 = 4; 10 - 4 = 6.
  EXPECT_EQ(TaxCodeCheckDigit("010010910"), 6);
  EXPECT_EQ(TaxCodeCheckDigit(kPetrolimex), 0);  // sum mod 11 = 10 gives check digit 0
}

TEST(TaxCode, RejectsWrongCheckDigit) {
  for (const char* code : {"0100109107", "0100109100", "0300588568", "0101248142"}) {
    const auto r = NormalizeTaxCode(code);
    ASSERT_FALSE(r.has_value()) << code;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(r.error().field, "id_number");
    EXPECT_NE(r.error().message.find("chữ số kiểm tra"), std::string::npos);
  }
}

TEST(TaxCode, FormulaYieldingTenIsInvalid) {
  // 010000005: 1*29 + 5*3 = 44, 44 mod 11 = 0, 10 - 0 = 10: no digit fits (decision 0002), so
  // every code with this prefix is rejected, including 0100000050 that "10 means 0" would accept.
  EXPECT_EQ(TaxCodeCheckDigit("010000005"), -1);
  EXPECT_EQ(TaxCodeCheckDigit("000000000"), -1);
  for (int last = 0; last <= 9; ++last) {
    const std::string code = "010000005" + std::to_string(last);
    const auto r = NormalizeTaxCode(code);
    EXPECT_FALSE(r.has_value()) << code;
  }
  EXPECT_FALSE(NormalizeTaxCode("0100000050-001").has_value());
}

TEST(TaxCode, AcceptsBranchForm) {
  const auto r = NormalizeTaxCode("0100109106-001");
  ASSERT_TRUE(r.has_value()) << r.error().message;
  EXPECT_EQ(*r, "0100109106-001");
  EXPECT_EQ(*NormalizeTaxCode("0300588569-999"), "0300588569-999");
}

TEST(TaxCode, NormalizesBranchWithoutDash) {
  const auto r = NormalizeTaxCode("0100109106012");
  ASSERT_TRUE(r.has_value()) << r.error().message;
  EXPECT_EQ(*r, "0100109106-012");
}

TEST(TaxCode, RejectsBadBranches) {
  EXPECT_FALSE(NormalizeTaxCode("0100109106-000").has_value());
  EXPECT_FALSE(NormalizeTaxCode("0100109106000").has_value());
  EXPECT_FALSE(NormalizeTaxCode("0100109107-001").has_value());  // parent check digit wrong
  EXPECT_FALSE(NormalizeTaxCode("0100109106-01").has_value());
  EXPECT_FALSE(NormalizeTaxCode("0100109106-0001").has_value());
  EXPECT_FALSE(NormalizeTaxCode("0100109106_001").has_value());
  EXPECT_FALSE(NormalizeTaxCode("010010910-6001").has_value());
  EXPECT_FALSE(NormalizeTaxCode("0100109106-00a").has_value());
}

TEST(TaxCode, RejectsMalformed) {
  for (const char* code : {"", "010010910", "01001091066", " 0100109106", "0100109106 ",
                           "01001O9106", "010-010-9106", "001090000001"}) {
    const auto r = NormalizeTaxCode(code, "tax_code");
    ASSERT_FALSE(r.has_value()) << code;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(r.error().field, "tax_code");
  }
}

}  // namespace
}  // namespace motcua::identity
