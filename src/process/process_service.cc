// SPDX-License-Identifier: Apache-2.0
#include "process/process_service.h"

#include "catalog/procedure.h"
#include "identity/secure_random.h"

namespace motcua::process {

Result<PutOutcome> ProcessService::Put(std::string_view procedure_code, std::string_view xml,
                                       std::string_view created_by) {
  if (!catalog::IsNationalProcedureCode(procedure_code)) {
    return MakeError(ErrorCode::kInvalidArgument, "Mã thủ tục không hợp lệ", "code");
  }
  MOTCUA_ASSIGN_OR_RETURN(parsed, ParseBpmn(xml));
  auto definition = std::make_shared<const ProcessDefinition>(std::move(parsed));
  std::string hash = identity::Sha256Hex(xml);
  auto current = repo_->Current(procedure_code);
  if (current) {
    if (current->content_hash == hash)
      return PutOutcome{std::move(current).value(), false, definition};
  } else if (current.error().code != ErrorCode::kNotFound) {
    return current.error();
  }
  NewProcessVersion v{std::string(procedure_code), std::string(xml), hash, std::string(created_by),
                      clock_.Now()};
  MOTCUA_ASSIGN_OR_RETURN(stored, repo_->Insert(v));
  {
    std::lock_guard lock(mu_);
    cache_[stored.id] = definition;
  }
  return PutOutcome{std::move(stored), true, definition};
}

Result<std::shared_ptr<const ProcessDefinition>> ProcessService::Parsed(
    const StoredProcess& stored) {
  {
    std::lock_guard lock(mu_);
    auto it = cache_.find(stored.id);
    if (it != cache_.end()) return it->second;
  }
  auto parsed = ParseBpmn(stored.xml);
  if (!parsed) {
    return MakeError(ErrorCode::kInternal, "stored process " + std::to_string(stored.id) +
                                               " no longer parses: " + parsed.error().message);
  }
  auto definition = std::make_shared<const ProcessDefinition>(std::move(parsed).value());
  std::lock_guard lock(mu_);
  return cache_.emplace(stored.id, std::move(definition)).first->second;
}

Result<LoadedProcess> ProcessService::LoadVersion(long long id) {
  MOTCUA_ASSIGN_OR_RETURN(stored, repo_->GetVersion(id));
  MOTCUA_ASSIGN_OR_RETURN(definition, Parsed(stored));
  return LoadedProcess{std::move(stored), std::move(definition)};
}

Result<LoadedProcess> ProcessService::LoadCurrent(std::string_view procedure_code) {
  MOTCUA_ASSIGN_OR_RETURN(stored, repo_->Current(procedure_code));
  MOTCUA_ASSIGN_OR_RETURN(definition, Parsed(stored));
  return LoadedProcess{std::move(stored), std::move(definition)};
}

}  // namespace motcua::process
