// SPDX-License-Identifier: Apache-2.0
#include "forms/form_set.h"

#include <array>

namespace motcua::forms {
namespace {

constexpr std::array<std::pair<FormKind, std::string_view>, 7> kNames{{
    {FormKind::kReceipt, "receipt"},
    {FormKind::kSupplementRequest, "supplement-request"},
    {FormKind::kRefusal, "refusal"},
    {FormKind::kApology, "apology"},
    {FormKind::kStopNotice, "stop-notice"},
    {FormKind::kControlSlip, "control-slip"},
    {FormKind::kTrackingBook, "tracking-book"},
}};

std::vector<FormSet> MakeSets() {
  // Phụ lục of TT 01/2018/TT-VPCP: six forms (facts.md §1.1).
  FormSet s2018{"tt01-2018",
                "Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ",
                "Thông tư 01/2018/TT-VPCP",
                MakeDate(2018, 11, 23),
                {{FormKind::kReceipt, "01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"},
                 {FormKind::kSupplementRequest, "02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"},
                 {FormKind::kRefusal, "03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"},
                 {FormKind::kApology, "04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"},
                 {FormKind::kControlSlip, "05", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"},
                 {FormKind::kTrackingBook, "06", "SỔ THEO DÕI HỒ SƠ"}}};
  // Phụ lục I of TT 03/2025/TT-VPCP: seven forms, the stop notice is new (facts.md §1.1 [S]).
  FormSet s2025{
      "tt03-2025",
      "Thông tư số 03/2025/TT-VPCP của Văn phòng Chính phủ",
      "Thông tư 03/2025/TT-VPCP",
      MakeDate(2025, 7, 1),
      {{FormKind::kReceipt, "01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"},
       {FormKind::kSupplementRequest, "02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"},
       {FormKind::kRefusal, "03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"},
       {FormKind::kApology, "04",
        "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT"},
       {FormKind::kStopNotice, "05", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ"},
       {FormKind::kControlSlip, "06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"},
       {FormKind::kTrackingBook, "07", "SỔ THEO DÕI HỒ SƠ"}}};
  return {s2018, s2025};
}

}  // namespace

std::string_view FormKindName(FormKind kind) {
  for (const auto& [k, name] : kNames) {
    if (k == kind) return name;
  }
  return "";
}

std::optional<FormKind> ParseFormKind(std::string_view name) {
  for (const auto& [k, n] : kNames) {
    if (n == name) return k;
  }
  return std::nullopt;
}

const FormSpec* FormSet::Find(FormKind kind) const {
  for (const auto& f : forms) {
    if (f.kind == kind) return &f;
  }
  return nullptr;
}

const std::vector<FormSet>& FormSets() {
  // Never destroyed: the form printer's worker may still be printing while a process exits
  // without stopping it first (the fuzzers do), and must not find the sets freed under it.
  static const auto* sets = new std::vector<FormSet>(MakeSets());
  return *sets;
}

const FormSet& FormSetFor(const Date& received_on) {
  const auto& sets = FormSets();
  const FormSet* chosen = &sets.front();
  for (const auto& s : sets) {
    if (s.effective_from <= received_on) chosen = &s;
  }
  return *chosen;
}

Result<const FormSet*> FormSetByVersion(std::string_view version) {
  for (const auto& s : FormSets()) {
    if (s.version == version) return &s;
  }
  return MakeError(ErrorCode::kNotFound, "Không có bộ biểu mẫu " + std::string(version));
}

Result<std::pair<const FormSet*, FormSpec>> FindForm(FormKind kind, const Date& received_on) {
  const FormSet& set = FormSetFor(received_on);
  const FormSpec* spec = set.Find(kind);
  if (spec == nullptr) {
    return MakeError(ErrorCode::kFailedPrecondition,
                     "Hồ sơ tiếp nhận ngày " + FormatDateVi(received_on) +
                         " áp dụng bộ biểu mẫu theo " + set.circular_short +
                         ", bộ này không có mẫu \"" + std::string(FormKindName(kind)) + "\"",
                     "form", "form_not_in_set");
  }
  return std::make_pair(&set, *spec);
}

}  // namespace motcua::forms
