// SPDX-License-Identifier: Apache-2.0
// An applicant's rating of a dossier and its storage interface.
#pragma once

#include <optional>
#include <string>

#include "common/clock.h"
#include "common/result.h"

namespace motcua::feedback {

struct Rating {
  std::string dossier_code;
  int score = 0;  // 1 (very dissatisfied) .. 5 (very satisfied)
  std::string comment;
  long long rated_by = 0;  // the user id of the applicant
  Timestamp created_at;
};

// Implementations are thread-safe; every method is one transaction.
class RatingRepository {
 public:
  virtual ~RatingRepository() = default;
  // Stores the dossier's rating. kConflict when the dossier already has one.
  virtual Status Add(const Rating& rating) = 0;
  // The dossier's rating, or nullopt.
  virtual Result<std::optional<Rating>> Get(std::string_view dossier_code) = 0;
};

}  // namespace motcua::feedback
