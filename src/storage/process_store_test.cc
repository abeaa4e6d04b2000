// SPDX-License-Identifier: Apache-2.0
// Repository tests for process map versions, on both backends.
#include "storage/process_store.h"

#include "storage/catalog_store.h"
#include "storage/store_test_support.h"

namespace motcua::storage {
namespace {

using namespace std::chrono_literals;
using process::NewProcessVersion;

class ProcessStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped()) return;
    SqlCatalogRepository cat(db_);
    std::vector<catalog::ImportEntry> entries;
    for (const char* code : {"1.001193", "2.000488"}) {
      catalog::ImportEntry e;
      e.code = code;
      e.effective_from = MakeDate(2025, 7, 1);
      e.rules.name = std::string("Thủ tục ") + code;
      e.rules.field = "Hộ tịch";
      e.rules.level = "commune";
      entries.push_back(e);
    }
    ASSERT_TRUE(cat.PutVersions(entries, Timestamp(0s)).has_value());
  }

  NewProcessVersion Sample(const std::string& code, const std::string& xml) const {
    return {code, xml, "hash-" + xml, "admin", Timestamp(1'790'000'000s)};
  }
};

TEST_P(ProcessStoreTest, NumbersVersionsPerProcedureAndKeepsOldOnes) {
  SqlProcessRepository repo(db_);
  EXPECT_EQ(repo.Current("1.001193").error().code, ErrorCode::kNotFound);

  auto v1 = repo.Insert(Sample("1.001193", "<a/>"));
  ASSERT_TRUE(v1.has_value()) << v1.error().message;
  EXPECT_EQ(v1->version, 1);
  auto other = repo.Insert(Sample("2.000488", "<c/>"));
  ASSERT_TRUE(other.has_value());
  EXPECT_EQ(other->version, 1);
  auto v2 = repo.Insert(Sample("1.001193", "<b/>"));
  ASSERT_TRUE(v2.has_value());
  EXPECT_EQ(v2->version, 2);
  EXPECT_NE(v1->id, v2->id);

  auto current = repo.Current("1.001193");
  ASSERT_TRUE(current.has_value());
  EXPECT_EQ(current->id, v2->id);
  EXPECT_EQ(current->xml, "<b/>");
  EXPECT_EQ(current->content_hash, "hash-<b/>");
  EXPECT_EQ(current->created_by, "admin");
  EXPECT_EQ(current->created_at, Timestamp(1'790'000'000s));

  // A dossier that started on version 1 still reads it.
  auto old = repo.GetVersion(v1->id);
  ASSERT_TRUE(old.has_value());
  EXPECT_EQ(old->xml, "<a/>");
  EXPECT_EQ(old->version, 1);
  auto by_number = repo.GetByNumber("1.001193", 1);
  ASSERT_TRUE(by_number.has_value());
  EXPECT_EQ(by_number->id, v1->id);

  EXPECT_EQ(repo.GetVersion(v2->id + 100).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(repo.GetByNumber("1.001193", 3).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(repo.Current("2.000488")->xml, "<c/>");
}

TEST_P(ProcessStoreTest, RefusesAMapForAnUnknownProcedure) {
  SqlProcessRepository repo(db_);
  EXPECT_FALSE(repo.Insert(Sample("9.999999", "<a/>")).has_value());
  EXPECT_EQ(repo.Current("9.999999").error().code, ErrorCode::kNotFound);
}

MOTCUA_INSTANTIATE_STORE_TEST(ProcessStoreTest);

}  // namespace
}  // namespace motcua::storage
