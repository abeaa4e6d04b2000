// SPDX-License-Identifier: Apache-2.0
// Repository tests for dossiers: codes, idempotency, optimistic updates, append-only history.
#include "storage/dossier_store.h"

#include "dossier/dossier_code.h"

#include <set>
#include <thread>

#include "storage/catalog_store.h"
#include "storage/org_store.h"
#include "storage/store_test_support.h"

namespace motcua::storage {
namespace {

using namespace std::chrono_literals;
using dossier::FormatDossierCode;
using dossier::NewDossier;
using dossier::DossierStatus;

class DossierStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped()) return;
    SqlOrgRepository org(db_);
    ASSERT_TRUE(org.PutUnit({"27", "Tỉnh Bắc Ninh", "province", "", MakeDate(2025, 7, 1)}).has_value());
    agency_a_ = *org.CreateAgency({0, "000.00.06.H05", "Trung tâm PVHCC",
                                   org::AgencyKind::kServiceCentre, "27"});
    agency_b_ = *org.CreateAgency({0, "000.00.07.H05", "Sở Tư pháp", org::AgencyKind::kDepartment,
                                   "27"});
    catalog::ImportEntry e;
    e.code = "1.001193";
    e.effective_from = MakeDate(2025, 7, 1);
    e.rules.name = "Đăng ký khai sinh";
    e.rules.field = "Hộ tịch";
    e.rules.level = "commune";
    SqlCatalogRepository cat(db_);
    ASSERT_TRUE(cat.PutVersions({e}, Timestamp(0s)).has_value());
    version_id_ = cat.Get("1.001193", MakeDate(2026, 1, 1))->version.id;
  }

  NewDossier Make(long long agency, const std::string& agency_code, Date day,
                  const std::string& applicant = "001090000001") {
    NewDossier nd;
    auto& d = nd.dossier;
    d.procedure_code = "1.001193";
    d.procedure_version_id = version_id_;
    d.receiving_agency_id = agency;
    d.handling_agency_id = agency;
    d.status = DossierStatus::kReceived;
    d.applicant = {"citizen", applicant, "Nguyễn Văn An", "", "", ""};
    d.submitted_at = FromLocal(day, 9h);
    d.received_at = d.submitted_at;
    d.due_at = d.submitted_at + 72h;
    nd.receiving_agency_code = agency_code;
    nd.local_day = day;
    nd.first_entry = {d.submitted_at, std::nullopt, "tiepnhan", "create", std::nullopt,
                      DossierStatus::kReceived, ""};
    return nd;
  }

  long long agency_a_ = 0, agency_b_ = 0, version_id_ = 0;
};
MOTCUA_INSTANTIATE_STORE_TEST(DossierStoreTest);

TEST_P(DossierStoreTest, SequenceIsPerUnitAndRestartsEachDay) {
  SqlDossierRepository repo(db_);
  const Date d1 = MakeDate(2026, 11, 23), d2 = MakeDate(2026, 11, 24);
  EXPECT_EQ(repo.Create(Make(agency_a_, "000.00.06.H05", d1))->code, "000.00.06.H05-261123-0001");
  EXPECT_EQ(repo.Create(Make(agency_a_, "000.00.06.H05", d1))->code, "000.00.06.H05-261123-0002");
  EXPECT_EQ(repo.Create(Make(agency_b_, "000.00.07.H05", d1))->code, "000.00.07.H05-261123-0001");
  EXPECT_EQ(repo.Create(Make(agency_a_, "000.00.06.H05", d2))->code, "000.00.06.H05-261124-0001");
}

TEST_P(DossierStoreTest, ConcurrentIntakeNeverSharesACode) {
  SqlDossierRepository repo(db_);
  const Date day = MakeDate(2026, 11, 23);
  constexpr int kThreads = 8, kEach = 10;
  std::vector<std::thread> threads;
  std::mutex mu;
  std::set<std::string> codes;
  int failures = 0;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kEach; ++i) {
        auto r = repo.Create(Make(agency_a_, "000.00.06.H05", day));
        std::lock_guard lock(mu);
        if (r) codes.insert(r->code); else ++failures;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(codes.size(), static_cast<size_t>(kThreads * kEach));
  EXPECT_TRUE(codes.count("000.00.06.H05-261123-0080"));
}

