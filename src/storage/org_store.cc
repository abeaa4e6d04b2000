// SPDX-License-Identifier: Apache-2.0
#include "storage/org_store.h"

namespace motcua::storage {
namespace {

constexpr std::string_view kAgencyColumns =
    "SELECT id, code, name, kind, unit_code, parent_id, note FROM agencies ";

org::Agency AgencyFromRow(const Row& r) {
  org::Agency a;
  a.id = r.Int(0);
  a.code = r.Text(1);
  a.name = r.Text(2);
  a.kind = org::ParseAgencyKind(r.Text(3)).value_or(org::AgencyKind::kOther);
  a.unit_code = r.Text(4);
  a.parent_id = r.OptInt(5);
  a.note = r.Text(6);
  return a;
}

std::optional<std::string> OptString(const std::string& s) {
  return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

}  // namespace

Result<std::vector<org::AdminUnit>> SqlOrgRepository::ListUnits() {
  using Units = std::vector<org::AdminUnit>;
  return db_->Transact<Units>(TxMode::kRead, [](Connection& c) -> Result<Units> {
    MOTCUA_ASSIGN_OR_RETURN(rows, c.Query("SELECT code, name, level, parent_code, valid_from, "
                                          "valid_to, successor_code, note FROM admin_units "
                                          "ORDER BY code"));
    Units out;
    for (const auto& r : rows) {
      org::AdminUnit u;
      u.code = r.Text(0);
      u.name = r.Text(1);
      u.level = r.Text(2);
      u.parent_code = r.Text(3);
      u.valid_from = ParseDate(r.Text(4)).value();
      if (!r.IsNull(5)) u.valid_to = ParseDate(r.Text(5)).value();
      u.successor_code = r.Text(6);
      u.note = r.Text(7);
      out.push_back(std::move(u));
    }
    return out;
  });
}

Result<std::vector<org::Agency>> SqlOrgRepository::ListAgencies() {
  using Agencies = std::vector<org::Agency>;
  return db_->Transact<Agencies>(TxMode::kRead, [](Connection& c) -> Result<Agencies> {
    MOTCUA_ASSIGN_OR_RETURN(rows, c.Query(std::string(kAgencyColumns) + "ORDER BY id"));
    Agencies out;
    for (const auto& r : rows) out.push_back(AgencyFromRow(r));
    return out;
  });
}

Result<org::Agency> SqlOrgRepository::FindAgency(std::string_view where, SqlParam key) {
  return db_->Transact<org::Agency>(TxMode::kRead, [&](Connection& c) -> Result<org::Agency> {
    MOTCUA_ASSIGN_OR_RETURN(row, c.QueryOne(std::string(kAgencyColumns) + std::string(where),
                                            {key}, "Không tìm thấy cơ quan"));
    return AgencyFromRow(row);
  });
}

Result<org::Agency> SqlOrgRepository::GetAgency(long long id) {
  return FindAgency("WHERE id = $1", id);
}

Result<org::Agency> SqlOrgRepository::GetAgencyByCode(std::string_view code) {
  return FindAgency("WHERE code = $1", code);
}

Result<std::vector<org::Department>> SqlOrgRepository::ListDepartments(long long agency_id) {
  using Out = std::vector<org::Department>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(rows, c.Query("SELECT id, agency_id, name FROM departments WHERE "
                                          "agency_id = $1 ORDER BY id",
                                          {agency_id}));
    Out out;
    for (const auto& r : rows) out.push_back({r.Int(0), r.Int(1), r.Text(2)});
    return out;
  });
}

Result<std::vector<org::Counter>> SqlOrgRepository::ListCounters(long long agency_id) {
  using Out = std::vector<org::Counter>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(rows, c.Query("SELECT id, agency_id, number, name FROM counters "
                                          "WHERE agency_id = $1 ORDER BY number",
                                          {agency_id}));
    Out out;
    for (const auto& r : rows) {
      out.push_back({r.Int(0), r.Int(1), static_cast<int>(r.Int(2)), r.Text(3)});
    }
    return out;
  });
}

Status SqlOrgRepository::PutUnit(const org::AdminUnit& u) {
  auto r = db_->Transact<bool>(TxMode::kWrite, [&](Connection& c) -> Result<bool> {
    std::optional<std::string> valid_to;
    if (u.valid_to) valid_to = FormatDate(*u.valid_to);
    MOTCUA_TRY(c.Execute(
        "INSERT INTO admin_units (code, name, level, parent_code, valid_from, valid_to, "
        "successor_code, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
        "ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level, "
        "parent_code = excluded.parent_code, valid_from = excluded.valid_from, "
        "valid_to = excluded.valid_to, successor_code = excluded.successor_code, "
        "note = excluded.note",
        {u.code, u.name, u.level, OptString(u.parent_code), FormatDate(u.valid_from), valid_to,
         OptString(u.successor_code), u.note}));
    return true;
  });
  if (!r) return r.error();
  return Ok();
}

Result<long long> SqlOrgRepository::CreateAgency(const org::Agency& a) {
  return db_->Transact<long long>(TxMode::kWrite, [&](Connection& c) -> Result<long long> {
    MOTCUA_ASSIGN_OR_RETURN(
        row, c.QueryOne("INSERT INTO agencies (code, name, kind, unit_code, parent_id, note) "
                        "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                        {a.code, a.name, org::AgencyKindName(a.kind), a.unit_code, a.parent_id,
                         a.note},
                        "insert"));
    return row.Int(0);
  });
}

Result<long long> SqlOrgRepository::CreateDepartment(const org::Department& d) {
  return db_->Transact<long long>(TxMode::kWrite, [&](Connection& c) -> Result<long long> {
    MOTCUA_ASSIGN_OR_RETURN(row, c.QueryOne("INSERT INTO departments (agency_id, name) VALUES "
                                            "($1, $2) RETURNING id",
                                            {d.agency_id, d.name}, "insert"));
    return row.Int(0);
  });
}

Result<long long> SqlOrgRepository::CreateCounter(const org::Counter& k) {
  return db_->Transact<long long>(TxMode::kWrite, [&](Connection& c) -> Result<long long> {
    MOTCUA_ASSIGN_OR_RETURN(row, c.QueryOne("INSERT INTO counters (agency_id, number, name) "
                                            "VALUES ($1, $2, $3) RETURNING id",
                                            {k.agency_id, k.number, k.name}, "insert"));
    return row.Int(0);
  });
}

}  // namespace motcua::storage
