// SPDX-License-Identifier: Apache-2.0
// Repository tests for the record of archival packages, on both backends.
#include "storage/archive_store.h"

#include "storage/catalog_store.h"
#include "storage/dossier_store.h"
#include "storage/org_store.h"
#include "storage/store_test_support.h"

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
    SqlOrgRepository org(db_);
    ASSERT_TRUE(
        org.PutUnit({"27", "Tỉnh Bắc Ninh", "province", "", MakeDate(2025, 7, 1)}).has_value());
    agency_ =
        *org.CreateAgency({0, "000.00.07.H05", "Sở Tư pháp", org::AgencyKind::kDepartment, "27"});
    catalog::ImportEntry e;
    e.code = "2.000488";
    e.effective_from = MakeDate(2025, 7, 1);
    e.rules.name = "Cấp Phiếu lý lịch tư pháp";
    e.rules.field = "Lý lịch tư pháp";
    e.rules.level = "commune";
    SqlCatalogRepository cat(db_);
    ASSERT_TRUE(cat.PutVersions({e}, Timestamp(0s)).has_value());
    version_id_ = cat.Get("2.000488", MakeDate(2026, 1, 1))->version.id;
  }

  // Receives a dossier and moves it to `status`; returns its code.
  std::string MakeDossier(DossierStatus status) {
    SqlDossierRepository repo(db_);
    dossier::NewDossier nd;
    auto& d = nd.dossier;
    d.procedure_code = "2.000488";
    d.procedure_version_id = version_id_;
    d.receiving_agency_id = agency_;
    d.handling_agency_id = agency_;
    d.applicant = {"citizen", "001090000001", "Nguyễn Văn An", "", "", ""};
    d.submitted_at = MakeLocalTime(2026, 11, 25, 9, 0);
    nd.receiving_agency_code = "000.00.07.H05";
    nd.local_day = MakeDate(2026, 11, 25);
    nd.first_entry = {d.submitted_at,
                      std::nullopt,
                      "tiepnhan",
                      "create",
                      std::nullopt,
                      DossierStatus::kReceived,
                      ""};
    auto created = repo.Create(nd);
    EXPECT_TRUE(created.has_value());
    if (!created) return "";
    auto stored = repo.Get(created->code);
    if (status != DossierStatus::kReceived) {
      dossier::Dossier moved = *stored;
      moved.status = status;
      EXPECT_TRUE(repo.Update(moved, {d.submitted_at + 1h, std::nullopt, "chuyenvien", "test",
                                      DossierStatus::kReceived, status, ""})
                      .has_value());
    }
    return created->code;
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

  long long agency_ = 0, version_id_ = 0;
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
