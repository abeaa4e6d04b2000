// SPDX-License-Identifier: Apache-2.0
// counters::CounterRepository on SQL (both dialects): the counters table with the columns of
// migration 0011.
#pragma once

#include <memory>

#include "counters/counter_desk.h"
#include "storage/database.h"

namespace motcua::storage {

class SqlCounterRepository final : public counters::CounterRepository {
 public:
  explicit SqlCounterRepository(std::shared_ptr<Database> db) : db_(std::move(db)) {}
  Result<std::vector<counters::CounterDesk>> List(std::optional<long long> agency_id) override;
  Result<counters::CounterDesk> Get(long long id) override;
  Result<long long> Create(const counters::CounterDesk& counter) override;
  Status Update(const counters::CounterDesk& counter) override;
  Status Delete(long long id) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace motcua::storage
