// SPDX-License-Identifier: Apache-2.0
#include "calendar/notice_repository.h"

namespace motcua::calendar {

Status CalendarProvider::Reload() {
  MOTCUA_ASSIGN_OR_RETURN(notices, notices_->List());
  auto built = std::make_shared<const WorkingCalendar>(std::move(notices));
  std::lock_guard lock(mutex_);
  current_ = std::move(built);
  return Ok();
}

Status CalendarProvider::PutNotice(const YearNotice& notice) {
  if (notice.year < 2000 || notice.year > 2100) {
    return MakeError(ErrorCode::kInvalidArgument, "Năm phải từ 2000 đến 2100", "year");
  }
  for (const auto& d : notice.working_days) {
    const unsigned wd = Weekday(d);
    if (wd != 0 && wd != 6) {
      return MakeError(ErrorCode::kInvalidArgument,
                       "Ngày làm việc bù phải là thứ Bảy hoặc Chủ nhật: " + FormatDateVi(d),
                       "working_days");
    }
  }
  MOTCUA_TRY(notices_->Put(notice));
  return Reload();
}

std::shared_ptr<const WorkingCalendar> CalendarProvider::Current() const {
  std::lock_guard lock(mutex_);
  return current_;
}

}  // namespace motcua::calendar
