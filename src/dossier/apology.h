// SPDX-License-Identifier: Apache-2.0
// The rules of an apology for a late dossier (Mẫu 04, "phiếu xin lỗi và hẹn lại ngày trả kết
// quả") and of the new appointment it promises. Plain functions: no storage, no HTTP.
#pragma once

#include <string>
#include <string_view>

#include "calendar/working_calendar.h"
#include "common/result.h"
#include "dossier/dossier.h"

namespace motcua::dossier {

// The one place that decides whether `d` may be apologised for at `now` with a new appointment
// on `new_date` (access rights are the caller's). In this order:
//   kInvalidArgument (field "reason") for a blank reason;
//   kConflict (reason "not_overdue") unless the dossier is overdue and still being processed:
//     due time passed, not finished, result not ready, not returned/refused/closed, clock not
//     stopped;
//   kInvalidArgument (field "new_due_date") unless the new date is after today, after the day
//     of the original due time, after the date an earlier apology promised, and a working day
//     of `calendar`.
Status CheckApology(const Dossier& d, Timestamp now, std::string_view reason,
                    const Date& new_date, const calendar::WorkingCalendar& calendar);

// The instant recorded as promised_at for an appointment on `new_date`: the close of that day's
// afternoon session, since the agency promises the result during that working day.
Timestamp PromisedTime(const Date& new_date, const calendar::WorkingCalendar& calendar);

// The note of the apology's history line: "Hẹn lại ngày trả kết quả: 16/12/2026. Lý do: ...".
std::string ApologyNote(const Date& new_date, std::string_view reason);

}  // namespace motcua::dossier
