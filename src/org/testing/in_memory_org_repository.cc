// SPDX-License-Identifier: Apache-2.0
#include "org/testing/in_memory_org_repository.h"

namespace motcua::org::testing {

void InMemoryOrgRepository::SetAgencies(std::vector<Agency> agencies) {
  std::lock_guard lock(mu_);
  agencies_ = std::move(agencies);
}

Result<std::vector<Agency>> InMemoryOrgRepository::ListAgencies() {
  std::lock_guard lock(mu_);
  return agencies_;
}

Result<Agency> InMemoryOrgRepository::GetAgency(long long id) {
  std::lock_guard lock(mu_);
  for (const auto& a : agencies_) {
    if (a.id == id) return a;
  }
  return MakeError(ErrorCode::kNotFound, "no agency");
}

Result<Agency> InMemoryOrgRepository::GetAgencyByCode(std::string_view code) {
  std::lock_guard lock(mu_);
  for (const auto& a : agencies_) {
    if (a.code == code) return a;
  }
  return MakeError(ErrorCode::kNotFound, "no agency");
}

}  // namespace motcua::org::testing
