// SPDX-License-Identifier: Apache-2.0
// Repository tests for the record of archival packages, on both backends.
#include "storage/archive_store.h"

#include "storage/store_test_support.h"
#include "storage/testing/dossier_world.h"

namespace motcua::storage {
namespace {

using namespace std::chrono_literals;
using archive::PackageInfo;
using dossier::DossierStatus;

class ArchiveStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped()) return;
    auto world = testing::DossierWorld::Create(db_);
    ASSERT_TRUE(world.has_value()) << world.error().message;
    world_ = std::make_unique<testing::DossierWorld>(std::move(*world));
    ASSERT_TRUE(world_->AddAgency("000.00.07.H05", "Sở Tư pháp", org::AgencyKind::kDepartment)
                    .has_value());
  }

  // Receives a dossier and moves it to `status`; returns its code.
  std::string MakeDossier(DossierStatus status) {
    auto code = world_->AddDossier("000.00.07.H05", status);
    EXPECT_TRUE(code.has_value()) << code.error().message;
    return code ? *code : "";
  }

  static PackageInfo Package(const std::string& code) {
    PackageInfo p;
    p.dossier_code = code;
    p.path = "/var/motcua/archive/" + code;
    p.sealed_at = MakeLocalTime(2026, 12, 2, 8, 0);
    p.retain_until = MakeDate(2046, 12, 2);
    p.payload_bytes = 12345;
    p.payload_files = 4;
    p.tag_manifest_sha256 = std::string(64, 'e');
    return p;
  }

  std::unique_ptr<testing::DossierWorld> world_;
};
MOTCUA_INSTANTIATE_STORE_TEST(ArchiveStoreTest);

TEST_P(ArchiveStoreTest, RecordsRoundTrip) {
  SqlArchiveRepository repo(db_);
  const std::string code = MakeDossier(DossierStatus::kReturned);
  ASSERT_TRUE(repo.Add(Package(code)).has_value());
  auto got = repo.Get(code);
  ASSERT_TRUE(got.has_value()) << got.error().message;
  const PackageInfo want = Package(code);
  EXPECT_EQ(got->path, want.path);
  EXPECT_EQ(got->sealed_at, want.sealed_at);
  EXPECT_EQ(got->retain_until, want.retain_until);
  EXPECT_EQ(got->payload_bytes, 12345);
  EXPECT_EQ(got->payload_files, 4);
  EXPECT_EQ(got->tag_manifest_sha256, want.tag_manifest_sha256);
  ASSERT_EQ(repo.List()->size(), 1u);
}

TEST_P(ArchiveStoreTest, PermanentPackagesHaveNoRetainUntil) {
  SqlArchiveRepository repo(db_);
  PackageInfo p = Package(MakeDossier(DossierStatus::kStopped));
  p.retain_until.reset();
  ASSERT_TRUE(repo.Add(p).has_value());
  EXPECT_EQ(repo.Get(p.dossier_code)->retain_until, std::nullopt);
}

TEST_P(ArchiveStoreTest, ASecondRecordOrAnUnknownDossierIsAConflict) {
  SqlArchiveRepository repo(db_);
  const std::string code = MakeDossier(DossierStatus::kReturned);
  ASSERT_TRUE(repo.Add(Package(code)).has_value());
  EXPECT_EQ(repo.Add(Package(code)).error().code, ErrorCode::kConflict);
  EXPECT_EQ(repo.Add(Package("000.00.07.H05-261125-9999")).error().code, ErrorCode::kConflict);
  EXPECT_EQ(repo.Get("000.00.07.H05-261125-9999").error().code, ErrorCode::kNotFound);
}

TEST_P(ArchiveStoreTest, ListsClosedDossiersWithoutAPackage) {
  SqlArchiveRepository repo(db_);
  const std::string open = MakeDossier(DossierStatus::kProcessing);
  const std::string returned = MakeDossier(DossierStatus::kReturned);
  const std::string stopped = MakeDossier(DossierStatus::kStopped);
  const std::string sealed = MakeDossier(DossierStatus::kNotReceived);
  ASSERT_TRUE(repo.Add(Package(sealed)).has_value());
  EXPECT_EQ(*repo.ListClosedWithoutPackage(10), (std::vector<std::string>{returned, stopped}));
  EXPECT_EQ(repo.ListClosedWithoutPackage(1)->size(), 1u);
}

}  // namespace
}  // namespace motcua::storage
