// SPDX-License-Identifier: Apache-2.0
#include "identity/personal_number.h"

#include <gtest/gtest.h>

#include <cstdio>

namespace motcua::identity {
namespace {

constexpr int kYear = 2025;

TEST(PersonalNumber, DemoCitizensParse) {
  for (const char* id : {"001090000001", "001090000002"}) {
    const auto r = ParsePersonalNumber(id, kYear);
    ASSERT_TRUE(r.has_value()) << id;
    EXPECT_EQ(r->digits, id);
    EXPECT_EQ(r->province_code, "001");
    EXPECT_EQ(r->province_name, "Hà Nội");
    EXPECT_EQ(r->birth_year, 1990);
    EXPECT_EQ(r->sex, Sex::kMale);
  }
}

TEST(PersonalNumber, DecodesRealReceipt) {
  // facts.md §5.1: a Thanh Hóa receipt, male, born 1987.
  const auto r = ParsePersonalNumber("038087042028", kYear);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->province_name, "Thanh Hóa");
  EXPECT_EQ(r->birth_year, 1987);
  EXPECT_EQ(r->sex, Sex::kMale);
}

TEST(PersonalNumber, DecodesCenturyAndSex) {
  const auto female_1900s = ParsePersonalNumber("079195123456", kYear);
  ASSERT_TRUE(female_1900s.has_value());
  EXPECT_EQ(female_1900s->birth_year, 1995);
  EXPECT_EQ(female_1900s->sex, Sex::kFemale);
  EXPECT_EQ(female_1900s->province_name, "TP. Hồ Chí Minh");

  const auto female_2000s = ParsePersonalNumber("096305000123", kYear);
  ASSERT_TRUE(female_2000s.has_value());
  EXPECT_EQ(female_2000s->birth_year, 2005);
  EXPECT_EQ(female_2000s->sex, Sex::kFemale);
  EXPECT_EQ(female_2000s->province_name, "Cà Mau");

  const auto male_2000s = ParsePersonalNumber("048225000001", kYear);
  ASSERT_TRUE(male_2000s.has_value());
  EXPECT_EQ(male_2000s->birth_year, 2025);  // born this year is not the future
  EXPECT_EQ(male_2000s->sex, Sex::kMale);
}

TEST(PersonalNumber, LaterCenturiesAreFutureToday) {
  // G = 4 means the 2100s: valid format, but not born yet in 2025.
  const auto r = ParsePersonalNumber("001400000001", kYear);
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message.find("2100"), std::string::npos);
  const auto later = ParsePersonalNumber("001400000001", 2101);
  ASSERT_TRUE(later.has_value());
  EXPECT_EQ(later->birth_year, 2100);
  EXPECT_EQ(later->sex, Sex::kMale);
  EXPECT_EQ(ParsePersonalNumber("001900000001", 2400)->birth_year, 2300);
  EXPECT_EQ(ParsePersonalNumber("001900000001", 2400)->sex, Sex::kFemale);
}

TEST(PersonalNumber, RejectsFutureBirthYear) {
  const auto r = ParsePersonalNumber("001230000001", kYear);  // 2030
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().field, "id_number");
  EXPECT_NE(r.error().message.find("2030"), std::string::npos);
}

TEST(PersonalNumber, RejectsWrongLength) {
  for (const char* id : {"00109000000", "0010900000011", "1"}) {
    const auto r = ParsePersonalNumber(id, kYear);
    ASSERT_FALSE(r.has_value()) << id;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(r.error().message.find("12 chữ số"), std::string::npos) << r.error().message;
  }
  EXPECT_FALSE(ParsePersonalNumber("", kYear).has_value());
}

TEST(PersonalNumber, RejectsNonDigits) {
  for (const char* id : {"00109000000A", "001 90000001", " 01090000001", "001090000001\n",
                         "００1090000001", "-01090000001"}) {
    const auto r = ParsePersonalNumber(id, kYear);
    ASSERT_FALSE(r.has_value()) << id;
    EXPECT_NE(r.error().message.find("chữ số"), std::string::npos);
  }
}

TEST(PersonalNumber, RejectsUnknownProvince) {
  for (const char* id : {"000090000001", "003090000001", "097090000001", "100090000001"}) {
    const auto r = ParsePersonalNumber(id, kYear);
    ASSERT_FALSE(r.has_value()) << id;
    EXPECT_NE(r.error().message.find(std::string(id).substr(0, 3)), std::string::npos);
  }
}

TEST(PersonalNumber, ReportsCallerField) {
  const auto r = ParsePersonalNumber("x", kYear, "applicant.id_number");
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().field, "applicant.id_number");
}

TEST(PersonalNumber, ProvinceTableHas63Entries) {
  int known = 0;
  for (int code = 0; code < 1000; ++code) {
    char buffer[4];
    std::snprintf(buffer, sizeof(buffer), "%03d", code);
    if (!BirthProvinceName(buffer).empty()) ++known;
  }
  EXPECT_EQ(known, 63);
  EXPECT_EQ(BirthProvinceName("046"), "Thừa Thiên Huế");
  EXPECT_EQ(BirthProvinceName("01"), "");
}

}  // namespace
}  // namespace motcua::identity
