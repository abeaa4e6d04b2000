// SPDX-License-Identifier: Apache-2.0
#include "transfer/transfer_service.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>

#include "org/testing/in_memory_org_repository.h"
#include "signing/test_agency_for_test.h"

namespace motcua::transfer {
namespace {

namespace fs = std::filesystem;
using identity::Principal;
using identity::Role;
using signing::testing::SharedTestAgency;
using signing::testing::TestAgency;

constexpr long long kCommune = 1, kJustice = 2, kCentre = 3;
constexpr char kCode[] = "001.01.00.H05-261125-0001";

// Only Get is used by the transfer service (through DossierService::Get).
class OneDossierRepository final : public dossier::DossierRepository {
 public:
  explicit OneDossierRepository(dossier::Dossier d) : d_(std::move(d)) {}
  Result<dossier::CreateOutcome> Create(const dossier::NewDossier&) override { return Unused(); }
  Result<dossier::Dossier> Get(std::string_view code) override {
    if (code != d_.code) return MakeError(ErrorCode::kNotFound, "no dossier");
    return d_;
  }
  Status Update(const dossier::Dossier&, const dossier::HistoryEntry&) override { return Unused(); }
  Result<std::vector<dossier::Dossier>> List(const dossier::ListFilter&) override {
    return Unused();
  }
  Result<bool> HasAccount(std::string_view) override { return Unused(); }
  Result<std::optional<dossier::Applicant>> FindApplicant(std::string_view) override {
    return Unused();
  }
  Result<std::optional<dossier::ApplicantAccount>> FindAccount(std::string_view) override {
    return Unused();
  }

 private:
  static Error Unused() { return MakeError(ErrorCode::kInternal, "not used by these tests"); }
  dossier::Dossier d_;
};

class MemoryFiles final : public digitization::ComponentFileRepository {
 public:
  Result<long long> Add(const digitization::ComponentFile& file) override {
    files_.push_back(file);
    files_.back().id = static_cast<long long>(files_.size());
    return files_.back().id;
  }
  Result<std::vector<digitization::ComponentFile>> List(std::string_view code) override {
    std::vector<digitization::ComponentFile> out;
    for (const auto& f : files_) {
      if (f.dossier_code == code) out.push_back(f);
    }
    return out;
  }

 private:
  std::vector<digitization::ComponentFile> files_;
};

class MemoryTransfers final : public TransferRepository {
 public:
  Result<long long> Add(const Transfer& t) override {
    std::lock_guard lock(mutex_);
    const long long id = static_cast<long long>(rows_.size()) + 1;
    rows_[id] = t;
    rows_[id].id = id;
    return id;
  }
  Result<Transfer> Get(long long id) override {
    std::lock_guard lock(mutex_);
    if (!rows_.count(id)) return MakeError(ErrorCode::kNotFound, "Không tìm thấy");
    return rows_[id];
  }
  Result<std::vector<Transfer>> ListForAgency(long long agency, Direction d) override {
    std::lock_guard lock(mutex_);
    std::vector<Transfer> out;
    for (auto it = rows_.rbegin(); it != rows_.rend(); ++it) {
      const auto& t = it->second;
      if ((d != Direction::kOutgoing && t.to_agency_id == agency) ||
          (d != Direction::kIncoming && t.from_agency_id == agency)) {
        out.push_back(t);
      }
    }
    return out;
  }
  Status Decide(long long id, TransferState state, std::string_view reason,
                std::string_view message, long long by, Timestamp at) override {
    std::lock_guard lock(mutex_);
    if (!rows_.count(id)) return MakeError(ErrorCode::kNotFound, "Không tìm thấy");
    auto& t = rows_[id];
    if (t.state != TransferState::kSent) {
      return MakeError(ErrorCode::kFailedPrecondition, "decided", "", "already_decided");
    }
    t.state = state;
    t.reason = std::string(reason);
    t.reason_message = std::string(message);
    t.decided_by = by;
    t.decided_at = at;
    return Ok();
  }
  Result<std::vector<long long>> AcceptingAgencies(std::string_view code) override {
    std::lock_guard lock(mutex_);
    std::vector<long long> out;
    for (const auto& [id, t] : rows_) {
      if (t.dossier_code == code && t.state == TransferState::kAccepted)
        out.push_back(t.to_agency_id);
    }
    return out;
  }

