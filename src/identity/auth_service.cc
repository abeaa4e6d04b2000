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
  const std::string hash = Sha256Hex(token);
  const Timestamp now = clock_.Now();
  {
    std::lock_guard lock(cache_mutex_);
    const auto it = cache_.find(hash);
    if (it != cache_.end() && now >= it->second.checked_at &&
        now - it->second.checked_at < kSessionCacheTtl) {
      return it->second.user;
    }
  }
  auto user = users_->FindSession(hash, now);
  std::lock_guard lock(cache_mutex_);
  if (!user) {
    cache_.erase(hash);
    return user;
  }
  if (cache_.size() >= kSessionCacheLimit) cache_.clear();
  cache_[hash] = CachedSession{*user, now};
  return user;
}

Status AuthService::Logout(std::string_view token) {
  const std::string hash = Sha256Hex(token);
  {
    std::lock_guard lock(cache_mutex_);
    cache_.erase(hash);
  }
  return users_->DeleteSession(hash);
}

void AuthService::ForgetUser(long long user_id) {
  std::lock_guard lock(cache_mutex_);
  std::erase_if(cache_, [user_id](const auto& entry) { return entry.second.user.id == user_id; });
}

}  // namespace motcua::identity
