// SPDX-License-Identifier: Apache-2.0
#include "storage/process_store.h"

#include "storage/sql_time.h"

namespace motcua::storage {
namespace {

using process::StoredProcess;

constexpr const char* kColumns =
    "SELECT id, procedure_code, version, xml, content_hash, created_by, created_at "
    "FROM process_definitions ";

StoredProcess FromRow(const Row& r) {
  StoredProcess p;
  p.id = r.Int(0);
  p.procedure_code = r.Text(1);
  p.version = static_cast<int>(r.Int(2));
  p.xml = r.Text(3);
  p.content_hash = r.Text(4);
  p.created_by = r.Text(5);
  p.created_at = FromSeconds(r.Int(6));
  return p;
}

std::string NoMap(std::string_view code) {
  return "Thủ tục " + std::string(code) + " chưa có bản đồ quy trình";
}

}  // namespace

Result<StoredProcess> SqlProcessRepository::Current(std::string_view procedure_code) {
  return db_->Transact<StoredProcess>(TxMode::kRead, [&](Connection& c) -> Result<StoredProcess> {
    MOTCUA_ASSIGN_OR_RETURN(
        row, c.QueryOne(
                 std::string(kColumns) + "WHERE procedure_code = $1 ORDER BY version DESC LIMIT 1",
                 {procedure_code}, NoMap(procedure_code)));
    return FromRow(row);
  });
}

Result<StoredProcess> SqlProcessRepository::GetVersion(long long id) {
  return db_->Transact<StoredProcess>(TxMode::kRead, [&](Connection& c) -> Result<StoredProcess> {
    MOTCUA_ASSIGN_OR_RETURN(
        row, c.QueryOne(std::string(kColumns) + "WHERE id = $1", {id},
                        "Không tìm thấy phiên bản bản đồ quy trình số " + std::to_string(id)));
    return FromRow(row);
  });
}

Result<StoredProcess> SqlProcessRepository::GetByNumber(std::string_view procedure_code,
                                                        int version) {
  return db_->Transact<StoredProcess>(TxMode::kRead, [&](Connection& c) -> Result<StoredProcess> {
    MOTCUA_ASSIGN_OR_RETURN(
        row, c.QueryOne(std::string(kColumns) + "WHERE procedure_code = $1 AND version = $2",
                        {procedure_code, version},
                        "Thủ tục " + std::string(procedure_code) +
                            " không có phiên bản bản đồ quy trình " + std::to_string(version)));
    return FromRow(row);
  });
}

Result<StoredProcess> SqlProcessRepository::Insert(const process::NewProcessVersion& v) {
  return db_->Transact<StoredProcess>(TxMode::kWrite, [&](Connection& c) -> Result<StoredProcess> {
    // Two uploads at once may compute the same number; UNIQUE (procedure_code, version) lets
    // only one win and the other gets kConflict.
    MOTCUA_ASSIGN_OR_RETURN(
        next, c.QueryOne("SELECT COALESCE(MAX(version), 0) + 1 FROM process_definitions "
                         "WHERE procedure_code = $1",
                         {v.procedure_code}, "next version"));
    const int version = static_cast<int>(next.Int(0));
    MOTCUA_ASSIGN_OR_RETURN(
        row, c.QueryOne("INSERT INTO process_definitions (procedure_code, version, xml, "
                        "content_hash, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6) "
                        "RETURNING id",
                        {v.procedure_code, version, v.xml, v.content_hash, v.created_by,
                         ToSeconds(v.created_at)},
                        "insert"));
    return StoredProcess{row.Int(0),     v.procedure_code, version,     v.xml,
                         v.content_hash, v.created_by,     v.created_at};
  });
}

}  // namespace motcua::storage
