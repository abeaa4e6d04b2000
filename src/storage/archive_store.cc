// SPDX-License-Identifier: Apache-2.0
#include "storage/archive_store.h"

#include "dossier/dossier_status.h"
#include "storage/sql_time.h"

namespace motcua::storage {
namespace {

using archive::PackageInfo;

constexpr const char* kColumns =
    "SELECT dossier_code, path, sealed_at, retain_until, payload_bytes, payload_files, "
    "tag_manifest_sha256 FROM archive_packages ";

PackageInfo FromRow(const Row& r) {
  PackageInfo p;
  p.dossier_code = r.Text(0);
  p.path = r.Text(1);
  p.sealed_at = FromSeconds(r.Int(2));
  if (auto until = r.OptText(3)) {
    if (auto date = ParseDate(*until)) p.retain_until = *date;
  }
  p.payload_bytes = r.Int(4);
  p.payload_files = r.Int(5);
  p.tag_manifest_sha256 = r.Text(6);
  return p;
}

}  // namespace

Status SqlArchiveRepository::Add(const PackageInfo& p) {
  std::optional<std::string> until;
  if (p.retain_until) until = FormatDate(*p.retain_until);
  // A second record for a dossier, or one for an unknown dossier, is kConflict: the connection
  // translates the unique and foreign-key violations.
  auto added = db_->Transact<bool>(TxMode::kWrite, [&](Connection& c) -> Result<bool> {
    MOTCUA_TRY(
        c.Execute("INSERT INTO archive_packages (dossier_code, path, sealed_at, "
                  "retain_until, payload_bytes, payload_files, tag_manifest_sha256) "
                  "VALUES ($1, $2, $3, $4, $5, $6, $7)",
                  {p.dossier_code, p.path, ToSeconds(p.sealed_at), until, p.payload_bytes,
                   p.payload_files, p.tag_manifest_sha256}));
    return true;
  });
  if (!added) return added.error();
  return Ok();
}

Result<PackageInfo> SqlArchiveRepository::Get(std::string_view dossier_code) {
  return db_->Transact<PackageInfo>(TxMode::kRead, [&](Connection& c) -> Result<PackageInfo> {
    MOTCUA_ASSIGN_OR_RETURN(
        row, c.QueryOne(std::string(kColumns) + "WHERE dossier_code = $1", {dossier_code},
                        "Hồ sơ " + std::string(dossier_code) + " chưa có gói lưu trữ"));
    return FromRow(row);
  });
}

Result<std::vector<PackageInfo>> SqlArchiveRepository::List() {
  using Out = std::vector<PackageInfo>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(rows, c.Query(std::string(kColumns) + "ORDER BY dossier_code"));
    Out out;
    for (const auto& r : rows) out.push_back(FromRow(r));
    return out;
  });
}

Result<std::vector<std::string>> SqlArchiveRepository::ListClosedWithoutPackage(int limit) {
  // The final statuses come from the dossier module, so the rule lives in one place.
  Params params{limit};
  std::string in;
  for (int s = 1; s <= 10; ++s) {
    const auto status = static_cast<dossier::DossierStatus>(s);
    if (!dossier::IsFinal(status)) continue;
    params.emplace_back(dossier::StatusName(status));
    in += (in.empty() ? "$" : ", $") + std::to_string(params.size());
  }
  using Out = std::vector<std::string>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(rows,
                            c.Query("SELECT d.code FROM dossiers d WHERE d.status IN (" + in +
                                        ") AND NOT EXISTS (SELECT 1 FROM archive_packages a WHERE "
                                        "a.dossier_code = d.code) ORDER BY d.code LIMIT $1",
                                    params));
    Out out;
    for (const auto& r : rows) out.push_back(r.Text(0));
    return out;
  });
}

}  // namespace motcua::storage
