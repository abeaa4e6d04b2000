// SPDX-License-Identifier: Apache-2.0
// OrgRepository on SQL (both dialects).
#pragma once

#include <memory>

#include "org/org.h"
#include "storage/database.h"

namespace motcua::storage {

class SqlOrgRepository final : public org::OrgRepository {
 public:
  explicit SqlOrgRepository(std::shared_ptr<Database> db) : db_(std::move(db)) {}
  Result<std::vector<org::AdminUnit>> ListUnits() override;
  Result<std::vector<org::Agency>> ListAgencies() override;
  Result<org::Agency> GetAgency(long long id) override;
  Result<org::Agency> GetAgencyByCode(std::string_view code) override;
  Result<std::vector<org::Department>> ListDepartments(long long agency_id) override;
  Result<std::vector<org::Counter>> ListCounters(long long agency_id) override;
  Status PutUnit(const org::AdminUnit& unit) override;
  Result<long long> CreateAgency(const org::Agency& agency) override;
  Result<long long> CreateDepartment(const org::Department& department) override;
  Result<long long> CreateCounter(const org::Counter& counter) override;

 private:
  Result<org::Agency> FindAgency(std::string_view where, SqlParam key);
  std::shared_ptr<Database> db_;
};

}  // namespace motcua::storage
