// SPDX-License-Identifier: Apache-2.0
// A closed dossier becomes a package whose manifest lists its files; open ones do not; the
// start-up pass seals what was missed.
#include "app/archive_sealer.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "archive/bag_files.h"
#include "archive/fixity_check.h"
#include "storage/archive_store.h"
#include "storage/catalog_store.h"
#include "storage/component_file_store.h"
#include "storage/dossier_store.h"
#include "storage/org_store.h"
#include "storage/testing/test_database.h"
#include "storage/warehouse_store.h"

namespace motcua::app {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using dossier::DossierStatus;

constexpr std::string_view kScan = "%PDF-1.4\nto khai\n%%EOF\n";
constexpr std::string_view kResult = "%PDF-1.7\nphieu ly lich tu phap (signed)\n%%EOF\n";

class ArchiveSealerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string why;
    test_db_ = storage::testing::TestDatabase::Create(storage::testing::Backend::kSqlite, &why);
    ASSERT_NE(test_db_, nullptr) << why;
    auto db = test_db_->db();
    char dir_template[] = "/tmp/motcua-sealer-XXXXXX";
    ASSERT_NE(mkdtemp(dir_template), nullptr);
    dir_ = dir_template;
    blobs_ = std::make_unique<blob::FileBlobStore>((dir_ / "blobs").string());

    auto org = std::make_shared<storage::SqlOrgRepository>(db);
    ASSERT_TRUE(org->PutUnit({"27", "Tỉnh Bắc Ninh", "province", "", MakeDate(2025, 7, 1)}));
    agency_ = *org->CreateAgency(
        {0, "000.00.07.H05", "Sở Tư pháp tỉnh Bắc Ninh", org::AgencyKind::kDepartment, "27"});
    auto catalog = std::make_shared<storage::SqlCatalogRepository>(db);
    catalog::ImportEntry e;
    e.code = "2.000488";
    e.effective_from = MakeDate(2025, 7, 1);
    e.rules.name = "Cấp Phiếu lý lịch tư pháp";
    e.rules.field = "Lý lịch tư pháp";
    e.rules.level = "commune";
    e.rules.retention_years = 5;
    e.rules.components = {
        {"to-khai", "Tờ khai", true, 1, "TK", catalog::DigitizationClass::kOther}};
    ASSERT_TRUE(catalog->PutVersions({e}, Timestamp(0s)));
    version_id_ = catalog->Get("2.000488", MakeDate(2026, 1, 1))->version.id;

