// SPDX-License-Identifier: Apache-2.0
#include "storage/counter_store.h"

#include <nlohmann/json.hpp>

namespace motcua::storage {
namespace {

using counters::CounterDesk;

constexpr std::string_view kSelect =
    "SELECT id, agency_id, number, name, fields, priority, active FROM counters ";

CounterDesk FromRow(const Row& r) {
  CounterDesk c{r.Int(0),  r.Int(1), static_cast<int>(r.Int(2)), r.Text(3), {},
                r.Bool(5), r.Bool(6)};
  const auto fields = nlohmann::json::parse(r.Text(4), nullptr, false);
  if (fields.is_array()) {
    for (const auto& f : fields) {
      if (f.is_string()) c.fields.push_back(f.get<std::string>());
    }
  }
  return c;
}

std::string FieldsJson(const CounterDesk& c) { return nlohmann::json(c.fields).dump(); }

Error Duplicate(const CounterDesk& c) {
  return MakeError(ErrorCode::kConflict, "Cơ quan đã có quầy số " + std::to_string(c.number),
                   "number");
}

Error Missing() { return MakeError(ErrorCode::kNotFound, "Không tìm thấy quầy tiếp nhận"); }

}  // namespace

Result<std::vector<CounterDesk>> SqlCounterRepository::List(std::optional<long long> agency_id) {
  using Out = std::vector<CounterDesk>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(
        rows, agency_id ? c.Query(std::string(kSelect) +
                                      "WHERE agency_id = $1 ORDER BY agency_id, number",
                                  {*agency_id})
                        : c.Query(std::string(kSelect) + "ORDER BY agency_id, number"));
    Out out;
    for (const auto& r : rows) out.push_back(FromRow(r));
    return out;
  });
}

Result<CounterDesk> SqlCounterRepository::Get(long long id) {
  return db_->Transact<CounterDesk>(TxMode::kRead, [&](Connection& c) -> Result<CounterDesk> {
    MOTCUA_ASSIGN_OR_RETURN(row, c.QueryOptional(std::string(kSelect) + "WHERE id = $1", {id}));
    if (!row) return Missing();
    return FromRow(*row);
  });
}

Result<long long> SqlCounterRepository::Create(const CounterDesk& d) {
  auto id = db_->Transact<long long>(TxMode::kWrite, [&](Connection& c) -> Result<long long> {
    MOTCUA_ASSIGN_OR_RETURN(
        row,
        c.QueryOne("INSERT INTO counters (agency_id, number, name, fields, priority, active) "
                   "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                   {d.agency_id, d.number, d.name, FieldsJson(d), d.priority, d.active}, "insert"));
    return row.Int(0);
  });
  if (!id && id.error().code == ErrorCode::kConflict) return Duplicate(d);
  return id;
}

Status SqlCounterRepository::Update(const CounterDesk& d) {
  auto done = db_->Transact<void>(TxMode::kWrite, [&](Connection& c) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(
        n, c.Execute("UPDATE counters SET agency_id = $1, number = $2, name = $3, fields = $4, "
                     "priority = $5, active = $6 WHERE id = $7",
                     {d.agency_id, d.number, d.name, FieldsJson(d), d.priority, d.active, d.id}));
    if (n == 0) return Missing();
    // A counter moved to another agency leaves behind the officers seated at it (a seat is a
    // counter of the officer's own agency).
    MOTCUA_TRY(c.Execute("UPDATE users SET counter_id = NULL WHERE counter_id = $1 AND "
                         "(agency_id IS NULL OR agency_id <> $2)",
                         {d.id, d.agency_id}));
    return Ok();
  });
  if (!done && done.error().code == ErrorCode::kConflict) return Duplicate(d);
  return done;
}

Status SqlCounterRepository::Delete(long long id) {
  return db_->Transact<void>(TxMode::kWrite, [&](Connection& c) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(n, c.Execute("DELETE FROM counters WHERE id = $1", {id}));
    if (n == 0) return Missing();
    return Ok();
  });
}

}  // namespace motcua::storage
