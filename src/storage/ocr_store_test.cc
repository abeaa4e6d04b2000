// SPDX-License-Identifier: Apache-2.0
// Repository tests for OCR results: the status lifecycle, stored text and proposals, search.
#include "storage/ocr_store.h"

#include "common/text_fold.h"
#include "storage/component_file_store.h"
#include "storage/org_store.h"
#include "storage/store_test_support.h"
#include "storage/testing/dossier_world.h"

namespace motcua::storage {
namespace {

using namespace std::chrono_literals;
using digitization::OcrOutcome;
using digitization::OcrStatus;

class OcrStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped()) return;
    auto world = testing::DossierWorld::Create(db_, "1.001193");
    ASSERT_TRUE(world.has_value()) << world.error().message;
    agency_a_ = world->AddAgency("000.00.06.H05", "Trung tâm PVHCC", org::AgencyKind::kServiceCentre)
                    .value();
    agency_b_ = world->AddAgency("000.00.07.H05", "Sở Tư pháp", org::AgencyKind::kDepartment).value();
    dossier_a_ = world->AddDossier("000.00.06.H05").value();
    dossier_b_ = world->AddDossier("000.00.07.H05").value();
  }

  long long AddFile(const std::string& dossier_code, const std::string& name = "scan.png") {
    digitization::ComponentFile f;
    f.dossier_code = dossier_code;
    f.component_id = "to_khai";
    f.sha256 = std::string(64, 'a');
    f.mime = "image/png";
    f.size_bytes = 100;
    f.file_name = name;
    f.uploaded_at = Timestamp(1'700'000'000s);
    return SqlComponentFileRepository(db_).Add(f).value();
  }

  static OcrOutcome Outcome(std::string text) {
    OcrOutcome o;
    o.text = std::move(text);
    o.confidence = 0.9375;
    o.fields = {{"full_name", "Trần Văn Bình", "Họ và tên: Trần Văn Bình"}};
    return o;
  }

  long long agency_a_ = 0, agency_b_ = 0;
  std::string dossier_a_, dossier_b_;
};
MOTCUA_INSTANTIATE_STORE_TEST(OcrStoreTest);

