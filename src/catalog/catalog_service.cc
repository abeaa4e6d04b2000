// SPDX-License-Identifier: Apache-2.0
#include "catalog/catalog_service.h"

#include <sstream>

#include "common/text_fold.h"

namespace motcua::catalog {

Result<std::vector<Procedure>> CatalogService::Search(const SearchRequest& request) {
  if (request.limit < 1 || request.limit > 500) {
    return MakeError(ErrorCode::kInvalidArgument, "limit phải từ 1 đến 500", "limit");
  }
  if (request.offset < 0) {
    return MakeError(ErrorCode::kInvalidArgument, "offset không được âm", "offset");
  }
  if (!request.level.empty() && request.level != "commune" && request.level != "province") {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Cấp thực hiện phải là commune (xã) hoặc province (tỉnh)", "level");
  }
  SearchQuery q;
  std::istringstream words(FoldForSearch(request.text));
  for (std::string w; words >> w && q.words.size() < 8;) q.words.push_back(w);
  q.level = request.level;
  q.field_folded = FoldForSearch(request.field);
  q.limit = request.limit;
  q.offset = request.offset;
  return repo_->Search(q, LocalDate(clock_.Now()));
}

Result<Procedure> CatalogService::Get(std::string_view code) {
  return repo_->Get(code, LocalDate(clock_.Now()));
}

Result<ImportReport> CatalogService::Import(const nlohmann::json& document) {
  MOTCUA_ASSIGN_OR_RETURN(entries, ParseImportDocument(document));
  ImportReport report;
  report.procedures = static_cast<int>(entries.size());
  MOTCUA_ASSIGN_OR_RETURN(added, repo_->PutVersions(entries, clock_.Now()));
  report.new_versions = added;
  return report;
}

namespace {

// The rules of a procedure's JSON form, without what identifies the version.
nlohmann::json RulesOnly(nlohmann::json j) {
  j.erase("version");
  j.erase("effective_from");
  return j;
}

}  // namespace

Result<EditOutcome> CatalogService::Edit(std::string_view code, const nlohmann::json& changes) {
  if (!changes.is_object()) {
    return MakeError(ErrorCode::kInvalidArgument, "Nội dung phải là một đối tượng JSON");
  }
  const Date today = LocalDate(clock_.Now());
  auto current = repo_->Get(code, today);
  if (!current && current.error().code != ErrorCode::kNotFound) return current.error();
  nlohmann::json merged = current ? ProcedureToJson(*current) : nlohmann::json::object();
  for (const auto& [key, value] : changes.items()) merged[key] = value;
  merged["code"] = std::string(code);
  if (!changes.contains("effective_from")) merged["effective_from"] = FormatDate(today);
  merged.erase("version");
  MOTCUA_ASSIGN_OR_RETURN(entry, ParseImportEntry(merged));
  if (current) {
    const Procedure edited{entry.code, {0, 0, entry.effective_from, entry.rules}};
    if (RulesOnly(ProcedureToJson(edited)) == RulesOnly(ProcedureToJson(*current))) {
      return EditOutcome{*current, false};
    }
  }
  auto added = repo_->PutVersions({entry}, clock_.Now());
  if (!added) {
    if (added.error().code != ErrorCode::kConflict) return added.error();
    return MakeError(ErrorCode::kConflict,
                     "Thủ tục đã có phiên bản khác hiệu lực từ ngày " +
                         FormatDateVi(entry.effective_from) + "; hãy chọn ngày hiệu lực khác",
                     "effective_from");
  }
  MOTCUA_ASSIGN_OR_RETURN(versions, repo_->ListVersions(code));
  for (const auto& v : versions) {
    if (v.effective_from == entry.effective_from) {
      return EditOutcome{Procedure{entry.code, v}, *added > 0};
    }
  }
  return MakeError(ErrorCode::kInternal, "edited version not found after writing it");
}

Result<nlohmann::json> CatalogService::Export() {
  MOTCUA_ASSIGN_OR_RETURN(all, repo_->ListAll(LocalDate(clock_.Now())));
  nlohmann::json list = nlohmann::json::array();
  for (const auto& p : all) list.push_back(ProcedureToJson(p));
  return nlohmann::json{{"procedures", std::move(list)}};
}

}  // namespace motcua::catalog