TEST_P(DossierStoreTest, AFailingIntakeInABatchFailsAlone) {
  // Under group commit, good and bad intakes share transactions; each bad one (an unknown
  // agency breaks a foreign key) must fail on its own and take nothing with it.
  SqlDossierRepository repo(db_);
  const Date day = MakeDate(2026, 11, 23);
  std::vector<std::thread> threads;
  std::mutex mu;
  std::set<std::string> codes;
  int good = 0, bad = 0;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 10; ++i) {
        const bool broken = (t + i) % 3 == 0;
        auto r = repo.Create(Make(broken ? 9999 : agency_a_, "000.00.06.H05", day));
        std::lock_guard lock(mu);
        if (r) {
          EXPECT_FALSE(broken);
          codes.insert(r->code);
          ++good;
        } else {
          EXPECT_TRUE(broken) << r.error().message;
          ++bad;
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(static_cast<size_t>(good), codes.size());
  EXPECT_GT(bad, 0);
  dossier::ListFilter all;
  all.limit = 200;
  EXPECT_EQ(repo.List(all)->size(), codes.size());
  // The good ones were numbered without gaps: 1..good.
  EXPECT_TRUE(codes.count(FormatDossierCode("000.00.06.H05", day, good)));
  EXPECT_FALSE(codes.count(FormatDossierCode("000.00.06.H05", day, good + 1)));
}

TEST_P(DossierStoreTest, IdempotencyKeyReplaysOrConflicts) {
  SqlDossierRepository repo(db_);
  const Date day = MakeDate(2026, 11, 23);
  auto nd = Make(agency_a_, "000.00.06.H05", day);
  nd.idempotency_user = 1;  // users are not referenced by the key table
  nd.idempotency_key = "k-1";
  nd.request_hash = "h";
  const auto first = repo.Create(nd);
  ASSERT_TRUE(first.has_value()) << first.error().message;
  const auto again = repo.Create(nd);
  ASSERT_TRUE(again.has_value());
  EXPECT_TRUE(again->replayed);
  EXPECT_EQ(again->code, first->code);
  nd.request_hash = "other";
  EXPECT_EQ(repo.Create(nd).error().reason, "idempotency_key_reused");
  // No second dossier was made.
  dossier::ListFilter all;
  EXPECT_EQ(repo.List(all)->size(), 1u);
}

TEST_P(DossierStoreTest, UpdateIsOptimisticAndHistoryAppendOnly) {
  SqlDossierRepository repo(db_);
  const auto code = repo.Create(Make(agency_a_, "000.00.06.H05", MakeDate(2026, 11, 23)))->code;
  auto d = *repo.Get(code);
  ASSERT_EQ(d.history.size(), 1u);
  auto stale = d;
  d.status = DossierStatus::kProcessing;
  const dossier::HistoryEntry e{d.submitted_at + 60s, std::nullopt, "chuyenvien",
                                "start_processing", DossierStatus::kReceived, DossierStatus::kProcessing, ""};
  ASSERT_TRUE(repo.Update(d, e).has_value());
  stale.status = DossierStatus::kStopped;
  EXPECT_EQ(repo.Update(stale, e).error().reason, "concurrent_update");
  auto gone = d;
  gone.code = "000.00.06.H05-261123-9999";
  EXPECT_EQ(repo.Update(gone, e).error().code, ErrorCode::kNotFound);
  const auto now = *repo.Get(code);
  EXPECT_EQ(now.status, DossierStatus::kProcessing);
  EXPECT_EQ(now.row_version, 2);
  ASSERT_EQ(now.history.size(), 2u);
  EXPECT_EQ(now.history[1].action, "start_processing");
  // The history table refuses to be rewritten, whoever asks.
  for (const char* sql : {"UPDATE dossier_history SET note = 'x'", "DELETE FROM dossier_history"}) {
    auto r = db_->Transact<long long>(TxMode::kWrite, [&](Connection& c) { return c.Execute(sql); });
    EXPECT_FALSE(r.has_value()) << sql;
  }
  EXPECT_EQ(repo.Get(code)->history.size(), 2u);
}

TEST_P(DossierStoreTest, RescheduleSetsThePromiseWithItsHistoryLineAndKeepsTheDueTime) {
  SqlDossierRepository repo(db_);
  const auto code = repo.Create(Make(agency_a_, "000.00.06.H05", MakeDate(2026, 11, 23)))->code;
  auto d = *repo.Get(code);
  EXPECT_FALSE(d.promised_at.has_value());
  const auto due = d.due_at;
  const auto first = FromLocal(MakeDate(2026, 12, 4), 17h);
  const dossier::HistoryEntry e{d.submitted_at + 96h, std::nullopt, "chuyenvien", "apology",
                                DossierStatus::kReceived, DossierStatus::kReceived,
                                "Hẹn lại ngày trả kết quả: 04/12/2026. Lý do: chờ xác minh"};
  const auto done = repo.Reschedule(d, first, e);
  ASSERT_TRUE(done.has_value()) << done.error().message;
  // A stale copy neither moves the promise nor writes its line.
  EXPECT_EQ(repo.Reschedule(d, first + 240h, e).error().reason, "concurrent_update");
  auto now = *repo.Get(code);
  ASSERT_TRUE(now.promised_at.has_value());
  EXPECT_EQ(*now.promised_at, first);
  EXPECT_EQ(now.due_at, due);
  EXPECT_EQ(now.row_version, 2);
  ASSERT_EQ(now.history.size(), 2u);
  EXPECT_EQ(now.history[1].action, "apology");
  EXPECT_EQ(now.history[1].actor_name, "chuyenvien");
  EXPECT_EQ(now.history[1].note, e.note);
  // A second apology moves it again; a later transition (Update) keeps it.
  const auto second = FromLocal(MakeDate(2026, 12, 11), 17h);
  ASSERT_TRUE(repo.Reschedule(now, second, e).has_value());
  now = *repo.Get(code);
  now.status = DossierStatus::kProcessing;
  ASSERT_TRUE(repo.Update(now, e).has_value());
  now = *repo.Get(code);
  EXPECT_EQ(now.promised_at, second);
  EXPECT_EQ(now.history.size(), 4u);
  EXPECT_EQ(repo.List({})->front().promised_at, second);
  dossier::Dossier missing = now;
  missing.code = "000.00.06.H05-261123-9999";
  EXPECT_EQ(repo.Reschedule(missing, second, e).error().code, ErrorCode::kNotFound);
}

TEST_P(DossierStoreTest, ListFiltersByAgencyAndApplicant) {
  SqlDossierRepository repo(db_);
  const Date day = MakeDate(2026, 11, 23);
  ASSERT_TRUE(repo.Create(Make(agency_a_, "000.00.06.H05", day, "001090000001")).has_value());
  ASSERT_TRUE(repo.Create(Make(agency_b_, "000.00.07.H05", day, "001090000002")).has_value());
  dossier::ListFilter f;
  f.agency_id = agency_b_;
  const auto b = repo.List(f);
  ASSERT_EQ(b->size(), 1u);
  EXPECT_EQ((*b)[0].applicant.id_number, "001090000002");
  f = {};
  f.applicant_id_number = "001090000001";
  EXPECT_EQ(repo.List(f)->size(), 1u);
  EXPECT_FALSE(*repo.HasAccount("001090000001"));
}

TEST_P(DossierStoreTest, FindApplicantKeepsTheLatestIntakesDetails) {
  SqlDossierRepository repo(db_);
  const Date day = MakeDate(2026, 11, 23);
  EXPECT_FALSE(repo.FindApplicant("001090000001")->has_value());
  auto first = Make(agency_a_, "000.00.06.H05", day);
  first.dossier.applicant = {"citizen", "001090000001", "Nguyễn Văn An", "0912000111", "",
                             "Phường Kinh Bắc"};
  ASSERT_TRUE(repo.Create(first).has_value());
  auto second = Make(agency_b_, "000.00.07.H05", day);
  second.dossier.applicant = {"citizen", "001090000001", "Nguyễn Văn An", "0987000222",
                              "an@example.vn", "Phường Từ Sơn"};
  ASSERT_TRUE(repo.Create(second).has_value());

  const auto found = repo.FindApplicant("001090000001");
  ASSERT_TRUE(found.has_value());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->kind, "citizen");
  EXPECT_EQ((*found)->id_number, "001090000001");
  EXPECT_EQ((*found)->full_name, "Nguyễn Văn An");
  EXPECT_EQ((*found)->phone, "0987000222");
  EXPECT_EQ((*found)->email, "an@example.vn");
  EXPECT_EQ((*found)->address, "Phường Từ Sơn");
  EXPECT_FALSE(repo.FindApplicant("001090000002")->has_value());
}

TEST_P(DossierStoreTest, FindAccountOfAnApplicant) {
  SqlDossierRepository repo(db_);
  EXPECT_FALSE(repo.FindAccount("027195012345")->has_value());
  auto nd = Make(agency_a_, "000.00.06.H05", MakeDate(2026, 11, 23), "027195012345");
  nd.account = dossier::IssuedAccount{"027195012345", "hash", "secret"};
  ASSERT_TRUE(repo.Create(nd).has_value());
  const auto account = repo.FindAccount("027195012345");
  ASSERT_TRUE(account.has_value());
  ASSERT_TRUE(account->has_value());
  EXPECT_EQ((*account)->username, "027195012345");
  EXPECT_EQ((*account)->full_name, "Nguyễn Văn An");
  EXPECT_TRUE(*repo.HasAccount("027195012345"));
  EXPECT_FALSE(repo.FindAccount("001090000001")->has_value());
}

}  // namespace
}  // namespace motcua::storage
