// SPDX-License-Identifier: Apache-2.0
#include "blob/blob_store.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "identity/secure_random.h"

namespace motcua::blob {
namespace {

class FileBlobStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = std::filesystem::temp_directory_path() / ("blobs-" + identity::RandomToken(6));
  }
  void TearDown() override { std::filesystem::remove_all(root_); }
  std::filesystem::path root_;
};

TEST_F(FileBlobStoreTest, StoresByContentHash) {
  FileBlobStore store(root_.string());
  const auto id = store.Put("Giấy khai sinh");
  ASSERT_TRUE(id.has_value());
  EXPECT_EQ(*id, identity::Sha256Hex("Giấy khai sinh"));
  EXPECT_EQ(*store.Get(*id), "Giấy khai sinh");
  EXPECT_EQ(*store.Put("Giấy khai sinh"), *id);  // same bytes, same blob
  EXPECT_EQ(store.List()->size(), 1u);
  EXPECT_TRUE(store.Verify(*id).has_value());
  // Nothing is left behind in the temporary folder.
  EXPECT_TRUE(std::filesystem::is_empty(root_ / "tmp"));
}

TEST_F(FileBlobStoreTest, FixityCheckFindsAFlippedByte) {
  FileBlobStore store(root_.string());
  const std::string id = *store.Put(std::string(1000, 'a'));
  {
    std::fstream f(store.PathOf(id), std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(500);
    f.put('b');
  }
  const auto verified = store.Verify(id);
  ASSERT_FALSE(verified.has_value());
  EXPECT_EQ(verified.error().reason, "damaged");
}

TEST_F(FileBlobStoreTest, RejectsMalformedIdsAndReportsMissing) {
  FileBlobStore store(root_.string());
  EXPECT_EQ(store.Get("../../etc/passwd").error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(store.Get(std::string(64, 'a')).error().code, ErrorCode::kNotFound);
  EXPECT_FALSE(store.Exists("zz"));
}

TEST(MemoryBlobStore, BehavesLikeTheFileStore) {
  MemoryBlobStore store;
  const std::string id = *store.Put("x");
  EXPECT_TRUE(store.Verify(id).has_value());
  store.Corrupt(id, "y");
  EXPECT_EQ(store.Verify(id).error().reason, "damaged");
}

}  // namespace
}  // namespace motcua::blob
