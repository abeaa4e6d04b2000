// SPDX-License-Identifier: Apache-2.0
#include "dossier/apology.h"

namespace motcua::dossier {

Status CheckApology(const Dossier& d, Timestamp now, std::string_view reason,
                    const Date& new_date, const calendar::WorkingCalendar& calendar) {
  if (reason.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return MakeError(ErrorCode::kInvalidArgument, "Cần nêu lý do chậm trả kết quả", "reason");
  }
  // Decree 61/2018: the apology is for a dossier that will be or is late; here, one whose due
  // time has passed while the agency still holds it (a stopped clock is the applicant's wait).
  const bool overdue = d.due_at && *d.due_at < now && !d.finished_at && !d.paused_at &&
                       !IsFinal(d.status) && d.status != DossierStatus::kResultReady;
  if (!overdue) {
    return MakeError(ErrorCode::kConflict, "Hồ sơ " + d.code + " không quá hạn giải quyết", "",
                     "not_overdue");
  }
  if (new_date <= LocalDate(now)) {
    return MakeError(ErrorCode::kInvalidArgument, "Ngày hẹn trả mới phải sau ngày hôm nay",
                     "new_due_date");
  }
  // Implied by the two rules above today (an overdue dossier's due day is today at the
  // latest), kept so the promise can never be read as the original appointment.
  if (new_date <= LocalDate(*d.due_at)) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Ngày hẹn trả mới phải sau ngày hẹn ban đầu (" +
                         FormatDateVi(LocalDate(*d.due_at)) + ")",
                     "new_due_date");
  }
  // A further apology follows a promise that is slipping too: it never brings the date forward.
  if (d.promised_at && new_date <= LocalDate(*d.promised_at)) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Ngày hẹn trả mới phải sau ngày đã hẹn lại trước đó (" +
                         FormatDateVi(LocalDate(*d.promised_at)) + ")",
                     "new_due_date");
  }
  if (!calendar.IsWorkingDay(new_date)) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Ngày hẹn trả mới " + FormatDateVi(new_date) +
                         " không phải ngày làm việc; hãy chọn ngày làm việc khác",
                     "new_due_date");
  }
  return Ok();
}

Timestamp PromisedTime(const Date& new_date, const calendar::WorkingCalendar& calendar) {
  return FromLocal(new_date, calendar.hours().afternoon_close);
}

std::string ApologyNote(const Date& new_date, std::string_view reason) {
  return "Hẹn lại ngày trả kết quả: " + FormatDateVi(new_date) + ". Lý do: " +
         std::string(reason);
}

}  // namespace motcua::dossier
