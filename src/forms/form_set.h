// SPDX-License-Identifier: Apache-2.0
// The sets of official one-stop forms, each in force from a date: the 2018 set of Circular
// 01/2018/TT-VPCP and the 2025 set of Circular 03/2025/TT-VPCP. A dossier prints the set in
// force on the day it was received.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/local_time.h"
#include "common/result.h"

namespace motcua::forms {

// The forms a dossier can carry, by their API names.
enum class FormKind {
  kReceipt,            // "receipt": giấy tiếp nhận hồ sơ và hẹn trả kết quả
  kSupplementRequest,  // "supplement-request": phiếu yêu cầu bổ sung, hoàn thiện hồ sơ
  kRefusal,            // "refusal": phiếu từ chối tiếp nhận giải quyết hồ sơ
  kApology,            // "apology": xin lỗi và hẹn lại (2025: đề nghị gia hạn) ngày trả kết quả
  kStopNotice,         // "stop-notice": thông báo dừng giải quyết hồ sơ (2025 set only)
  kControlSlip,        // "control-slip": phiếu kiểm soát quá trình giải quyết hồ sơ
  kTrackingBook,       // "tracking-book": sổ theo dõi hồ sơ
};

std::string_view FormKindName(FormKind kind);
std::optional<FormKind> ParseFormKind(std::string_view name);

// One form of a set: its number in the circular's annex ("01") and its printed title.
struct FormSpec {
  FormKind kind;
  std::string number;
  std::string title;
};

struct FormSet {
  std::string version;   // stored with every printed form: "tt01-2018" or "tt03-2025"
  std::string circular;  // "Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ"
  std::string circular_short;  // "Thông tư 01/2018/TT-VPCP"
  Date effective_from;
  std::vector<FormSpec> forms;

  // The form of this set, or nullptr when the set has no such form.
  const FormSpec* Find(FormKind kind) const;
};

// Every set, oldest first. The 2025 set takes effect on 01/07/2025 (with Decree 118/2025).
const std::vector<FormSet>& FormSets();

// The set in force on `received_on`: the newest whose effective date is not after it (the
// oldest set for earlier dates).
const FormSet& FormSetFor(const Date& received_on);

// The set with this version string. kNotFound when unknown.
Result<const FormSet*> FormSetByVersion(std::string_view version);

// The spec of `kind` in the set in force on `received_on`. kFailedPrecondition (reason
// "form_not_in_set") when that set has no such form, as the stop notice for dossiers received
// before 01/07/2025; the message names the circular.
Result<std::pair<const FormSet*, FormSpec>> FindForm(FormKind kind, const Date& received_on);

}  // namespace motcua::forms
