// SPDX-License-Identifier: Apache-2.0
// Repository tests for transfers between agencies, on both backends.
#include "storage/transfer_store.h"

#include "storage/store_test_support.h"
#include "storage/testing/dossier_world.h"
#include "storage/user_store.h"

namespace motcua::storage {
namespace {

using namespace std::chrono_literals;
using transfer::Direction;
using transfer::Transfer;
using transfer::TransferState;

class TransferStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped()) return;
    auto world = testing::DossierWorld::Create(db_);
    ASSERT_TRUE(world.has_value()) << world.error().message;
    const auto agency = [&](const char* code, const char* name, org::AgencyKind kind) {
      auto id = world->AddAgency(code, name, kind);
      EXPECT_TRUE(id.has_value()) << id.error().message;
      return id.has_value() ? *id : 0LL;
    };
    justice_ = agency("000.00.07.H05", "Sở Tư pháp", org::AgencyKind::kDepartment);
    commune_ = agency("001.01.00.H05", "UBND phường Kinh Bắc", org::AgencyKind::kCommuneOneStop);
    centre_ = agency("000.00.06.H05", "Trung tâm Phục vụ hành chính công",
                     org::AgencyKind::kServiceCentre);
    auto created = world->AddDossier("000.00.07.H05");
    ASSERT_TRUE(created.has_value()) << created.error().message;
    code_ = *created;

    SqlUserRepository users(db_);
    identity::User u;
    u.username = "chuyenvienxa";
    u.password_hash = "x";
    u.full_name = "Lê Văn Xã";
    u.role = identity::Role::kSpecialist;
    u.agency_id = commune_;
    auto user = users.Create(u, Timestamp(0s));
    ASSERT_TRUE(user.has_value()) << user.error().message;
    receiver_ = *user;
  }

  Transfer Sample(const std::string& uuid, long long from, long long to) const {
    Transfer t;
    t.uuid = uuid;
    t.dossier_code = code_;
    t.from_agency_id = from;
    t.to_agency_id = to;
    t.manifest = R"({"format":"motcua-transfer-manifest","note":"Liên thông"})";
    // DER is binary: every byte value, NUL included, must come back unchanged.
    for (int b = 0; b < 256; ++b) t.signature += static_cast<char>(b);
    t.signer_name = "Sở Tư pháp";
    t.created_at = MakeLocalTime(2026, 11, 25, 10, 0);
    return t;
  }

  long long justice_ = 0, commune_ = 0, centre_ = 0, receiver_ = 0;
  std::string code_;
};
MOTCUA_INSTANTIATE_STORE_TEST(TransferStoreTest);

TEST_P(TransferStoreTest, AddedTransfersReadBackByteForByte) {
  SqlTransferRepository repo(db_);
  const Transfer sent = Sample("uuid-1", justice_, commune_);
  const auto id = repo.Add(sent);
  ASSERT_TRUE(id.has_value()) << id.error().message;
  const auto got = repo.Get(*id);
  ASSERT_TRUE(got.has_value()) << got.error().message;
  EXPECT_EQ(got->id, *id);
  EXPECT_EQ(got->uuid, "uuid-1");
  EXPECT_EQ(got->dossier_code, code_);
  EXPECT_EQ(got->from_agency_id, justice_);
  EXPECT_EQ(got->to_agency_id, commune_);
  EXPECT_EQ(got->manifest, sent.manifest);
  EXPECT_EQ(got->signature, sent.signature);
  EXPECT_EQ(got->signer_name, "Sở Tư pháp");
  EXPECT_EQ(got->state, TransferState::kSent);
  EXPECT_EQ(got->created_at, sent.created_at);
  EXPECT_FALSE(got->created_by.has_value());
  EXPECT_FALSE(got->decided_at.has_value());
  EXPECT_EQ(repo.Get(*id + 100).error().code, ErrorCode::kNotFound);
}

TEST_P(TransferStoreTest, DuplicateUuidsAndUnknownDossiersConflict) {
  SqlTransferRepository repo(db_);
  ASSERT_TRUE(repo.Add(Sample("uuid-1", justice_, commune_)).has_value());
  EXPECT_EQ(repo.Add(Sample("uuid-1", justice_, commune_)).error().code, ErrorCode::kConflict);
  Transfer orphan = Sample("uuid-2", justice_, commune_);
  orphan.dossier_code = "000.00.07.H05-261125-9999";
  EXPECT_EQ(repo.Add(orphan).error().code, ErrorCode::kConflict);
}

TEST_P(TransferStoreTest, ListsByDirectionNewestFirst) {
  SqlTransferRepository repo(db_);
  const long long a = *repo.Add(Sample("a", justice_, commune_));
  const long long b = *repo.Add(Sample("b", commune_, justice_));
  const long long c = *repo.Add(Sample("c", justice_, centre_));
  const auto ids = [](const Result<std::vector<Transfer>>& list) {
    std::vector<long long> out;
    for (const auto& t : list.value()) out.push_back(t.id);
    return out;
  };
  EXPECT_EQ(ids(repo.ListForAgency(justice_, Direction::kOutgoing)), (std::vector{c, a}));
  EXPECT_EQ(ids(repo.ListForAgency(justice_, Direction::kIncoming)), (std::vector{b}));
  EXPECT_EQ(ids(repo.ListForAgency(justice_, Direction::kBoth)), (std::vector{c, b, a}));
  EXPECT_EQ(ids(repo.ListForAgency(commune_, Direction::kIncoming)), (std::vector{a}));
  EXPECT_TRUE(repo.ListForAgency(centre_, Direction::kOutgoing)->empty());
}

TEST_P(TransferStoreTest, ADecisionIsRecordedOnceAndOpensTheDossierToTheAcceptingAgency) {
  SqlTransferRepository repo(db_);
  const long long accepted = *repo.Add(Sample("a", justice_, commune_));
  const long long refused = *repo.Add(Sample("b", justice_, centre_));
  const Timestamp at = MakeLocalTime(2026, 11, 25, 14, 0);
  EXPECT_TRUE(repo.AcceptingAgencies(code_)->empty());
  ASSERT_TRUE(repo.Decide(accepted, TransferState::kAccepted, "", "", receiver_, at).has_value());
  ASSERT_TRUE(repo.Decide(refused, TransferState::kRefused, "file_changed",
                          "Tệp \"tờ khai.pdf\" đã bị thay đổi", receiver_, at)
                  .has_value());
  const auto a = repo.Get(accepted).value();
  EXPECT_EQ(a.state, TransferState::kAccepted);
  EXPECT_EQ(a.decided_by, receiver_);
  EXPECT_EQ(a.decided_at, at);
  const auto r = repo.Get(refused).value();
  EXPECT_EQ(r.state, TransferState::kRefused);
  EXPECT_EQ(r.reason, "file_changed");
  EXPECT_EQ(r.reason_message, "Tệp \"tờ khai.pdf\" đã bị thay đổi");
  // A decided transfer never changes again.
  const auto again = repo.Decide(refused, TransferState::kAccepted, "", "", receiver_, at + 1h);
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().reason, "already_decided");
  EXPECT_EQ(repo.Get(refused)->state, TransferState::kRefused);
  EXPECT_EQ(repo.Decide(999, TransferState::kAccepted, "", "", receiver_, at).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(repo.AcceptingAgencies(code_).value(), std::vector<long long>{commune_});
  EXPECT_TRUE(repo.AcceptingAgencies("000.00.07.H05-261125-9999")->empty());
}

}  // namespace
}  // namespace motcua::storage