TEST_P(OcrStoreTest, StatusLifecycleAndStoredResult) {
  SqlOcrRepository repo(db_);
  const long long id = AddFile(dossier_a_);
  const auto fresh = repo.Get(id);
  ASSERT_TRUE(fresh.has_value()) << fresh.error().message;
  EXPECT_EQ(fresh->status, OcrStatus::kNotStarted);
  EXPECT_EQ(fresh->dossier_code, dossier_a_);
  EXPECT_FALSE(fresh->confidence.has_value());
  EXPECT_TRUE(repo.ListPending()->empty());

  ASSERT_TRUE(repo.SetStatus(id, OcrStatus::kQueued).has_value());
  const long long other = AddFile(dossier_a_);
  ASSERT_TRUE(repo.SetStatus(other, OcrStatus::kRunning).has_value());
  const auto pending = repo.ListPending();
  ASSERT_TRUE(pending.has_value());
  ASSERT_EQ(pending->size(), 2u);
  EXPECT_EQ((*pending)[0].file_id, id);
  EXPECT_EQ((*pending)[0].sha256, std::string(64, 'a'));
  EXPECT_EQ((*pending)[1].file_id, other);

  ASSERT_TRUE(
      repo.SaveResult(id, Outcome("GIẤY KHAI SINH\nHọ và tên: Trần Văn Bình\f2")).has_value());
  const auto done = repo.Get(id);
  ASSERT_TRUE(done.has_value());
  EXPECT_EQ(done->status, OcrStatus::kDone);
  EXPECT_EQ(done->text, "GIẤY KHAI SINH\nHọ và tên: Trần Văn Bình\f2");
  ASSERT_TRUE(done->confidence.has_value());
  EXPECT_DOUBLE_EQ(*done->confidence, 0.9375);
  ASSERT_EQ(done->fields.size(), 1u);
  EXPECT_EQ(done->fields[0].name, "full_name");
  EXPECT_EQ(done->fields[0].value, "Trần Văn Bình");
  EXPECT_EQ(done->fields[0].line, "Họ và tên: Trần Văn Bình");
  EXPECT_EQ(repo.ListPending()->size(), 1u);

  ASSERT_TRUE(repo.SaveFailure(id, "Không đọc được ảnh").has_value());
  const auto failed = repo.Get(id);
  EXPECT_EQ(failed->status, OcrStatus::kFailed);
  EXPECT_EQ(failed->error, "Không đọc được ảnh");
  EXPECT_TRUE(failed->text.empty());
  EXPECT_TRUE(failed->fields.empty());
  EXPECT_FALSE(failed->confidence.has_value());

  // Failed, so not offered for reuse; the other file with these bytes is still running.
  EXPECT_FALSE(repo.FindDone(std::string(64, 'a')).value().has_value());

  EXPECT_EQ(repo.Get(9999).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(repo.SetStatus(9999, OcrStatus::kQueued).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(repo.SaveResult(9999, Outcome("x")).error().code, ErrorCode::kNotFound);
}

TEST_P(OcrStoreTest, AnEarlierReadOfTheSameBytesIsFound) {
  SqlOcrRepository repo(db_);
  const long long first = AddFile(dossier_a_);
  EXPECT_FALSE(repo.FindDone(std::string(64, 'a')).value().has_value());
  ASSERT_TRUE(repo.SaveResult(first, Outcome("Họ và tên: Trần Văn Bình")).has_value());
  const auto found = repo.FindDone(std::string(64, 'a'));
  ASSERT_TRUE(found.has_value()) << found.error().message;
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->text, "Họ và tên: Trần Văn Bình");
  EXPECT_DOUBLE_EQ((*found)->confidence, 0.9375);
  ASSERT_EQ((*found)->fields.size(), 1u);
  EXPECT_EQ((*found)->fields[0].value, "Trần Văn Bình");
  EXPECT_FALSE(repo.FindDone(std::string(64, 'b')).value().has_value());
}

TEST_P(OcrStoreTest, SearchIgnoresDiacriticsAndStaysInTheAgencies) {
  SqlOcrRepository repo(db_);
  const long long mine = AddFile(dossier_a_, "khai-sinh.png");
  const long long theirs = AddFile(dossier_b_);
  const long long unread = AddFile(dossier_a_);
  ASSERT_TRUE(
      repo.SaveResult(mine, Outcome("Họ và tên: Trần Văn Bình\nTỉ lệ 100% đúng")).has_value());
  ASSERT_TRUE(repo.SaveResult(theirs, Outcome("Họ và tên: Trần Văn Bình")).has_value());
  ASSERT_TRUE(repo.SetStatus(unread, OcrStatus::kQueued).has_value());

  const auto hits = repo.Search(FoldForSearch("tran van BINH"), {agency_a_}, 10);
  ASSERT_TRUE(hits.has_value()) << hits.error().message;
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].file_id, mine);
  EXPECT_EQ((*hits)[0].dossier_code, dossier_a_);
  EXPECT_EQ((*hits)[0].component_id, "to_khai");
  EXPECT_EQ((*hits)[0].file_name, "khai-sinh.png");
  EXPECT_NE((*hits)[0].text.find("Trần Văn Bình"), std::string::npos);

  EXPECT_EQ(repo.Search(FoldForSearch("Trần Văn Bình"), {agency_a_, agency_b_}, 10)->size(), 2u);
  EXPECT_EQ(repo.Search(FoldForSearch("Trần Văn Bình"), {agency_a_, agency_b_}, 1)->size(), 1u);
  EXPECT_TRUE(repo.Search(FoldForSearch("Trần Văn Bình"), {}, 10)->empty());
  // Across a line or page break, words are one space apart.
  EXPECT_EQ(repo.Search("binh ti le", {agency_a_}, 10)->size(), 1u);
  const long long paged = AddFile(dossier_a_);
  ASSERT_TRUE(repo.SaveResult(paged, Outcome("Trang một\fTrang hai")).has_value());
  EXPECT_EQ(repo.Search("mot trang hai", {agency_a_}, 10)->size(), 1u);
  // % and _ are literal.
  EXPECT_EQ(repo.Search("100% dung", {agency_a_}, 10)->size(), 1u);
  EXPECT_TRUE(repo.Search("1_0", {agency_a_}, 10)->empty());
  EXPECT_TRUE(repo.Search("tran%binh", {agency_a_}, 10)->empty());
}

}  // namespace
}  // namespace motcua::storage
