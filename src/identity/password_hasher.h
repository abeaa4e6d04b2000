// SPDX-License-Identifier: Apache-2.0
// Password hashing with Argon2id (libargon2) in the standard PHC encoded form
// "$argon2id$v=19$m=...,t=...,p=...$salt$hash".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace motcua::identity {

// Argon2id cost parameters. The encoded hash records them, so changing them later only affects
// new hashes; old ones still verify.
struct Argon2Params {
  uint32_t time_cost = 3;           // passes over memory
  uint32_t memory_kib = 19 * 1024;  // memory in KiB, held for the duration of one hash
  uint32_t parallelism = 1;         // lanes
};

// Production cost: m = 19 MiB, t = 3, p = 1, one pass above OWASP's Argon2id baseline (t = 2).
// Measured at about 55-65 ms per hash on the project's 2-core machines (t = 2 gave ~40 ms,
// m = 32 MiB with t = 2 gave ~95 ms).
inline constexpr Argon2Params kDefaultArgon2Params{};

// A cheap cost (well under 1 ms) for unit tests and demo seeding. Never for real accounts.
inline constexpr Argon2Params kFastArgon2Params{1, 64, 1};

// Hashes `password` with Argon2id, a fresh random 16-byte salt (OpenSSL RAND_bytes) and a 32-byte
// tag, and returns the encoded string. Failure (CSPRNG failure, out of memory, parameters below
// libargon2's minimums) is not recoverable and throws InvariantViolation. Thread-safe.
std::string HashPassword(std::string_view password,
                         const Argon2Params& params = kDefaultArgon2Params);

// True when `encoded` is an Argon2id hash produced from `password`. Returns false, never throws
// or crashes, for any malformed, non-argon2id or truncated `encoded`, and for encodings whose
// cost parameters exceed sane limits (m > 1 GiB, t > 16, p > 16), so a tampered row cannot make
// a login allocate unbounded memory. Comparison is constant-time (libargon2). Thread-safe.
bool VerifyPassword(std::string_view password, std::string_view encoded);

}  // namespace motcua::identity
