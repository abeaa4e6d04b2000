// SPDX-License-Identifier: Apache-2.0
#include "storage/catalog_store.h"

#include "common/text_fold.h"
#include "storage/sql_time.h"

namespace motcua::storage {
namespace {

using catalog::Procedure;
using catalog::ProcedureVersion;

// The version in force on $1 for each procedure p.
constexpr std::string_view kInForce =
    "SELECT p.code, v.id, v.version, v.effective_from, v.body FROM procedures p "
    "JOIN procedure_versions v ON v.procedure_code = p.code AND v.effective_from = "
    "(SELECT MAX(effective_from) FROM procedure_versions w WHERE w.procedure_code = p.code "
    "AND w.effective_from <= $1) ";

std::string RulesBody(const catalog::ImportEntry& e) {
  nlohmann::json j = catalog::ProcedureToJson(Procedure{e.code, {0, 0, e.effective_from, e.rules}});
  j.erase("version");
  return j.dump();
}

Result<Procedure> ProcedureFromRow(const Row& r) {
  const auto body = nlohmann::json::parse(r.Text(4), nullptr, false);
  if (body.is_discarded()) return MakeError(ErrorCode::kInternal, "corrupt procedure body");
  MOTCUA_ASSIGN_OR_RETURN(entry, catalog::ParseImportEntry(body));
  Procedure p;
  p.code = r.Text(0);
  p.version.id = r.Int(1);
  p.version.version = static_cast<int>(r.Int(2));
  p.version.effective_from = entry.effective_from;
  p.version.rules = std::move(entry.rules);
  return p;
}

std::string LikePattern(std::string_view word) {
  std::string out = "%";
  for (char c : word) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

}  // namespace

std::optional<Procedure> SqlCatalogRepository::Cached(long long version_id) {
  std::lock_guard lock(parsed_mutex_);
  const auto it = parsed_.find(version_id);
  if (it == parsed_.end()) return std::nullopt;
  return it->second;
}

Result<Procedure> SqlCatalogRepository::FromRow(const Row& row) {
  if (auto hit = Cached(row.Int(1))) return std::move(*hit);
  MOTCUA_ASSIGN_OR_RETURN(p, ProcedureFromRow(row));
  std::lock_guard lock(parsed_mutex_);
  parsed_.emplace(p.version.id, p);
  return p;
}

Result<std::vector<Procedure>> SqlCatalogRepository::FromRows(const Rows& rows) {
  std::vector<Procedure> out;
  out.reserve(rows.size());
  for (const auto& r : rows) {
    MOTCUA_ASSIGN_OR_RETURN(p, FromRow(r));
    out.push_back(std::move(p));
  }
  return out;
}

Result<std::vector<Procedure>> SqlCatalogRepository::Search(const catalog::SearchQuery& q,
                                                            const Date& on) {
  std::string sql(kInForce);
  Params params{FormatDate(on)};
  sql += "WHERE 1 = 1";
  for (const auto& w : q.words) {
    params.emplace_back(LikePattern(w));
    const std::string n = std::to_string(params.size());
    sql += " AND (p.name_folded LIKE $" + n + " ESCAPE '\\' OR p.code LIKE $" + n +
           " ESCAPE '\\')";
  }
  if (!q.level.empty()) {
    params.emplace_back(q.level);
    sql += " AND p.level = $" + std::to_string(params.size());
  }
  if (!q.field_folded.empty()) {
    params.emplace_back(q.field_folded);
    sql += " AND p.field_folded = $" + std::to_string(params.size());
  }
  params.emplace_back(q.limit);
  sql += " ORDER BY p.name_folded, p.code LIMIT $" + std::to_string(params.size());
  params.emplace_back(q.offset);
  sql += " OFFSET $" + std::to_string(params.size());
  using Out = std::vector<Procedure>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(rows, c.Query(sql, params));
    return FromRows(rows);
  });
}

