// SPDX-License-Identifier: Apache-2.0
// The use cases of process maps: import a BPMN map as a new version of a procedure's process,
// read the current or an older one, and load a parsed definition for the engine.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "common/clock.h"
#include "process/definition.h"
#include "process/process_repository.h"

namespace motcua::process {

struct PutOutcome {
  StoredProcess stored;
  bool created = false;  // false: the XML equals the current version's, nothing was written
  std::shared_ptr<const ProcessDefinition> definition;
};

// A stored version with its parsed definition.
struct LoadedProcess {
  StoredProcess stored;
  std::shared_ptr<const ProcessDefinition> definition;
};

class ProcessService {
 public:
  ProcessService(std::shared_ptr<ProcessRepository> repo, const Clock& clock)
      : repo_(std::move(repo)), clock_(clock) {}

  // Validates `xml` (ParseBpmn: kInvalidArgument naming the element) and stores it as the next
  // version of `procedure_code`, unless it is byte for byte the current version. The caller
  // checks that the procedure exists. kInvalidArgument (field "code") for a malformed code.
  Result<PutOutcome> Put(std::string_view procedure_code, std::string_view xml,
                         std::string_view created_by);
  // The current version; kNotFound when the procedure has no map.
  Result<StoredProcess> Current(std::string_view procedure_code) {
    return repo_->Current(procedure_code);
  }
  // Version number `version` of the procedure's map; kNotFound when absent.
  Result<StoredProcess> GetByNumber(std::string_view procedure_code, int version) {
    return repo_->GetByNumber(procedure_code, version);
  }
  // A version by row id, parsed (cached: a version never changes). kNotFound when absent;
  // kInternal when stored XML no longer parses. Thread-safe.
  Result<LoadedProcess> LoadVersion(long long id);
  // The current version of the procedure, parsed. kNotFound when it has none. Thread-safe.
  Result<LoadedProcess> LoadCurrent(std::string_view procedure_code);

 private:
  Result<std::shared_ptr<const ProcessDefinition>> Parsed(const StoredProcess& stored);

  std::shared_ptr<ProcessRepository> repo_;
  const Clock& clock_;
  std::mutex mu_;
  std::map<long long, std::shared_ptr<const ProcessDefinition>> cache_;  // GUARDED_BY(mu_)
};

}  // namespace motcua::process
