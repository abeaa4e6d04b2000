// SPDX-License-Identifier: Apache-2.0
// Login, logout and session lookup.
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "common/clock.h"
#include "identity/user.h"

namespace motcua::identity {

struct LoginResult {
  std::string token;  // opaque; the client sends it back as a cookie or a bearer token
  Timestamp expires_at;
  User user;
};

class AuthService {
 public:
  AuthService(std::shared_ptr<UserRepository> users, const Clock& clock,
              std::chrono::seconds session_lifetime = std::chrono::hours(12))
      : users_(std::move(users)), clock_(clock), lifetime_(session_lifetime) {}

  // Checks the password and opens a session. kUnauthenticated for an unknown user, a wrong
  // password or a disabled account, with the same message for all three.
  Result<LoginResult> Login(std::string_view username, std::string_view password);
  // The user behind a token. kUnauthenticated when unknown or expired. A session found in the
  // store is remembered for kSessionCacheTtl, so a burst of requests costs one query; Logout
  // through this service forgets it at once, a change made elsewhere (another server process,
  // the database by hand) shows within kSessionCacheTtl. Thread-safe.
  Result<User> Authenticate(std::string_view token);
  Status Logout(std::string_view token);
  // Forgets the remembered sessions of user `user_id`, so that a change to the account (role,
  // agency, deactivation) applies to its next request. Thread-safe.
  void ForgetUser(long long user_id);

  static constexpr std::chrono::seconds kSessionCacheTtl{2};

 private:
  struct CachedSession {
    User user;
    Timestamp checked_at;
  };
  static constexpr size_t kSessionCacheLimit = 10000;

  std::shared_ptr<UserRepository> users_;
  const Clock& clock_;
  std::chrono::seconds lifetime_;
  std::mutex cache_mutex_;
  std::unordered_map<std::string, CachedSession> cache_;  // GUARDED_BY(cache_mutex_)
};

}  // namespace motcua::identity
