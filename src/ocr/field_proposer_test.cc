// SPDX-License-Identifier: Apache-2.0
#include "ocr/field_proposer.h"

#include <gtest/gtest.h>

namespace motcua::ocr {
namespace {

std::string ValueOf(const std::optional<ProposedField>& field) {
  return field ? field->value : "<none>";
}

TEST(ProposeFields, MarriageCertificate) {
  const ProposedFields f = ProposeFields(
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\n"
      "Số: 125/2024/GCNKH\n"
      "GIẤY CHỨNG NHẬN KẾT HÔN\n"
      "Họ, chữ đệm và tên: Nguyễn Thị Hồng Nhung\n"
      "Ngày, tháng, năm sinh: 15/08/1990\n"
      "Số định danh cá nhân: 027190012345\n");
  EXPECT_EQ(ValueOf(f.document_number), "125");
  EXPECT_EQ(f.document_number->line, "Số: 125/2024/GCNKH");
  EXPECT_EQ(ValueOf(f.full_name), "Nguyễn Thị Hồng Nhung");
  EXPECT_EQ(f.full_name->line, "Họ, chữ đệm và tên: Nguyễn Thị Hồng Nhung");
  EXPECT_EQ(ValueOf(f.date_of_birth), "1990-08-15");
  EXPECT_EQ(ValueOf(f.personal_number), "027190012345");
  EXPECT_EQ(f.personal_number->line, "Số định danh cá nhân: 027190012345");
}

TEST(ProposeFields, ToleratesOcrNoise) {
  const ProposedFields f = ProposeFields(
      "  Ho va ten .  Trần   Văn  Bình  \n"  // lost accents, "." for ":", extra spaces
      "Ngày sinh; 3 / 2 / 1985\n"            // ";" and spaced separators
      "Sô CCCD:O27l90012345\n");             // no space after ":", O and l for 0 and 1
  EXPECT_EQ(ValueOf(f.full_name), "Trần Văn Bình");
  EXPECT_EQ(ValueOf(f.date_of_birth), "1985-02-03");
  EXPECT_EQ(ValueOf(f.personal_number), "027190012345");
}

TEST(ProposeFields, BareNumberWithTwelveDigitsIsThePersonalNumber) {
  const ProposedFields f = ProposeFields("Số: 001090000001\nHọ và tên: Lê Văn An\n");
  EXPECT_EQ(ValueOf(f.personal_number), "001090000001");
  EXPECT_FALSE(f.document_number);
  const ProposedFields spaced = ProposeFields("Số CCCD: 001 090 000 001");
  EXPECT_EQ(ValueOf(spaced.personal_number), "001090000001");
}

TEST(ProposeFields, IdCardWithBilingualLabelsAndValuesBelow) {
  const ProposedFields f = ProposeFields(
      "CĂN CƯỚC CÔNG DÂN\n"
      "Số / No.: 027190012345\n"
      "Họ và tên / Full name:\n"
      "NGUYỄN THỊ HỒNG NHUNG\n"
      "Ngày sinh / Date of birth: 15/08/1990\n"
      "Giới tính / Sex: Nữ Quốc tịch / Nationality: Việt Nam\n");
  EXPECT_EQ(ValueOf(f.personal_number), "027190012345");
  EXPECT_EQ(ValueOf(f.full_name), "NGUYỄN THỊ HỒNG NHUNG");
  EXPECT_EQ(f.full_name->line, "NGUYỄN THỊ HỒNG NHUNG");
  EXPECT_EQ(ValueOf(f.date_of_birth), "1990-08-15");
}

TEST(ProposeFields, NameStopsAtTheNextLabel) {
  const ProposedFields f = ProposeFields(
      "Họ và tên: Phạm Minh Châu Giới tính: Nữ\n"
      "Sinh ngày 05 tháng 11 năm 2001\n");
  EXPECT_EQ(ValueOf(f.full_name), "Phạm Minh Châu");
  EXPECT_EQ(ValueOf(f.date_of_birth), "2001-11-05");
}

TEST(ProposeFields, RejectsImplausibleValues) {
  const ProposedFields f = ProposeFields(
      "Số định danh cá nhân: 02719001234\n"  // 11 digits
      "Ngày sinh: 31/02/1990\n"              // no such day
      "Họ và tên: 12345\n"
      "Quyển số: 01/2024\n");  // "Số" not at the start of the line
  EXPECT_FALSE(f.personal_number);
  EXPECT_FALSE(f.date_of_birth);
  EXPECT_FALSE(f.full_name);
  EXPECT_FALSE(f.document_number);
}

TEST(ProposeFields, FirstMatchWins) {
  const ProposedFields f = ProposeFields("Họ và tên: Nguyễn Văn A\nHọ và tên: Trần Thị B\n");
  EXPECT_EQ(ValueOf(f.full_name), "Nguyễn Văn A");
}

TEST(ProposeFields, EmptyText) {
  const ProposedFields f = ProposeFields("");
  EXPECT_FALSE(f.personal_number || f.full_name || f.date_of_birth || f.document_number);
}

}  // namespace
}  // namespace motcua::ocr
