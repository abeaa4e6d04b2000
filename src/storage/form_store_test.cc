// SPDX-License-Identifier: Apache-2.0
// Repository tests for the forms kept with a dossier, on both backends.
#include "storage/form_store.h"

#include "storage/catalog_store.h"
#include "storage/dossier_store.h"
#include "storage/org_store.h"
#include "storage/store_test_support.h"

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
    SqlOrgRepository org(db_);
    ASSERT_TRUE(
        org.PutUnit({"27", "Tỉnh Bắc Ninh", "province", "", MakeDate(2025, 7, 1)}).has_value());
    auto agency = org.CreateAgency(
        {0, "000.00.07.H05", "Sở Tư pháp", org::AgencyKind::kDepartment, "27"});
    ASSERT_TRUE(agency.has_value()) << agency.error().message;
    catalog::ImportEntry e;
    e.code = "2.000488";
    e.effective_from = MakeDate(2025, 7, 1);
    e.rules.name = "Cấp Phiếu lý lịch tư pháp";
    e.rules.field = "Lý lịch tư pháp";
    e.rules.level = "commune";
    SqlCatalogRepository cat(db_);
    ASSERT_TRUE(cat.PutVersions({e}, Timestamp(0s)).has_value());

    SqlDossierRepository dossiers(db_);
    dossier::NewDossier nd;
    auto& d = nd.dossier;
    d.procedure_code = "2.000488";
    d.procedure_version_id = cat.Get("2.000488", MakeDate(2026, 1, 1))->version.id;
    d.receiving_agency_id = *agency;
    d.handling_agency_id = *agency;
    d.applicant = {"citizen", "001090000001", "Nguyễn Văn An", "", "", ""};
    d.submitted_at = MakeLocalTime(2026, 11, 25, 9, 0);
    nd.receiving_agency_code = "000.00.07.H05";
    nd.local_day = MakeDate(2026, 11, 25);
    nd.first_entry = {d.submitted_at,  std::nullopt, "tiepnhan", "create", std::nullopt,
                      dossier::DossierStatus::kReceived, ""};
    auto created = dossiers.Create(nd);
    ASSERT_TRUE(created.has_value()) << created.error().message;
    code_ = created->code;
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
