// SPDX-License-Identifier: Apache-2.0
// The forms kept with a dossier (their PDFs live in the blob store) and their storage interface.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "common/result.h"
#include "forms/form_set.h"

namespace motcua::forms {

// One printed form of a dossier. Never changed once written: a form printed again (the control
// slip after every transition) is a new row, and the newest row of a kind is the current one.
struct StoredForm {
  long long id = 0;
  std::string dossier_code;
  FormKind kind = FormKind::kReceipt;
  std::string set_version;  // FormSet::version
  std::string title;
  std::string blob_sha256;  // the PDF in the blob store
  Timestamp created_at;
  std::optional<long long> created_by;  // the user whose action printed it
};

// Implementations are thread-safe; every method is one transaction.
class FormRepository {
 public:
  virtual ~FormRepository() = default;
  // Records a form and returns its id. kConflict for an unknown dossier (foreign key).
  virtual Result<long long> Add(const StoredForm& form) = 0;
  // Every form kept for the dossier, oldest first (by id); empty for an unknown dossier.
  virtual Result<std::vector<StoredForm>> List(std::string_view dossier_code) = 0;
};

}  // namespace motcua::forms
