// SPDX-License-Identifier: Apache-2.0
#include "storage/notice_store.h"

#include "calendar/year_notice_json.h"
#include "storage/sql_time.h"

namespace motcua::storage {

Result<std::vector<calendar::YearNotice>> SqlNoticeRepository::List() {
  using Out = std::vector<calendar::YearNotice>;
  return db_->Transact<Out>(TxMode::kRead, [](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(rows, c.Query("SELECT body FROM calendar_notices ORDER BY year"));
    Out out;
    for (const auto& r : rows) {
      MOTCUA_ASSIGN_OR_RETURN(n, calendar::NoticeFromJson(nlohmann::json::parse(r.Text(0))));
      out.push_back(std::move(n));
    }
    return out;
  });
}

Status SqlNoticeRepository::Put(const calendar::YearNotice& notice) {
  auto r = db_->Transact<bool>(TxMode::kWrite, [&](Connection& c) -> Result<bool> {
    MOTCUA_TRY(c.Execute("INSERT INTO calendar_notices (year, body, updated_at) VALUES ($1, $2, "
                         "$3) ON CONFLICT (year) DO UPDATE SET body = excluded.body, "
                         "updated_at = excluded.updated_at",
                         {notice.year, calendar::NoticeToJson(notice).dump(),
                          ToSeconds(clock_.Now())}));
    return true;
  });
  if (!r) return r.error();
  return Ok();
}

}  // namespace motcua::storage
