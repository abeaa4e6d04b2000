// SPDX-License-Identifier: Apache-2.0
#include "identity/password_hasher.h"

#include <gtest/gtest.h>

namespace motcua::identity {
namespace {

TEST(PasswordHasher, RoundTrip) {
  const std::string encoded = HashPassword("Mật khẩu đúng 123", kFastArgon2Params);
  EXPECT_TRUE(encoded.starts_with("$argon2id$v=19$m=64,t=1,p=1$")) << encoded;
  EXPECT_TRUE(VerifyPassword("Mật khẩu đúng 123", encoded));
}

TEST(PasswordHasher, WrongPasswordFails) {
  const std::string encoded = HashPassword("secret", kFastArgon2Params);
  EXPECT_FALSE(VerifyPassword("Secret", encoded));
  EXPECT_FALSE(VerifyPassword("secret ", encoded));
  EXPECT_FALSE(VerifyPassword("", encoded));
}

TEST(PasswordHasher, SaltMakesEachHashDifferent) {
  const std::string a = HashPassword("same", kFastArgon2Params);
  const std::string b = HashPassword("same", kFastArgon2Params);
  EXPECT_NE(a, b);
  EXPECT_TRUE(VerifyPassword("same", a));
  EXPECT_TRUE(VerifyPassword("same", b));
}

TEST(PasswordHasher, EmptyPasswordHashes) {
  const std::string encoded = HashPassword("", kFastArgon2Params);
  EXPECT_TRUE(VerifyPassword("", encoded));
  EXPECT_FALSE(VerifyPassword("x", encoded));
}

TEST(PasswordHasher, DefaultParamsAreRecorded) {
  const std::string encoded = HashPassword("pw");
  EXPECT_TRUE(encoded.starts_with("$argon2id$v=19$m=19456,t=3,p=1$")) << encoded;
  EXPECT_TRUE(VerifyPassword("pw", encoded));
}

TEST(PasswordHasher, GarbageEncodingsFailWithoutThrowing) {
  const std::string good = HashPassword("pw", kFastArgon2Params);
  const std::string cases[] = {
      "",
      "$",
      "$argon2id$",
      "plaintext-password",
      "pw",
      "$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaA",            // wrong variant
      "$2b$12$abcdefghijklmnopqrstuuQ8Yj0Gf2b0bYgqPqTm6V0yCzGZ1Zb1e",  // bcrypt
      "$argon2id$v=19$m=64,t=1,p=1$!!!!$????",
      "$argon2id$v=19$m=4294967295,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA",
      "$argon2id$v=19$m=64,t=4294967295,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA",
      "$argon2id$v=19$m=64,t=1,p=255$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA",
      "$argon2id$v=19$m=,t=,p=$$",
      "$argon2id$v=19$m=0,t=0,p=0$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA",
      good.substr(0, good.size() - 5),  // truncated tag
      good.substr(0, good.rfind('$')),  // tag missing
      good + "AAAA",                    // extra tag bytes
      std::string(good).insert(10, 1, '\0'),
      std::string(4096, '$'),
  };
  for (const std::string& encoded : cases) {
    bool ok = true;
    EXPECT_NO_THROW(ok = VerifyPassword("pw", encoded)) << encoded;
    EXPECT_FALSE(ok) << encoded;
  }
}

}  // namespace
}  // namespace motcua::identity
