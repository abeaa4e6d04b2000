// SPDX-License-Identifier: Apache-2.0
// The due time of a dossier from its receipt time and the procedure's processing time.
#pragma once

#include <chrono>

#include "calendar/working_calendar.h"
#include "common/clock.h"

namespace motcua::calendar {

// How a procedure's legal processing time is expressed.
enum class TimeUnit { kWorkingDays, kWorkingHours };

struct ProcessingTime {
  int amount = 0;
  TimeUnit unit = TimeUnit::kWorkingDays;
};

// Same-day procedures (e.g. chứng thực) received at or after this local time are due the next
// working day [S: Hà Nội processes 1811 and 663].
inline constexpr std::chrono::seconds kSameDayCutoff{std::chrono::hours(15)};

// The due time of a dossier received at `received` (already the effective receipt, see
// WorkingCalendar::EffectiveReceipt) whose procedure takes `time`:
//  - N > 0 working days: cal.AddWorkingDays(received, N), the time of day kept.
//  - 0 working days (same day): afternoon_close of the receipt day when received before
//    kSameDayCutoff on a working day; when received at or after the cutoff on a working day, the
//    next working day at the same time of day; when received on a non-working day, the next
//    working day at afternoon_close.
//  - N working hours: cal.AddWorkingHours(received, N).
// `time.amount` must be >= 0 (MOTCUA_CHECK). Thread-safe as `cal` is.
Timestamp ComputeDueAt(const WorkingCalendar& cal, Timestamp received, const ProcessingTime& time);

}  // namespace motcua::calendar
