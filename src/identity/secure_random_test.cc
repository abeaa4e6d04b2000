// SPDX-License-Identifier: Apache-2.0
#include "identity/secure_random.h"

#include <gtest/gtest.h>

#include <set>

namespace motcua::identity {
namespace {

bool IsLowerHex(const std::string& s) {
  return s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

TEST(SecureRandom, TokensAreHexOfRequestedLength) {
  const std::string token = RandomToken();
  EXPECT_EQ(token.size(), 64u);
  EXPECT_TRUE(IsLowerHex(token));
  EXPECT_EQ(RandomToken(16).size(), 32u);
  EXPECT_EQ(RandomToken(0), "");
  EXPECT_EQ(RandomBytes(16).size(), 16u);
}

TEST(SecureRandom, TokensAreDistinct) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) seen.insert(RandomToken());
  EXPECT_EQ(seen.size(), 1000u);
}

TEST(SecureRandom, Sha256KnownVectors) {
  // FIPS 180-2 appendix B.1 and the empty-message digest.
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex(std::string_view("a\0b", 3)), Sha256Hex(std::string("a\0b", 3)));
  EXPECT_NE(Sha256Hex(std::string_view("a\0b", 3)), Sha256Hex("a"));
}

TEST(SecureRandom, HexEncode) {
  EXPECT_EQ(HexEncode(std::string("\x00\x0f\xa5\xff", 4)), "000fa5ff");
  EXPECT_EQ(HexEncode(""), "");
}

}  // namespace
}  // namespace motcua::identity
