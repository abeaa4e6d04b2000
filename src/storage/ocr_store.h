// SPDX-License-Identifier: Apache-2.0
// digitization::OcrRepository on SQL (both dialects): the ocr_* columns of component_files.
#pragma once

#include <memory>

#include "digitization/ocr_queue.h"
#include "storage/database.h"

namespace motcua::storage {

// Search is a LIKE over the folded text: a scan of the agency's files, enough for the files of
// one agency; an index (pg_trgm, FTS5) would need SQL of one dialect only (decision 0003).
class SqlOcrRepository final : public digitization::OcrRepository {
 public:
  explicit SqlOcrRepository(std::shared_ptr<Database> db) : db_(std::move(db)) {}
  Result<std::vector<digitization::OcrJob>> ListPending() override;
  Status SetStatus(long long file_id, digitization::OcrStatus status) override;
  Status SaveResult(long long file_id, const digitization::OcrOutcome& outcome) override;
  Status SaveFailure(long long file_id, std::string_view error) override;
  Result<digitization::FileOcr> Get(long long file_id) override;
  Result<std::optional<digitization::OcrOutcome>> FindDone(std::string_view sha256) override;
  Result<std::vector<digitization::OcrMatch>> Search(std::string_view folded_query,
                                                     const std::vector<long long>& agency_ids,
                                                     int limit) override;

 private:
  Status Update(long long file_id, std::string_view sql, Params params);
  std::shared_ptr<Database> db_;
};

}  // namespace motcua::storage
