// SPDX-License-Identifier: Apache-2.0
#include "identity/secure_random.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <climits>
#include <memory>

#include "common/check.h"

namespace motcua::identity {
namespace {

struct MdCtxDeleter {
  void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

// Fails the check with `what` and everything on OpenSSL's per-thread error queue, which it drains.
void CheckOpenSsl(bool ok, const char* what, int line) {
  if (ok) return;
  std::string message = what;
  while (unsigned long code = ERR_get_error()) {
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof(buffer));
    message += "; ";
    message += buffer;
  }
  FailCheck(message.c_str(), __FILE__, line);
}

}  // namespace

std::string RandomBytes(size_t bytes) {
  MOTCUA_CHECK(bytes <= INT_MAX);
  std::string out(bytes, '\0');
  if (bytes == 0) return out;
  CheckOpenSsl(
      RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(bytes)) == 1,
      "RAND_bytes", __LINE__);
  return out;
}

std::string RandomToken(size_t bytes) { return HexEncode(RandomBytes(bytes)); }

std::string Sha256Hex(std::string_view data) {
  MdCtxPtr ctx(EVP_MD_CTX_new());
  CheckOpenSsl(ctx != nullptr, "EVP_MD_CTX_new", __LINE__);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  CheckOpenSsl(EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) == 1 &&
                   EVP_DigestUpdate(ctx.get(), data.data(), data.size()) == 1 &&
                   EVP_DigestFinal_ex(ctx.get(), digest, &length) == 1,
               "EVP_Digest sha256", __LINE__);
  return HexEncode(std::string_view(reinterpret_cast<const char*>(digest), length));
}

std::string HexEncode(std::string_view data) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(data.size() * 2);
  for (unsigned char c : data) {
    out += kHex[c >> 4];
    out += kHex[c & 0x0f];
  }
  return out;
}

}  // namespace motcua::identity
