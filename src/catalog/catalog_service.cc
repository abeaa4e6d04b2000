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

Result<nlohmann::json> CatalogService::Export() {
  MOTCUA_ASSIGN_OR_RETURN(all, repo_->ListAll(LocalDate(clock_.Now())));
  nlohmann::json list = nlohmann::json::array();
  for (const auto& p : all) list.push_back(ProcedureToJson(p));
  return nlohmann::json{{"procedures", std::move(list)}};
}

}  // namespace motcua::catalog
