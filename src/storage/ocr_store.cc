// SPDX-License-Identifier: Apache-2.0
#include "storage/ocr_store.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "common/text_fold.h"

namespace motcua::storage {

using digitization::FileOcr;
using digitization::OcrField;
using digitization::OcrJob;
using digitization::OcrMatch;
using digitization::OcrOutcome;
using digitization::OcrStatus;

namespace {

std::string FieldsJson(const std::vector<OcrField>& fields) {
  nlohmann::json out = nlohmann::json::array();
  for (const OcrField& f : fields) {
    out.push_back({{"name", f.name}, {"value", f.value}, {"line", f.line}});
  }
  return out.dump();
}

std::vector<OcrField> ParseFields(const std::string& text) {
  std::vector<OcrField> fields;
  const nlohmann::json parsed = nlohmann::json::parse(text, nullptr, false);
  if (!parsed.is_array()) return fields;
  for (const auto& f : parsed) {
    fields.push_back({f.value("name", ""), f.value("value", ""), f.value("line", "")});
  }
  return fields;
}

// LIKE treats % and _ as wildcards; a query is literal text.
std::string LikePattern(std::string_view text) {
  std::string out = "%";
  for (const char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

}  // namespace

Result<std::vector<OcrJob>> SqlOcrRepository::ListPending() {
  using Out = std::vector<OcrJob>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(rows, c.Query("SELECT id, sha256 FROM component_files WHERE "
                                          "ocr_status IN ('queued', 'running') ORDER BY id"));
    Out out;
    for (const Row& r : rows) out.push_back({r.Int(0), r.Text(1)});
    return out;
  });
}

Status SqlOcrRepository::Update(long long file_id, std::string_view sql, Params params) {
  params.insert(params.begin(), file_id);
  return db_->Transact<void>(TxMode::kWrite, [&](Connection& c) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(changed, c.Execute(sql, params));
    if (changed == 0) return MakeError(ErrorCode::kNotFound, "Không tìm thấy tệp");
    return Ok();
  });
}

Status SqlOcrRepository::SetStatus(long long file_id, OcrStatus status) {
  return Update(file_id, "UPDATE component_files SET ocr_status = $2 WHERE id = $1",
                {digitization::OcrStatusName(status)});
}

Status SqlOcrRepository::SaveResult(long long file_id, const OcrOutcome& outcome) {
  // Bound as text: both backends convert it to the column's type.
  char confidence[32];
  std::snprintf(confidence, sizeof(confidence), "%.4f", outcome.confidence);
  // A page break separates words like a line break does.
  std::string searchable = outcome.text;
  std::replace(searchable.begin(), searchable.end(), '\f', '\n');
  return Update(file_id,
                "UPDATE component_files SET ocr_status = 'done', ocr_text = $2, "
                "ocr_text_folded = $3, ocr_fields = $4, ocr_confidence = $5, ocr_error = '' "
                "WHERE id = $1",
                {outcome.text, FoldForSearch(searchable), FieldsJson(outcome.fields),
                 std::string(confidence)});
}

Status SqlOcrRepository::SaveFailure(long long file_id, std::string_view error) {
  return Update(file_id,
                "UPDATE component_files SET ocr_status = 'failed', ocr_text = '', "
                "ocr_text_folded = '', ocr_fields = '[]', ocr_confidence = NULL, ocr_error = $2 "
                "WHERE id = $1",
                {error});
}

Result<FileOcr> SqlOcrRepository::Get(long long file_id) {
  return db_->Transact<FileOcr>(TxMode::kRead, [&](Connection& c) -> Result<FileOcr> {
    MOTCUA_ASSIGN_OR_RETURN(
        r, c.QueryOne("SELECT id, dossier_code, ocr_status, ocr_text, ocr_fields, "
                      "ocr_confidence, ocr_error FROM component_files WHERE id = $1",
                      {file_id}, "Không tìm thấy tệp"));
    FileOcr f;
    f.file_id = r.Int(0);
    f.dossier_code = r.Text(1);
    f.status = digitization::ParseOcrStatus(r.Text(2)).value_or(OcrStatus::kNotStarted);
    f.text = r.Text(3);
    f.fields = ParseFields(r.Text(4));
    if (!r.IsNull(5)) f.confidence = std::strtod(r.Text(5).c_str(), nullptr);
    f.error = r.Text(6);
    return f;
  });
}

Result<std::optional<OcrOutcome>> SqlOcrRepository::FindDone(std::string_view sha256) {
  using Out = std::optional<OcrOutcome>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(row, c.QueryOptional("SELECT ocr_text, ocr_fields, ocr_confidence "
                                                 "FROM component_files WHERE sha256 = $1 AND "
                                                 "ocr_status = 'done' ORDER BY id LIMIT 1",
                                                 {sha256}));
    if (!row) return Out();
    OcrOutcome outcome;
    outcome.text = row->Text(0);
    outcome.fields = ParseFields(row->Text(1));
    outcome.confidence = std::strtod(row->Text(2).c_str(), nullptr);
    return Out(std::move(outcome));
  });
}

Result<std::vector<OcrMatch>> SqlOcrRepository::Search(std::string_view folded_query,
                                                       const std::vector<long long>& agency_ids,
                                                       int limit) {
  using Out = std::vector<OcrMatch>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    Out out;
    if (agency_ids.empty()) return out;
    Params params = {LikePattern(folded_query), limit};
    std::string agencies;
    for (const long long id : agency_ids) {
      params.emplace_back(id);
      agencies += (agencies.empty() ? "$" : ", $") + std::to_string(params.size());
    }
    const std::string sql =
        "SELECT f.dossier_code, f.component_id, f.id, f.file_name, f.ocr_text "
        "FROM component_files f JOIN dossiers d ON d.code = f.dossier_code "
        "WHERE f.ocr_status = 'done' AND f.ocr_text_folded LIKE $1 ESCAPE '\\' "
        "AND (d.receiving_agency_id IN (" +
        agencies + ") OR d.handling_agency_id IN (" + agencies + ")) ORDER BY f.id DESC LIMIT $2";
    MOTCUA_ASSIGN_OR_RETURN(rows, c.Query(sql, params));
    for (const Row& r : rows) {
      out.push_back({r.Text(0), r.Text(1), r.Int(2), r.Text(3), r.Text(4)});
    }
    return out;
  });
}

}  // namespace motcua::storage
