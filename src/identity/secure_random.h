// SPDX-License-Identifier: Apache-2.0
// Cryptographic randomness and SHA-256 from OpenSSL: session tokens, salts, and token digests.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace motcua::identity {

// `bytes` bytes from OpenSSL's CSPRNG (RAND_bytes), as raw bytes in a string. A failing CSPRNG is
// not recoverable: it throws InvariantViolation (MOTCUA_CHECK) with OpenSSL's error queue in the
// message. Thread-safe.
std::string RandomBytes(size_t bytes);

// A random token of `bytes` bytes written as 2 * `bytes` lowercase hex characters, e.g. for
// session ids. Same failure behaviour as RandomBytes. Thread-safe.
std::string RandomToken(size_t bytes = 32);

// The SHA-256 digest of `data` as 64 lowercase hex characters, e.g. to store a session token's
// digest rather than the token. An OpenSSL failure throws InvariantViolation. Thread-safe.
std::string Sha256Hex(std::string_view data);

// `data` as lowercase hex, two characters per byte.
std::string HexEncode(std::string_view data);

}  // namespace motcua::identity