 private:
  std::mutex mutex_;
  std::map<long long, Transfer> rows_;  // GUARDED_BY(mutex_)
};

dossier::Dossier CommuneDossier() {
  dossier::Dossier d;
  d.code = kCode;
  d.procedure_code = "1.001193";
  d.receiving_agency_id = kCommune;
  d.handling_agency_id = kCommune;
  d.applicant.id_number = "001090000001";
  return d;
}

Principal Staff(long long id, long long agency, Role role = Role::kSpecialist) {
  return Principal{id, "staff" + std::to_string(id), role, agency, ""};
}

// A commune dossier with two files on disk; the commune's key and the CA in a key folder.
class TransferServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string dir = (fs::temp_directory_path() / "motcua-transfer-XXXXXX").string();
    ASSERT_NE(mkdtemp(dir.data()), nullptr);
    dir_ = dir;
    blobs_ = std::make_unique<blob::FileBlobStore>((dir_ / "blobs").string());
    keys_ = std::make_unique<signing::KeyRing>(dir_ / "keys");
    ASSERT_TRUE(
        keys_->Install("001.01.00.H05", SharedTestAgency().p12, TestAgency::kPassword).has_value());
    std::ofstream(dir_ / "keys" / "ca.pem") << SharedTestAgency().ca.certificate_pem;
    AddFile("to-khai", "tờ khai.pdf", "%PDF-1.4 tờ khai khai sinh");
    AddFile("giay-chung-sinh", "giấy chứng sinh.jpg", "\xff\xd8\xff giấy chứng sinh");
    service_ = std::make_unique<TransferService>(dossiers_, files_, org_, *keys_, *blobs_,
                                                 transfers_, clock_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  void AddFile(const std::string& component, const std::string& name, const std::string& bytes) {
    digitization::ComponentFile f;
    f.dossier_code = kCode;
    f.component_id = component;
    f.sha256 = blobs_->Put(bytes).value();
    f.mime = "application/pdf";
    f.size_bytes = static_cast<long long>(bytes.size());
    f.file_name = name;
    ASSERT_TRUE(files_.Add(f).has_value());
  }

  Transfer SendToJustice(std::vector<std::string> components = {}) {
    auto t = service_->Send(commune_officer_, kCode, {"000.00.07.H05", components, "Liên thông"});
    EXPECT_TRUE(t.has_value()) << t.error().message;
    return t.has_value() ? *t : Transfer{};
  }

  fs::path dir_;
  FakeClock clock_{SharedTestAgency().now};
  std::unique_ptr<blob::FileBlobStore> blobs_;
  std::unique_ptr<signing::KeyRing> keys_;
  dossier::DossierService dossiers_{
      std::make_shared<OneDossierRepository>(CommuneDossier()), nullptr, nullptr, {}, clock_};
  // The commune's name is the shared test certificate's CN.
  org::testing::InMemoryOrgRepository org_{
      {{kCommune, "001.01.00.H05", "UBND xã Hòa An", org::AgencyKind::kCommuneOneStop},
       {kJustice, "000.00.07.H05", "Sở Tư pháp", org::AgencyKind::kDepartment},
       {kCentre, "000.00.06.H05", "Trung tâm Phục vụ hành chính công",
        org::AgencyKind::kServiceCentre}}};
  MemoryFiles files_;
  MemoryTransfers transfers_;
  std::unique_ptr<TransferService> service_;
  const Principal commune_officer_ = Staff(10, kCommune);
  const Principal justice_officer_ = Staff(20, kJustice);
  const Principal centre_officer_ = Staff(30, kCentre, Role::kReception);
};

TEST_F(TransferServiceTest, SendSignsACanonicalManifestOfTheDossiersFiles) {
  const Transfer t = SendToJustice();
  EXPECT_GT(t.id, 0);
  EXPECT_EQ(t.state, TransferState::kSent);
  EXPECT_EQ(t.from_agency_id, kCommune);
  EXPECT_EQ(t.to_agency_id, kJustice);
  EXPECT_EQ(t.signer_name, "UBND xã Hòa An");
  EXPECT_EQ(t.created_by, 10);
  const auto m = ParseManifest(t.manifest);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(ToCanonicalJson(*m), t.manifest);
  EXPECT_EQ(m->transfer_id, t.uuid);
  EXPECT_EQ(m->from, (AgencyRef{"001.01.00.H05", "UBND xã Hòa An"}));
  EXPECT_EQ(m->to, (AgencyRef{"000.00.07.H05", "Sở Tư pháp"}));
  EXPECT_EQ(m->note, "Liên thông");
  ASSERT_EQ(m->files.size(), 2u);
  EXPECT_EQ(m->files[0].file_name, "tờ khai.pdf");
  EXPECT_FALSE(t.signature.empty());
  // Only the listed components when asked.
  const Transfer one = SendToJustice({"giay-chung-sinh"});
  ASSERT_EQ(ParseManifest(one.manifest)->files.size(), 1u);
  EXPECT_NE(one.uuid, t.uuid);
}

TEST_F(TransferServiceTest, TheReceivingAgencyAcceptsAnIntactTransfer) {
  const Transfer sent = SendToJustice();
  clock_.Advance(std::chrono::hours(2));
  const auto r = service_->Receive(justice_officer_, sent.id);
  ASSERT_TRUE(r.has_value()) << r.error().message;
  EXPECT_TRUE(r->verification.accepted) << r->verification.message;
  EXPECT_EQ(r->verification.signature.signer_common_name, "UBND xã Hòa An");
  EXPECT_EQ(r->transfer.state, TransferState::kAccepted);
  EXPECT_EQ(r->transfer.decided_by, 20);
  EXPECT_EQ(r->transfer.decided_at, clock_.Now());
  EXPECT_EQ(transfers_.AcceptingAgencies(kCode).value(), std::vector<long long>{kJustice});
  // With the accepting agencies as readers (as the app wires it), Justice may now read the
  // dossier, and still not act on it.
  EXPECT_EQ(dossiers_.Get(justice_officer_, kCode).error().code, ErrorCode::kForbidden);
  dossiers_.SetReaderAgencies(
      [this](std::string_view code) { return transfers_.AcceptingAgencies(code); });
  EXPECT_TRUE(dossiers_.Get(justice_officer_, kCode).has_value());
  EXPECT_FALSE(dossiers_.Get(centre_officer_, kCode).has_value());
  EXPECT_FALSE(service_->Send(justice_officer_, kCode, {"000.00.06.H05"}).has_value());
  // A decided transfer is never decided again.
  const auto again = service_->Receive(justice_officer_, sent.id);
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().reason, "already_decided");
}

TEST_F(TransferServiceTest, AByteFlippedOnDiskAfterSigningRefusesTheTransfer) {
  const Transfer sent = SendToJustice();
  const auto m = ParseManifest(sent.manifest).value();
  const std::string path = blobs_->PathOf(m.files[1].sha256);
  {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    ASSERT_TRUE(f.is_open()) << path;
    f.seekg(4);
    char c = 0;
    f.get(c);
    f.seekp(4);
    f.put(static_cast<char>(c ^ 0x01));
  }
  const auto r = service_->Receive(justice_officer_, sent.id);
  ASSERT_TRUE(r.has_value()) << r.error().message;
  EXPECT_FALSE(r->verification.accepted);
  EXPECT_EQ(r->transfer.state, TransferState::kRefused);
  EXPECT_EQ(r->transfer.reason, "file_changed");
  EXPECT_NE(r->transfer.reason_message.find("giấy chứng sinh.jpg"), std::string::npos)
      << r->transfer.reason_message;
  EXPECT_EQ(transfers_.Get(sent.id)->state, TransferState::kRefused);
  EXPECT_TRUE(transfers_.AcceptingAgencies(kCode)->empty());
  EXPECT_EQ(service_->Receive(justice_officer_, sent.id).error().reason, "already_decided");
}

TEST_F(TransferServiceTest, ATamperedStoredManifestIsRefused) {
  Transfer sent = SendToJustice();
  // Someone with database access rewrites the note of the stored manifest.
  Transfer forged = *transfers_.Get(sent.id);
  auto m = ParseManifest(forged.manifest).value();
  m.note = "Đã duyệt";
  forged.manifest = ToCanonicalJson(m);
  const long long id = transfers_.Add(forged).value();
  const auto r = service_->Receive(justice_officer_, id);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->transfer.reason, "signature_invalid");
}

