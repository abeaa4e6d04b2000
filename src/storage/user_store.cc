// SPDX-License-Identifier: Apache-2.0
#include "storage/user_store.h"

#include "storage/sql_time.h"

namespace motcua::storage {
namespace {

using identity::User;

constexpr std::string_view kColumns =
    "SELECT u.id, u.username, u.password_hash, u.full_name, u.role, u.agency_id, "
    "u.department_id, u.id_number, u.active, dep.name, u.counter_id FROM users u "
    "LEFT JOIN departments dep ON dep.id = u.department_id ";

User FromRow(const Row& r) {
  User u;
  u.id = r.Int(0);
  u.username = r.Text(1);
  u.password_hash = r.Text(2);
  u.full_name = r.Text(3);
  u.role = identity::ParseRole(r.Text(4)).value_or(identity::Role::kCitizen);
  u.agency_id = r.OptInt(5);
  u.department_id = r.OptInt(6);
  u.id_number = r.Text(7);
  u.active = r.Bool(8);
  u.department_name = r.Text(9);
  u.counter_id = r.OptInt(10);
  return u;
}

Status Done(const Result<bool>& r) {
  if (!r) return r.error();
  return Ok();
}

}  // namespace

Result<User> SqlUserRepository::FindOne(const std::string& where, const Params& params) {
  return db_->Transact<User>(TxMode::kRead, [&](Connection& c) -> Result<User> {
    MOTCUA_ASSIGN_OR_RETURN(row, c.QueryOne(std::string(kColumns) + where, params,
                                            "Không tìm thấy tài khoản"));
    return FromRow(row);
  });
}

Result<User> SqlUserRepository::FindByUsername(std::string_view username) {
  return FindOne("WHERE u.username = $1", {username});
}

Result<User> SqlUserRepository::Get(long long id) { return FindOne("WHERE u.id = $1", {id}); }

Result<std::vector<User>> SqlUserRepository::List() {
  using Out = std::vector<User>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(rows, c.Query(std::string(kColumns) + "ORDER BY u.id"));
    Out out;
    for (const auto& r : rows) out.push_back(FromRow(r));
    return out;
  });
}

Result<long long> SqlUserRepository::Create(const User& u, Timestamp now) {
  return db_->Transact<long long>(TxMode::kWrite, [&](Connection& c) -> Result<long long> {
    std::optional<std::string> id_number;
    if (!u.id_number.empty()) id_number = u.id_number;
    auto row = c.QueryOne(
        "INSERT INTO users (username, password_hash, full_name, role, agency_id, department_id, "
        "id_number, active, created_at, counter_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
        "$10) RETURNING id",
        {u.username, u.password_hash, u.full_name, std::string(identity::RoleName(u.role)),
         u.agency_id, u.department_id, id_number, u.active, ToSeconds(now), u.counter_id},
        "insert");
    if (!row) {
      if (row.error().code == ErrorCode::kConflict) {
        return MakeError(ErrorCode::kConflict, "Tên đăng nhập hoặc số định danh đã được sử dụng",
                         "username");
      }
      return row.error();
    }
    return row->Int(0);
  });
}

Status SqlUserRepository::Update(const User& u) {
  return db_->Transact<void>(TxMode::kWrite, [&](Connection& c) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(
        n, c.Execute("UPDATE users SET full_name = $1, role = $2, agency_id = $3, "
                     "department_id = $4, active = $5, counter_id = $6 WHERE id = $7",
                     {u.full_name, std::string(identity::RoleName(u.role)), u.agency_id,
                      u.department_id, u.active, u.counter_id, u.id}));
    if (n == 0) return MakeError(ErrorCode::kNotFound, "Không tìm thấy tài khoản");
    if (!u.active) MOTCUA_TRY(c.Execute("DELETE FROM sessions WHERE user_id = $1", {u.id}));
    return Ok();
  });
}

Status SqlUserRepository::CreateSession(std::string_view token_hash, long long user_id,
                                        Timestamp now, Timestamp expires_at) {
  return Done(db_->Transact<bool>(TxMode::kWrite, [&](Connection& c) -> Result<bool> {
    // Expired sessions are swept here rather than by a separate job.
    MOTCUA_TRY(c.Execute("DELETE FROM sessions WHERE expires_at < $1", {ToSeconds(now)}));
    MOTCUA_TRY(c.Execute("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) "
                         "VALUES ($1, $2, $3, $4)",
                         {token_hash, user_id, ToSeconds(now), ToSeconds(expires_at)}));
    return true;
  }));
}

Result<User> SqlUserRepository::FindSession(std::string_view token_hash, Timestamp now) {
  auto user = FindOne(
      "JOIN sessions s ON s.user_id = u.id WHERE s.token_hash = $1 AND s.expires_at > $2 AND "
      "u.active = 1",
      {token_hash, ToSeconds(now)});
  if (!user && user.error().code == ErrorCode::kNotFound) {
    return MakeError(ErrorCode::kUnauthenticated, "Phiên đăng nhập không hợp lệ hoặc đã hết hạn");
  }
  return user;
}

Status SqlUserRepository::DeleteSession(std::string_view token_hash) {
  return Done(db_->Transact<bool>(TxMode::kWrite, [&](Connection& c) -> Result<bool> {
    MOTCUA_TRY(c.Execute("DELETE FROM sessions WHERE token_hash = $1", {token_hash}));
    return true;
  }));
}

}  // namespace motcua::storage
