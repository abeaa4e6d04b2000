// SPDX-License-Identifier: Apache-2.0
// User accounts (staff and citizens) and their sessions, with the storage interface.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "common/result.h"
#include "identity/access_policy.h"

namespace motcua::identity {

struct User {
  long long id = 0;
  std::string username;
  std::string password_hash;  // argon2id encoded
  std::string full_name;
  Role role = Role::kCitizen;
  std::optional<long long> agency_id;
  std::optional<long long> department_id;
  // The reception counter the officer sits at, in the account's agency; none for others.
  std::optional<long long> counter_id;
  std::string id_number;  // citizens and organizations: personal number or tax code
  bool active = true;
  std::string department_name;  // read with the account; empty without a department
};

inline Principal ToPrincipal(const User& u) {
  return Principal{u.id, u.username, u.role, u.agency_id, u.id_number, u.department_name};
}

// Implementations are thread-safe.
class UserRepository {
 public:
  virtual ~UserRepository() = default;
  // kNotFound when absent.
  virtual Result<User> FindByUsername(std::string_view username) = 0;
  virtual Result<User> Get(long long id) = 0;
  virtual Result<std::vector<User>> List() = 0;
  // kConflict when the username or personal number is taken.
  virtual Result<long long> Create(const User& user, Timestamp now) = 0;
  // Writes the account's full name, role, agency, department, counter and active flag (not its
  // username, password or personal number). Deactivating ends its sessions. kNotFound when absent.
  virtual Status Update(const User& user) = 0;
  // Sessions are stored by the SHA-256 of their token, never the token itself.
  virtual Status CreateSession(std::string_view token_hash, long long user_id, Timestamp now,
                               Timestamp expires_at) = 0;
  // The active user of an unexpired session; kUnauthenticated otherwise.
  virtual Result<User> FindSession(std::string_view token_hash, Timestamp now) = 0;
  virtual Status DeleteSession(std::string_view token_hash) = 0;
};

}  // namespace motcua::identity
