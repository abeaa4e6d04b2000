// SPDX-License-Identifier: Apache-2.0
// Login, logout and session lookup.
#pragma once

#include <chrono>
#include <memory>

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
  // The user behind a token. kUnauthenticated when unknown or expired.
  Result<User> Authenticate(std::string_view token);
  Status Logout(std::string_view token);

 private:
  std::shared_ptr<UserRepository> users_;
  const Clock& clock_;
  std::chrono::seconds lifetime_;
};

}  // namespace motcua::identity
