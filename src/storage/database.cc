// SPDX-License-Identifier: Apache-2.0
#include "storage/database.h"

#include <charconv>

#include "storage/migrator.h"
#include "storage/postgres/postgres_database.h"
#include "storage/sqlite/sqlite_database.h"

namespace motcua::storage {

std::optional<std::string> SqlParam::ToText() const {
  if (is_null()) return std::nullopt;
  if (is_int()) return std::to_string(as_int());
  return as_text();
}

const std::string& Row::Text(size_t i) const {
  // Never destroyed: the App's background workers (OCR queue, form printer, process sweeper)
  // read rows too, and may still be reading while a process exits without stopping them.
  static const auto* const kEmpty = new std::string;
  const auto& cell = cells_.at(i);
  return cell ? *cell : *kEmpty;
}

std::optional<long long> Row::OptInt(size_t i) const {
  const auto& cell = cells_.at(i);
  if (!cell) return std::nullopt;
  // PostgreSQL renders booleans as t/f.
  if (*cell == "t") return 1;
  if (*cell == "f") return 0;
  long long v = 0;
  auto [ptr, ec] = std::from_chars(cell->data(), cell->data() + cell->size(), v);
  MOTCUA_CHECK(ec == std::errc() && ptr == cell->data() + cell->size());
  return v;
}

long long Row::Int(size_t i) const { return OptInt(i).value_or(0); }

Result<Row> Connection::QueryOne(std::string_view sql, const Params& params,
                                 std::string_view what) {
  MOTCUA_ASSIGN_OR_RETURN(rows, Query(sql, params));
  if (rows.empty()) return MakeError(ErrorCode::kNotFound, std::string(what));
  return std::move(rows.front());
}

Result<std::optional<Row>> Connection::QueryOptional(std::string_view sql, const Params& params) {
  MOTCUA_ASSIGN_OR_RETURN(rows, Query(sql, params));
  if (rows.empty()) return std::optional<Row>();
  return std::optional<Row>(std::move(rows.front()));
}

Result<std::shared_ptr<Database>> OpenDatabase(const std::string& url) {
  MOTCUA_ASSIGN_OR_RETURN(db, OpenDatabaseWithoutMigrations(url));
  MOTCUA_TRY(ApplyMigrations(*db));
  return db;
}

Status ExecuteScriptOnce(Database& db, const std::string& sql) {
  auto r = db.Transact<bool>(TxMode::kWrite, [&](Connection& c) -> Result<bool> {
    MOTCUA_TRY(c.ExecuteScript(sql));
    return true;
  });
  if (!r) return r.error();
  return Ok();
}

Result<std::shared_ptr<Database>> OpenDatabaseWithoutMigrations(const std::string& url) {
  std::shared_ptr<Database> db;
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    MOTCUA_ASSIGN_OR_RETURN(pg, PostgresDatabase::Open(url));
    db = std::move(pg);
  } else if (url.rfind("sqlite:", 0) == 0) {
    MOTCUA_ASSIGN_OR_RETURN(lite, SqliteDatabase::Open(url.substr(7)));
    db = std::move(lite);
  } else if (url.find("://") == std::string::npos && !url.empty()) {
    MOTCUA_ASSIGN_OR_RETURN(lite, SqliteDatabase::Open(url));
    db = std::move(lite);
  } else {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Địa chỉ cơ sở dữ liệu không hợp lệ (dùng sqlite:ĐƯỜNG_DẪN hoặc "
                     "postgresql://...)",
                     "db");
  }
  return db;
}

}  // namespace motcua::storage
