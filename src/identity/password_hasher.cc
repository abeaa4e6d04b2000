// SPDX-License-Identifier: Apache-2.0
#include "identity/password_hasher.h"

#include <argon2.h>

#include <charconv>
#include <cstdint>
#include <cstring>
#include <limits>

#include "common/check.h"
#include "identity/secure_random.h"

namespace motcua::identity {
namespace {

constexpr size_t kSaltBytes = 16;
constexpr size_t kTagBytes = 32;
constexpr std::string_view kPrefix = "$argon2id$";

// Upper bounds for parameters read back from a stored hash; well above anything we issue.
constexpr uint64_t kMaxMemoryKib = 1024 * 1024;
constexpr uint64_t kMaxTimeCost = 16;
constexpr uint64_t kMaxParallelism = 16;

// Reads the number after `key` (e.g. "m=") in `params`, or returns false.
bool ReadParam(std::string_view params, std::string_view key, uint64_t& out) {
  const size_t at = params.find(key);
  if (at == std::string_view::npos) return false;
  const char* first = params.data() + at + key.size();
  const char* last = params.data() + params.size();
  const auto [ptr, ec] = std::from_chars(first, last, out);
  return ec == std::errc() && ptr != first;
}

// True when the "m=..,t=..,p=.." section of `encoded` is within the limits above.
bool CostWithinLimits(std::string_view encoded) {
  const size_t start = encoded.find("$m=");
  if (start == std::string_view::npos) return false;
  const size_t end = encoded.find('$', start + 1);
  const std::string_view params = encoded.substr(start + 1, end - start - 1);
  uint64_t m = 0, t = 0, p = 0;
  return ReadParam(params, "m=", m) && ReadParam(params, "t=", t) && ReadParam(params, "p=", p) &&
         m <= kMaxMemoryKib && t <= kMaxTimeCost && p <= kMaxParallelism;
}

}  // namespace

std::string HashPassword(std::string_view password, const Argon2Params& params) {
  MOTCUA_CHECK(password.size() <= std::numeric_limits<uint32_t>::max());
  const std::string salt = RandomBytes(kSaltBytes);
  std::string encoded(argon2_encodedlen(params.time_cost, params.memory_kib, params.parallelism,
                                        kSaltBytes, kTagBytes, Argon2_id),
                      '\0');
  const int rc = argon2id_hash_encoded(params.time_cost, params.memory_kib, params.parallelism,
                                       password.data(), password.size(), salt.data(), salt.size(),
                                       kTagBytes, encoded.data(), encoded.size());
  if (rc != ARGON2_OK) FailCheck(argon2_error_message(rc), __FILE__, __LINE__);
  encoded.resize(std::strlen(encoded.c_str()));  // argon2_encodedlen counts the NUL and more
  return encoded;
}

bool VerifyPassword(std::string_view password, std::string_view encoded) {
  if (!encoded.starts_with(kPrefix) || encoded.find('\0') != std::string_view::npos) return false;
  if (password.size() > std::numeric_limits<uint32_t>::max()) return false;
  if (!CostWithinLimits(encoded)) return false;
  const std::string terminated(encoded);  // libargon2 wants a C string
  return argon2id_verify(terminated.c_str(), password.data(), password.size()) == ARGON2_OK;
}

}  // namespace motcua::identity