Result<Procedure> SqlCatalogRepository::Get(std::string_view code, const Date& on) {
  return db_->Transact<Procedure>(TxMode::kRead, [&](Connection& c) -> Result<Procedure> {
    MOTCUA_ASSIGN_OR_RETURN(
        row, c.QueryOne(std::string(kInForce) + "WHERE p.code = $2", {FormatDate(on), code},
                        "Không tìm thấy thủ tục có mã " + std::string(code)));
    return FromRow(row);
  });
}

Result<Procedure> SqlCatalogRepository::GetVersion(long long version_id) {
  if (auto hit = Cached(version_id)) return std::move(*hit);
  return db_->Transact<Procedure>(TxMode::kRead, [&](Connection& c) -> Result<Procedure> {
    MOTCUA_ASSIGN_OR_RETURN(row, c.QueryOne("SELECT procedure_code, id, version, effective_from, "
                                            "body FROM procedure_versions WHERE id = $1",
                                            {version_id}, "Không tìm thấy phiên bản thủ tục"));
    return FromRow(row);
  });
}

Result<std::vector<ProcedureVersion>> SqlCatalogRepository::ListVersions(std::string_view code) {
  using Out = std::vector<ProcedureVersion>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(rows, c.Query("SELECT procedure_code, id, version, effective_from, "
                                          "body FROM procedure_versions WHERE procedure_code = $1 "
                                          "ORDER BY effective_from",
                                          {code}));
    MOTCUA_ASSIGN_OR_RETURN(procs, FromRows(rows));
    Out out;
    for (auto& p : procs) out.push_back(std::move(p.version));
    return out;
  });
}

Result<std::vector<Procedure>> SqlCatalogRepository::ListAll(const Date& on) {
  using Out = std::vector<Procedure>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(
        rows, c.Query(std::string(kInForce) + "ORDER BY p.code", {FormatDate(on)}));
    return FromRows(rows);
  });
}

Result<int> SqlCatalogRepository::PutVersions(const std::vector<catalog::ImportEntry>& entries,
                                              Timestamp now) {
  return db_->Transact<int>(TxMode::kWrite, [&](Connection& c) -> Result<int> {
    int added = 0;
    const long long at = ToSeconds(now);
    for (const auto& e : entries) {
      const std::string body = RulesBody(e);
      const std::string eff = FormatDate(e.effective_from);
      MOTCUA_ASSIGN_OR_RETURN(same_day, c.QueryOptional("SELECT body FROM procedure_versions "
                                                        "WHERE procedure_code = $1 AND "
                                                        "effective_from = $2",
                                                        {e.code, eff}));
      if (same_day) {
        if (same_day->Text(0) == body) continue;
        return MakeError(ErrorCode::kConflict,
                         "Thủ tục " + e.code + " đã có phiên bản khác hiệu lực từ " +
                             FormatDateVi(e.effective_from),
                         "effective_from", "version_exists");
      }
      MOTCUA_ASSIGN_OR_RETURN(latest, c.QueryOptional("SELECT MAX(effective_from), "
                                                      "COALESCE(MAX(version), 0) FROM "
                                                      "procedure_versions WHERE "
                                                      "procedure_code = $1",
                                                      {e.code}));
      const bool newest = !latest || latest->IsNull(0) || latest->Text(0) < eff;
      const long long version = (latest ? latest->Int(1) : 0) + 1;
      // The procedures row carries the name and filters of the newest version.
      if (newest) {
        MOTCUA_TRY(c.Execute(
            "INSERT INTO procedures (code, name, name_folded, field, field_folded, level, "
            "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (code) DO UPDATE SET "
            "name = excluded.name, name_folded = excluded.name_folded, field = excluded.field, "
            "field_folded = excluded.field_folded, level = excluded.level, "
            "updated_at = excluded.updated_at",
            {e.code, e.rules.name, FoldForSearch(e.rules.name), e.rules.field,
             FoldForSearch(e.rules.field), e.rules.level, at}));
      }
      MOTCUA_TRY(c.Execute("INSERT INTO procedure_versions (procedure_code, version, "
                           "effective_from, body, created_at) VALUES ($1, $2, $3, $4, $5)",
                           {e.code, version, eff, body, at}));
      ++added;
    }
    return added;
  });
}

}  // namespace motcua::storage
