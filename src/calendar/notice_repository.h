// SPDX-License-Identifier: Apache-2.0
// Storage interface for the yearly notices an admin enters, and the calendar built from them.
#pragma once

#include <memory>
#include <mutex>
#include <vector>

#include "calendar/working_calendar.h"
#include "calendar/year_notice.h"
#include "common/result.h"

namespace motcua::calendar {

// Implementations are thread-safe.
class NoticeRepository {
 public:
  virtual ~NoticeRepository() = default;
  virtual Result<std::vector<YearNotice>> List() = 0;
  // Creates or replaces the notice of `notice.year`.
  virtual Status Put(const YearNotice& notice) = 0;
};

// Hands out the current WorkingCalendar and rebuilds it when a notice changes. Callers keep the
// shared_ptr for the length of one computation, so a rebuild never changes a calendar under
// them. Thread-safe.
class CalendarProvider {
 public:
  explicit CalendarProvider(std::shared_ptr<NoticeRepository> notices)
      : notices_(std::move(notices)) {}

  // Loads the notices and builds the calendar. Errors from the repository are returned.
  Status Reload();
  // Saves a notice and rebuilds. kInvalidArgument for a notice whose dates make no sense.
  Status PutNotice(const YearNotice& notice);
  std::shared_ptr<const WorkingCalendar> Current() const;
  Result<std::vector<YearNotice>> Notices() const { return notices_->List(); }

 private:
  std::shared_ptr<NoticeRepository> notices_;
  mutable std::mutex mutex_;
  std::shared_ptr<const WorkingCalendar> current_ =
      std::make_shared<const WorkingCalendar>();  // GUARDED_BY(mutex_)
};

}  // namespace motcua::calendar
