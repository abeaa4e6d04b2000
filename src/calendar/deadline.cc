// SPDX-License-Identifier: Apache-2.0
#include "calendar/deadline.h"

#include "common/check.h"
#include "common/local_time.h"

namespace motcua::calendar {

Timestamp ComputeDueAt(const WorkingCalendar& cal, Timestamp received, const ProcessingTime& time) {
  MOTCUA_CHECK(time.amount >= 0);
  if (time.unit == TimeUnit::kWorkingHours) return cal.AddWorkingHours(received, time.amount);
  if (time.amount > 0) return cal.AddWorkingDays(received, time.amount);
  const LocalDateTime local = ToLocal(received);
  if (!cal.IsWorkingDay(local.date)) {
    return FromLocal(cal.NextWorkingDay(local.date), cal.hours().afternoon_close);
  }
  if (local.time_of_day < kSameDayCutoff) {
    return FromLocal(local.date, cal.hours().afternoon_close);
  }
  return cal.AddWorkingDays(received, 1);
}

}  // namespace motcua::calendar