TEST_F(TransferServiceTest, OnlyTheReceivingAgencyReceivesAndOnlyThePartiesRead) {
  const Transfer sent = SendToJustice();
  EXPECT_EQ(service_->Receive(commune_officer_, sent.id).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(service_->Receive(centre_officer_, sent.id).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(service_->Receive(justice_officer_, 999).error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(service_->Get(commune_officer_, sent.id).has_value());
  EXPECT_TRUE(service_->Get(justice_officer_, sent.id).has_value());
  EXPECT_EQ(service_->Get(centre_officer_, sent.id).error().code, ErrorCode::kForbidden);
  const Principal citizen{99, "001090000001", Role::kCitizen, std::nullopt, "001090000001"};
  EXPECT_EQ(service_->Get(citizen, sent.id).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(service_->List(citizen, Direction::kBoth).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(service_->List(justice_officer_, Direction::kIncoming)->size(), 1u);
  EXPECT_TRUE(service_->List(justice_officer_, Direction::kOutgoing)->empty());
  EXPECT_EQ(service_->List(commune_officer_, Direction::kOutgoing)->size(), 1u);
}

TEST_F(TransferServiceTest, SendRefusesBadRequestsAndOutsiders) {
  EXPECT_EQ(service_->Send(justice_officer_, kCode, {"000.00.06.H05"}).error().code,
            ErrorCode::kForbidden);
  EXPECT_EQ(service_->Send(commune_officer_, kCode, {""}).error().field, "to_agency");
  EXPECT_EQ(service_->Send(commune_officer_, kCode, {"999.99.99.H99"}).error().field, "to_agency");
  EXPECT_EQ(service_->Send(commune_officer_, kCode, {"001.01.00.H05"}).error().field, "to_agency");
  EXPECT_EQ(service_->Send(commune_officer_, kCode, {"000.00.07.H05", {"anh-the"}}).error().field,
            "component_ids");
  EXPECT_EQ(service_->Send(commune_officer_, kCode, {"000.00.07.H05", {}, std::string(2001, 'x')})
                .error()
                .field,
            "note");
  EXPECT_EQ(
      service_->Send(commune_officer_, "001.01.00.H05-261125-0002", {"000.00.07.H05"}).error().code,
      ErrorCode::kNotFound);
  fs::remove(dir_ / "keys" / "001.01.00.H05.p12");
  signing::KeyRing without_key(dir_ / "keys");
  TransferService fresh(dossiers_, files_, org_, without_key, *blobs_, transfers_, clock_);
  EXPECT_EQ(fresh.Send(commune_officer_, kCode, {"000.00.07.H05"}).error().reason,
            "no_signing_key");
}

}  // namespace
}  // namespace motcua::transfer
