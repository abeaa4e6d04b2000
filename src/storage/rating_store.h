// SPDX-License-Identifier: Apache-2.0
// feedback::RatingRepository on SQL (both dialects).
#pragma once

#include <memory>

#include "feedback/rating_repository.h"
#include "storage/database.h"

namespace motcua::storage {

class SqlRatingRepository final : public feedback::RatingRepository {
 public:
  explicit SqlRatingRepository(std::shared_ptr<Database> db) : db_(std::move(db)) {}
  Status Add(const feedback::Rating& rating) override;
  Result<std::optional<feedback::Rating>> Get(std::string_view dossier_code) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace motcua::storage
