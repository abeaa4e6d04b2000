// SPDX-License-Identifier: Apache-2.0
// stats::StatsRepository on SQL (both dialects).
#pragma once

#include <memory>

#include "stats/stats_service.h"
#include "storage/database.h"

namespace motcua::storage {

class SqlStatsRepository final : public stats::StatsRepository {
 public:
  explicit SqlStatsRepository(std::shared_ptr<Database> db) : db_(std::move(db)) {}
  Result<std::vector<stats::DossierFacts>> AgencyDossiers(long long agency_id,
                                                          Timestamp since) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace motcua::storage
