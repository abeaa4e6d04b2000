// SPDX-License-Identifier: Apache-2.0
// UserRepository on SQL (both dialects).
#pragma once

#include <memory>

#include "identity/user.h"
#include "storage/database.h"

namespace motcua::storage {

class SqlUserRepository final : public identity::UserRepository {
 public:
  explicit SqlUserRepository(std::shared_ptr<Database> db) : db_(std::move(db)) {}
  Result<identity::User> FindByUsername(std::string_view username) override;
  Result<identity::User> Get(long long id) override;
  Result<std::vector<identity::User>> List() override;
  Result<long long> Create(const identity::User& user, Timestamp now) override;
  Status Update(const identity::User& user) override;
  Status CreateSession(std::string_view token_hash, long long user_id, Timestamp now,
                       Timestamp expires_at) override;
  Result<identity::User> FindSession(std::string_view token_hash, Timestamp now) override;
  Status DeleteSession(std::string_view token_hash) override;

 private:
  Result<identity::User> FindOne(const std::string& where, const Params& params);
  std::shared_ptr<Database> db_;
};

}  // namespace motcua::storage
