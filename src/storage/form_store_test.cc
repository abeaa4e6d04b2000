// SPDX-License-Identifier: Apache-2.0
// Repository tests for the forms kept with a dossier, on both backends.
#include "storage/form_store.h"

#include "storage/store_test_support.h"
#include "storage/testing/dossier_world.h"

namespace motcua::storage {
namespace {

using namespace std::chrono_literals;
using forms::FormKind;
using forms::StoredForm;

class FormStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped()) return;
    auto world = testing::DossierWorld::Create(db_);
    ASSERT_TRUE(world.has_value()) << world.error().message;
    ASSERT_TRUE(world->AddAgency("000.00.07.H05", "Sở Tư pháp", org::AgencyKind::kDepartment)
                    .has_value());
    auto created = world->AddDossier("000.00.07.H05");
    ASSERT_TRUE(created.has_value()) << created.error().message;
    code_ = *created;
  }

  StoredForm Sample(FormKind kind, const std::string& sha, int minute) const {
    return {0,
            code_,
            kind,
            "tt03-2025",
            "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
            sha,
            MakeLocalTime(2026, 11, 25, 9, minute),
            std::nullopt};
  }

  std::string code_;
};
MOTCUA_INSTANTIATE_STORE_TEST(FormStoreTest);

TEST_P(FormStoreTest, FormsReadBackOldestFirst) {
  SqlFormRepository repo(db_);
  const std::string sha1(64, 'a'), sha2(64, 'b'), sha3(64, 'c');
  const auto first = repo.Add(Sample(FormKind::kReceipt, sha1, 0));
  ASSERT_TRUE(first.has_value()) << first.error().message;
  const auto second = repo.Add(Sample(FormKind::kControlSlip, sha2, 1));
  const auto third = repo.Add(Sample(FormKind::kControlSlip, sha3, 2));
  ASSERT_TRUE(second.has_value() && third.has_value());
  const auto list = repo.List(code_);
  ASSERT_TRUE(list.has_value()) << list.error().message;
  ASSERT_EQ(list->size(), 3u);
  const StoredForm& r = (*list)[0];
  EXPECT_EQ(r.id, *first);
  EXPECT_EQ(r.dossier_code, code_);
  EXPECT_EQ(r.kind, FormKind::kReceipt);
  EXPECT_EQ(r.set_version, "tt03-2025");
  EXPECT_EQ(r.title, "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
  EXPECT_EQ(r.blob_sha256, sha1);
  EXPECT_EQ(r.created_at, MakeLocalTime(2026, 11, 25, 9, 0));
  EXPECT_FALSE(r.created_by.has_value());
  EXPECT_EQ((*list)[1].id, *second);
  EXPECT_EQ((*list)[2].kind, FormKind::kControlSlip);
  EXPECT_EQ((*list)[2].blob_sha256, sha3);
}

TEST_P(FormStoreTest, AnUnknownDossierIsAConflictAndListsNothing) {
  SqlFormRepository repo(db_);
  StoredForm orphan = Sample(FormKind::kReceipt, std::string(64, 'a'), 0);
  orphan.dossier_code = "000.00.07.H05-261125-9999";
  EXPECT_EQ(repo.Add(orphan).error().code, ErrorCode::kConflict);
  const auto list = repo.List("000.00.07.H05-261125-9999");
  ASSERT_TRUE(list.has_value());
  EXPECT_TRUE(list->empty());
}

}  // namespace
}  // namespace motcua::storage