    dossiers_ = std::make_shared<storage::SqlDossierRepository>(db);
    files_ = std::make_shared<storage::SqlComponentFileRepository>(db);
    warehouse_ = std::make_shared<storage::SqlWarehouseRepository>(db);
    packages_ = std::make_shared<storage::SqlArchiveRepository>(db);
    sealer_ = std::make_unique<ArchiveSealer>(
        ArchiveSources{dossiers_, catalog, org, files_, warehouse_, packages_, blobs_.get()},
        ArchiveRoot(), clock_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string ArchiveRoot() const { return (dir_ / "archive").string(); }

  // A dossier with one uploaded scan, moved to `status` (returned on 2 Dec 2026 when final).
  dossier::Dossier MakeDossier(DossierStatus status) {
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
    const std::string code = dossiers_->Create(nd)->code;
    digitization::ComponentFile f;
    f.dossier_code = code;
    f.component_id = "to-khai";
    f.sha256 = *blobs_->Put(kScan);
    f.mime = "application/pdf";
    f.size_bytes = static_cast<long long>(kScan.size());
    f.file_name = "tờ khai.pdf";
    f.uploaded_at = d.submitted_at;
    EXPECT_TRUE(files_->Add(f).has_value());
    dossier::Dossier stored = *dossiers_->Get(code);
    stored.status = status;
    if (status == DossierStatus::kReturned) stored.returned_at = MakeLocalTime(2026, 12, 2, 8, 0);
    EXPECT_TRUE(
        dossiers_->Update(stored, {MakeLocalTime(2026, 12, 2, 8, 0), std::nullopt, "tiepnhan",
                                   "return_result", DossierStatus::kReceived, status, ""}));
    return *dossiers_->Get(code);
  }

  void AddResult(const std::string& code) {
    digitization::WarehouseDocument doc;
    doc.owner_kind = "citizen";
    doc.owner_id = "001090000001";
    doc.document_type_code = "KQ";
    doc.kind = digitization::DocumentKind::kResult;
    doc.title = "Phiếu lý lịch tư pháp số 1";
    doc.issuer = "Sở Tư pháp tỉnh Bắc Ninh";
    doc.source = digitization::Source::kIssuedResult;
    doc.sha256 = *blobs_->Put(kResult);
    doc.issued_at = MakeLocalTime(2026, 12, 1, 14, 0);
    doc.dossier_code = code;
    auto added = warehouse_->Add(
        doc,
        [](int seq) -> Result<std::string> { return "001090000001.KQ." + std::to_string(seq); },
        std::nullopt);
    ASSERT_TRUE(added.has_value()) << added.error().message;
  }

  std::unique_ptr<storage::testing::TestDatabase> test_db_;
  fs::path dir_;
  FakeClock clock_{MakeLocalTime(2026, 12, 2, 8, 5)};
  std::unique_ptr<blob::FileBlobStore> blobs_;
  std::shared_ptr<storage::SqlDossierRepository> dossiers_;
  std::shared_ptr<storage::SqlComponentFileRepository> files_;
  std::shared_ptr<storage::SqlWarehouseRepository> warehouse_;
  std::shared_ptr<storage::SqlArchiveRepository> packages_;
  std::unique_ptr<ArchiveSealer> sealer_;
  long long agency_ = 0, version_id_ = 0;
};

TEST_F(ArchiveSealerTest, AClosedDossierGetsAPackageWhoseManifestListsItsFiles) {
  const dossier::Dossier d = MakeDossier(DossierStatus::kReturned);
  AddResult(d.code);
  auto sealed = sealer_->SealIfClosed(d);
  ASSERT_TRUE(sealed.has_value()) << sealed.error().message;
  ASSERT_TRUE(sealed->has_value());

  const fs::path bag = fs::path(ArchiveRoot()) / d.code;
  auto manifest =
      archive::ParseManifest(*archive::ReadFile((bag / "manifest-sha256.txt").string()));
  ASSERT_TRUE(manifest.has_value());
  std::map<std::string, std::string> listed;
  for (const auto& line : *manifest) listed[line.path] = line.sha256;
  const auto files = *files_->List(d.code);
  ASSERT_EQ(files.size(), 1u);
  const std::string scan_path = "data/components/to-khai/" + std::to_string(files[0].id) + ".pdf";
  EXPECT_EQ(listed[scan_path], files[0].sha256);
  const auto docs = *warehouse_->ListForDossier(d.code);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(listed["data/documents/" + std::to_string(docs[0].id) + "-001090000001.KQ.1.pdf"],
            docs[0].sha256);
  EXPECT_EQ(listed.count("data/dossier.json"), 1u);
  EXPECT_EQ(listed.count("data/history.json"), 1u);

  const auto meta = nlohmann::json::parse(*archive::ReadFile((bag / "data/dossier.json").string()));
  EXPECT_EQ(meta["dossier"]["code"], d.code);
  EXPECT_EQ(meta["components"][0]["file_name"], "tờ khai.pdf");
  EXPECT_EQ(meta["components"][0]["path"], scan_path);
  const auto history =
      nlohmann::json::parse(*archive::ReadFile((bag / "data/history.json").string()));
  EXPECT_EQ(history.size(), 2u);
  const auto info = archive::ParseBagInfo(*archive::ReadFile((bag / "bag-info.txt").string()));
  EXPECT_EQ(info.at("Retain-Until"), "2031-12-02");  // the procedure keeps it 5 years
  EXPECT_EQ(info.at("Source-Organization"), "Sở Tư pháp tỉnh Bắc Ninh");

  auto record = packages_->Get(d.code);
  ASSERT_TRUE(record.has_value());
  EXPECT_EQ(record->tag_manifest_sha256, (*sealed)->tag_manifest_sha256);
  EXPECT_TRUE(archive::VerifyPackages(ArchiveRoot()).empty());
}

TEST_F(ArchiveSealerTest, AnOpenDossierIsNotSealed) {
  const dossier::Dossier d = MakeDossier(DossierStatus::kProcessing);
  auto sealed = sealer_->SealIfClosed(d);
  ASSERT_TRUE(sealed.has_value());
  EXPECT_FALSE(sealed->has_value());
  EXPECT_FALSE(fs::exists(fs::path(ArchiveRoot()) / d.code));
  EXPECT_EQ(packages_->Get(d.code).error().code, ErrorCode::kNotFound);
}

TEST_F(ArchiveSealerTest, ADamagedScanIsNotSealedAndTheStartUpPassRetriesIt) {
  const dossier::Dossier d = MakeDossier(DossierStatus::kReturned);
  const auto scan = files_->List(d.code)->at(0).sha256;
  const std::string good = *blobs_->Get(scan);
  std::string bad = good;
  bad[0] ^= 0x01;
  fs::permissions(blobs_->PathOf(scan), fs::perms::owner_write, fs::perm_options::add);
  { std::ofstream(blobs_->PathOf(scan), std::ios::binary | std::ios::trunc) << bad; }

  sealer_->OnTransition(d);  // logs, never throws
  EXPECT_EQ(packages_->Get(d.code).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(*packages_->ListClosedWithoutPackage(10), std::vector<std::string>{d.code});
  EXPECT_EQ(sealer_->SealPending(), 0);

  // Restored (say from a backup), the start-up pass seals it.
  { std::ofstream(blobs_->PathOf(scan), std::ios::binary | std::ios::trunc) << good; }
  const dossier::Dossier open = MakeDossier(DossierStatus::kProcessing);
  EXPECT_EQ(sealer_->SealPending(), 1);
  EXPECT_TRUE(packages_->Get(d.code).has_value());
  EXPECT_FALSE(packages_->Get(open.code).has_value());
  EXPECT_TRUE(packages_->ListClosedWithoutPackage(10)->empty());
}

TEST_F(ArchiveSealerTest, SealingAgainReturnsTheRecordedPackage) {
  const dossier::Dossier d = MakeDossier(DossierStatus::kStopped);
  auto first = sealer_->SealIfClosed(d);
  ASSERT_TRUE(first.has_value() && first->has_value());
  auto again = sealer_->SealIfClosed(d);
  ASSERT_TRUE(again.has_value() && again->has_value());
  EXPECT_EQ((*again)->tag_manifest_sha256, (*first)->tag_manifest_sha256);
  EXPECT_EQ(packages_->List()->size(), 1u);
}

}  // namespace
}  // namespace motcua::app
