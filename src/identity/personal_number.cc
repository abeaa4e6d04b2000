// SPDX-License-Identifier: Apache-2.0
#include "identity/personal_number.h"

#include <algorithm>
#include <array>
#include <utility>

namespace motcua::identity {
namespace {

struct Province {
  std::string_view code;
  std::string_view name;
};

// The prefix is "0" + the pre-2025 two-digit administrative code of the province where the birth
// was registered. It is tied to the birth registration, so the 2025 provincial merger does not
// change it and this 63-entry table stays valid for decoding (facts.md §5.1).
// clang-format off
constexpr std::array<Province, 63> kProvinces = {{
    {"001", "Hà Nội"},        {"002", "Hà Giang"},     {"004", "Cao Bằng"},
    {"006", "Bắc Kạn"},       {"008", "Tuyên Quang"},  {"010", "Lào Cai"},
    {"011", "Điện Biên"},     {"012", "Lai Châu"},     {"014", "Sơn La"},
    {"015", "Yên Bái"},       {"017", "Hòa Bình"},     {"019", "Thái Nguyên"},
    {"020", "Lạng Sơn"},      {"022", "Quảng Ninh"},   {"024", "Bắc Giang"},
    {"025", "Phú Thọ"},       {"026", "Vĩnh Phúc"},    {"027", "Bắc Ninh"},
    {"030", "Hải Dương"},     {"031", "Hải Phòng"},    {"033", "Hưng Yên"},
    {"034", "Thái Bình"},     {"035", "Hà Nam"},       {"036", "Nam Định"},
    {"037", "Ninh Bình"},     {"038", "Thanh Hóa"},    {"040", "Nghệ An"},
    {"042", "Hà Tĩnh"},       {"044", "Quảng Bình"},   {"045", "Quảng Trị"},
    {"046", "Thừa Thiên Huế"}, {"048", "Đà Nẵng"},      {"049", "Quảng Nam"},
    {"051", "Quảng Ngãi"},    {"052", "Bình Định"},    {"054", "Phú Yên"},
    {"056", "Khánh Hòa"},     {"058", "Ninh Thuận"},   {"060", "Bình Thuận"},
    {"062", "Kon Tum"},       {"064", "Gia Lai"},      {"066", "Đắk Lắk"},
    {"067", "Đắk Nông"},      {"068", "Lâm Đồng"},     {"070", "Bình Phước"},
    {"072", "Tây Ninh"},      {"074", "Bình Dương"},   {"075", "Đồng Nai"},
    {"077", "Bà Rịa – Vũng Tàu"}, {"079", "TP. Hồ Chí Minh"}, {"080", "Long An"},
    {"082", "Tiền Giang"},    {"083", "Bến Tre"},      {"084", "Trà Vinh"},
    {"086", "Vĩnh Long"},     {"087", "Đồng Tháp"},    {"089", "An Giang"},
    {"091", "Kiên Giang"},    {"092", "Cần Thơ"},      {"093", "Hậu Giang"},
    {"094", "Sóc Trăng"},     {"095", "Bạc Liêu"},     {"096", "Cà Mau"},
}};
// clang-format on

Error Invalid(std::string message, std::string_view field) {
  return MakeError(ErrorCode::kInvalidArgument, std::move(message), std::string(field));
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string_view BirthProvinceName(std::string_view code) {
  const auto* it = std::find_if(kProvinces.begin(), kProvinces.end(),
                                [code](const Province& p) { return p.code == code; });
  return it == kProvinces.end() ? std::string_view() : it->name;
}

Result<PersonalNumber> ParsePersonalNumber(std::string_view text, int current_year,
                                           std::string_view field) {
  if (text.empty()) return Invalid("Vui lòng nhập số định danh cá nhân.", field);
  if (!std::all_of(text.begin(), text.end(), IsAsciiDigit)) {
    return Invalid("Số định danh cá nhân chỉ được gồm các chữ số từ 0 đến 9.", field);
  }
  if (text.size() != 12) {
    return Invalid("Số định danh cá nhân phải gồm đúng 12 chữ số (đã nhập " +
                       std::to_string(text.size()) + " chữ số).",
                   field);
  }
  const std::string_view code = text.substr(0, 3);
  const std::string_view province = BirthProvinceName(code);
  if (province.empty()) {
    return Invalid("Mã tỉnh nơi đăng ký khai sinh \"" + std::string(code) +
                       "\" trong số định danh cá nhân không hợp lệ.",
                   field);
  }
  // G: even = male, odd = female; G / 2 counts centuries from the 1900s (Thông tư 59/2021/TT-BCA).
  const int g = text[3] - '0';
  const int yy = (text[4] - '0') * 10 + (text[5] - '0');
  const int birth_year = 1900 + (g / 2) * 100 + yy;
  if (birth_year > current_year) {
    return Invalid("Năm sinh " + std::to_string(birth_year) +
                       " suy ra từ số định danh cá nhân lớn hơn năm hiện tại (" +
                       std::to_string(current_year) + ").",
                   field);
  }
  return PersonalNumber{std::string(text), std::string(code), std::string(province), birth_year,
                        g % 2 == 0 ? Sex::kMale : Sex::kFemale};
}

}  // namespace motcua::identity
