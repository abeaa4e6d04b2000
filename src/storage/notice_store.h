// SPDX-License-Identifier: Apache-2.0
// calendar::NoticeRepository on SQL (both dialects).
#pragma once

#include <memory>

#include "calendar/notice_repository.h"
#include "storage/database.h"

namespace motcua::storage {

class SqlNoticeRepository final : public calendar::NoticeRepository {
 public:
  SqlNoticeRepository(std::shared_ptr<Database> db, const Clock& clock)
      : db_(std::move(db)), clock_(clock) {}
  Result<std::vector<calendar::YearNotice>> List() override;
  Status Put(const calendar::YearNotice& notice) override;

 private:
  std::shared_ptr<Database> db_;
  const Clock& clock_;
};

}  // namespace motcua::storage
