// SPDX-License-Identifier: Apache-2.0
// An administrative map held in memory, for the tests of services that read agencies through
// org::OrgRepository without a database.
#pragma once

#include <mutex>
#include <string_view>
#include <vector>

#include "org/org.h"

namespace motcua::org::testing {

// Holds the agencies it was given; no units, departments or counters. Reads find agencies by id
// or code (kNotFound otherwise); writes are accepted and ignored, since the tests that use this
// fake only read the map. Thread-safe.
class InMemoryOrgRepository final : public OrgRepository {
 public:
  InMemoryOrgRepository() = default;
  explicit InMemoryOrgRepository(std::vector<Agency> agencies) : agencies_(std::move(agencies)) {}

  // Replaces the map's agencies.
  void SetAgencies(std::vector<Agency> agencies);

  Result<std::vector<AdminUnit>> ListUnits() override { return std::vector<AdminUnit>{}; }
  Result<std::vector<Agency>> ListAgencies() override;
  Result<Agency> GetAgency(long long id) override;
  Result<Agency> GetAgencyByCode(std::string_view code) override;
  Result<std::vector<Department>> ListDepartments(long long) override {
    return std::vector<Department>{};
  }
  Result<std::vector<Counter>> ListCounters(long long) override { return std::vector<Counter>{}; }

  Status PutUnit(const AdminUnit&) override { return Ok(); }
  Result<long long> CreateAgency(const Agency&) override { return 0LL; }
  Result<long long> CreateDepartment(const Department&) override { return 0LL; }
  Result<long long> CreateCounter(const Counter&) override { return 0LL; }

 private:
  std::mutex mu_;
  std::vector<Agency> agencies_;  // GUARDED_BY(mu_)
};

}  // namespace motcua::org::testing
