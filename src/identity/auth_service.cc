// SPDX-License-Identifier: Apache-2.0
#include "identity/auth_service.h"

#include "identity/password_hasher.h"
#include "identity/secure_random.h"

namespace motcua::identity {
namespace {

Error BadLogin() {
  return MakeError(ErrorCode::kUnauthenticated, "Tên đăng nhập hoặc mật khẩu không đúng");
}

}  // namespace

Result<LoginResult> AuthService::Login(std::string_view username, std::string_view password) {
  if (username.empty() || username.size() > 100 || password.size() > 1000) return BadLogin();
  auto user = users_->FindByUsername(username);
  if (!user) {
    if (user.error().code != ErrorCode::kNotFound) return user.error();
    return BadLogin();
  }
  if (!user->active || !VerifyPassword(password, user->password_hash)) return BadLogin();
  LoginResult out;
  out.token = RandomToken(32);
  out.expires_at = clock_.Now() + lifetime_;
  MOTCUA_TRY(users_->CreateSession(Sha256Hex(out.token), user->id, clock_.Now(), out.expires_at));
  out.user = std::move(user).value();
  return out;
}

Result<User> AuthService::Authenticate(std::string_view token) {
  if (token.size() != 64) {
    return MakeError(ErrorCode::kUnauthenticated, "Phiên đăng nhập không hợp lệ hoặc đã hết hạn");
  }
  return users_->FindSession(Sha256Hex(token), clock_.Now());
}

Status AuthService::Logout(std::string_view token) {
  return users_->DeleteSession(Sha256Hex(token));
}

}  // namespace motcua::identity
