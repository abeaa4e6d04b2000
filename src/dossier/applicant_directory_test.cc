// SPDX-License-Identifier: Apache-2.0
#include "dossier/applicant_directory.h"

#include <gtest/gtest.h>

#include <map>

#include "common/local_time.h"

namespace motcua::dossier {
namespace {

using identity::Principal;
using identity::Role;

constexpr long long kCentre = 1, kWard = 2;

// In memory: what ApplicantDirectory and DossierService::List read.
class FakeDossiers final : public DossierRepository {
 public:
  Result<CreateOutcome> Create(const NewDossier&) override { return Unused(); }
  Result<Dossier> Get(std::string_view) override { return Unused(); }
  Status Update(const Dossier&, const HistoryEntry&) override { return Unused(); }
  Result<std::vector<Dossier>> List(const ListFilter& f) override {
    ++list_calls;
    std::vector<Dossier> out;
    for (auto it = dossiers.rbegin(); it != dossiers.rend(); ++it) {  // newest first
      const Dossier& d = *it;
      if (!f.applicant_id_number.empty() && d.applicant.id_number != f.applicant_id_number) {
        continue;
      }
      if (f.agency_id && d.receiving_agency_id != *f.agency_id &&
          d.handling_agency_id != *f.agency_id) {
        continue;
      }
      if (static_cast<int>(out.size()) < f.limit) out.push_back(d);
    }
    return out;
  }
  Result<bool> HasAccount(std::string_view id) override { return accounts.count(std::string(id)) > 0; }
  Result<std::optional<Applicant>> FindApplicant(std::string_view id) override {
    const auto it = applicants.find(std::string(id));
    if (it == applicants.end()) return std::optional<Applicant>();
    return std::optional<Applicant>(it->second);
  }
  Result<std::optional<ApplicantAccount>> FindAccount(std::string_view id) override {
    const auto it = accounts.find(std::string(id));
    if (it == accounts.end()) return std::optional<ApplicantAccount>();
    return std::optional<ApplicantAccount>(it->second);
  }

  std::vector<Dossier> dossiers;  // oldest first
  std::map<std::string, Applicant> applicants;
  std::map<std::string, ApplicantAccount> accounts;
  int list_calls = 0;

 private:
  static Error Unused() { return MakeError(ErrorCode::kInternal, "not used here"); }
};

class FakeCatalog final : public catalog::CatalogRepository {
 public:
  Result<std::vector<catalog::Procedure>> Search(const catalog::SearchQuery&, const Date&) override {
    return std::vector<catalog::Procedure>{};
  }
  Result<catalog::Procedure> Get(std::string_view, const Date&) override { return NotFound(); }
  Result<catalog::Procedure> GetVersion(long long id) override {
    if (id != 7) return NotFound();
    catalog::Procedure p;
    p.code = "2.000488";
    p.version.id = 7;
    p.version.rules.name = "Cấp Phiếu lý lịch tư pháp";
    return p;
  }
  Result<std::vector<catalog::ProcedureVersion>> ListVersions(std::string_view) override {
    return std::vector<catalog::ProcedureVersion>{};
  }
  Result<std::vector<catalog::Procedure>> ListAll(const Date&) override {
    return std::vector<catalog::Procedure>{};
  }
  Result<int> PutVersions(const std::vector<catalog::ImportEntry>&, Timestamp) override {
    return 0;
  }

 private:
  static Error NotFound() { return MakeError(ErrorCode::kNotFound, "no procedure"); }
};

class ApplicantDirectoryTest : public ::testing::Test {
 protected:
  ApplicantDirectoryTest()
      : clock_(MakeLocalTime(2026, 11, 25, 9, 0, 0)),
        repo_(std::make_shared<FakeDossiers>()),
        service_(repo_, std::make_shared<FakeCatalog>(), nullptr, nullptr, clock_),
        directory_(repo_, service_, std::make_shared<FakeCatalog>(),
                   [this](const Principal& who, std::string_view owner) -> Result<int> {
                     counted_for_.push_back(who.username + ":" + std::string(owner));
                     return 3;
                   },
                   clock_) {}

  void AddDossier(const std::string& code, const std::string& applicant, long long agency,
                  DossierStatus status = DossierStatus::kProcessing) {
    Dossier d;
    d.code = code;
    d.procedure_code = "2.000488";
    d.procedure_version_id = 7;
    d.receiving_agency_id = agency;
    d.handling_agency_id = agency;
    d.status = status;
    d.applicant.id_number = applicant;
    d.submitted_at = clock_.Now();
    d.due_at = clock_.Now() + std::chrono::hours(240);
    repo_->dossiers.push_back(d);
  }

  static Principal Staff(Role role, long long agency) {
    return Principal{10, "tiepnhan", role, agency, "", ""};
  }
  static Principal Citizen(const std::string& id) {
    return Principal{20, id, Role::kCitizen, std::nullopt, id, ""};
  }

  FakeClock clock_;
  std::shared_ptr<FakeDossiers> repo_;
  DossierService service_;
  std::vector<std::string> counted_for_;
  ApplicantDirectory directory_;
};

TEST(ParseApplicantId, TwelveDigitsAreAPersonalNumber) {
  const auto id = ParseApplicantId(" 001090000002 ", 2026);
  ASSERT_TRUE(id.has_value()) << id.error().message;
  EXPECT_EQ(id->kind, "citizen");
  EXPECT_EQ(id->id_number, "001090000002");
}

TEST(ParseApplicantId, ATaxCodeIsAnOrganizationInCanonicalForm) {
  const auto id = ParseApplicantId("0100109106001", 2026);  // branch form without the dash
  ASSERT_TRUE(id.has_value()) << id.error().message;
  EXPECT_EQ(id->kind, "organization");
  EXPECT_EQ(id->id_number, "0100109106-001");
}

TEST(ParseApplicantId, MalformedIdentifiersNameTheFieldInVietnamese) {
  // A bad province code, a birth year in the future, a bad check digit, letters, nothing.
  for (const char* text : {"999090000002", "001299000002", "0100109107", "abc", "  "}) {
    const auto id = ParseApplicantId(text, 2026);
    ASSERT_FALSE(id.has_value()) << text;
    EXPECT_EQ(id.error().code, ErrorCode::kInvalidArgument) << text;
    EXPECT_EQ(id.error().field, "id_number") << text;
    EXPECT_FALSE(id.error().message.empty()) << text;
  }
}

TEST_F(ApplicantDirectoryTest, AnApplicantWhoFiledIsFoundWithTheirDossiersNewestFirst) {
  repo_->applicants["027195012345"] = {"citizen", "027195012345", "Nguyễn Thị Hoa",
                                       "0912000111", "", "Phường Kinh Bắc"};
  repo_->accounts["027195012345"] = {"027195012345", "Nguyễn Thị Hoa"};
  AddDossier("A-1", "027195012345", kCentre, DossierStatus::kReturned);
  AddDossier("A-2", "027195012345", kCentre);
  AddDossier("B-1", "001090000001", kCentre);

  const auto p = directory_.Lookup(Staff(Role::kReception, kCentre), "027195012345");
  ASSERT_TRUE(p.has_value()) << p.error().message;
  EXPECT_TRUE(p->known_from_dossiers);
  EXPECT_EQ(p->applicant.full_name, "Nguyễn Thị Hoa");
  EXPECT_EQ(p->applicant.phone, "0912000111");
  EXPECT_TRUE(p->has_account);
  EXPECT_EQ(p->account_username, "027195012345");
  ASSERT_EQ(p->recent_dossiers.size(), 2u);
  EXPECT_EQ(p->recent_dossiers[0].code, "A-2");
  EXPECT_EQ(p->recent_dossiers[0].procedure_name, "Cấp Phiếu lý lịch tư pháp");
  EXPECT_EQ(p->recent_dossiers[0].status, DossierStatus::kProcessing);
  EXPECT_EQ(p->recent_dossiers[1].code, "A-1");
  EXPECT_FALSE(p->more_dossiers);
  EXPECT_EQ(p->valid_documents, 3);
  // Reading the warehouse happens on the officer's behalf, so it can be logged as theirs.
  EXPECT_EQ(counted_for_, std::vector<std::string>{"tiepnhan:027195012345"});
}

TEST_F(ApplicantDirectoryTest, AtMostTenDossiersAndWhetherThereAreMore) {
  repo_->applicants["001090000001"] = {"citizen", "001090000001", "Nguyễn Văn An", "", "", ""};
  for (int i = 0; i < ApplicantDirectory::kRecentDossiers + 2; ++i) {
    AddDossier("A-" + std::to_string(i), "001090000001", kCentre);
  }
  const auto p = directory_.Lookup(Staff(Role::kSpecialist, kCentre), "001090000001");
  ASSERT_TRUE(p.has_value()) << p.error().message;
  EXPECT_EQ(p->recent_dossiers.size(), static_cast<size_t>(ApplicantDirectory::kRecentDossiers));
  EXPECT_EQ(p->recent_dossiers.front().code, "A-11");
  EXPECT_TRUE(p->more_dossiers);
}

TEST_F(ApplicantDirectoryTest, StaffSeeOnlyTheirAgencysDossiers) {
  repo_->applicants["001090000001"] = {"citizen", "001090000001", "Nguyễn Văn An", "", "", ""};
  AddDossier("WARD-1", "001090000001", kWard);
  const auto p = directory_.Lookup(Staff(Role::kReception, kCentre), "001090000001");
  ASSERT_TRUE(p.has_value()) << p.error().message;
  EXPECT_EQ(p->applicant.full_name, "Nguyễn Văn An");
  EXPECT_TRUE(p->recent_dossiers.empty());
}

TEST_F(ApplicantDirectoryTest, AnAccountWithoutDossiersGivesTheName) {
  repo_->accounts["001090000002"] = {"001090000002", "Trần Thị Bình"};
  const auto p = directory_.Lookup(Staff(Role::kReception, kCentre), "001090000002");
  ASSERT_TRUE(p.has_value()) << p.error().message;
  EXPECT_FALSE(p->known_from_dossiers);
  EXPECT_TRUE(p->has_account);
  EXPECT_EQ(p->applicant.kind, "citizen");
  EXPECT_EQ(p->applicant.id_number, "001090000002");
  EXPECT_EQ(p->applicant.full_name, "Trần Thị Bình");
  EXPECT_TRUE(p->applicant.phone.empty());
  EXPECT_TRUE(p->recent_dossiers.empty());
}

TEST_F(ApplicantDirectoryTest, NobodyKnownIsNotFound) {
  const auto p = directory_.Lookup(Staff(Role::kReception, kCentre), "001090000003");
  ASSERT_FALSE(p.has_value());
  EXPECT_EQ(p.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(p.error().message, "Chưa có thông tin người nộp với số định danh này");
  EXPECT_TRUE(counted_for_.empty());
}

TEST_F(ApplicantDirectoryTest, AMalformedNumberIsRefusedBeforeAnyRead) {
  const auto p = directory_.Lookup(Staff(Role::kReception, kCentre), "00109000000");
  ASSERT_FALSE(p.has_value());
  EXPECT_EQ(p.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(p.error().field, "id_number");
  EXPECT_EQ(repo_->list_calls, 0);
}

TEST_F(ApplicantDirectoryTest, ACitizenLooksUpOnlyThemself) {
  repo_->accounts["001090000001"] = {"001090000001", "Nguyễn Văn An"};
  repo_->accounts["001090000002"] = {"001090000002", "Trần Thị Bình"};
  const auto other = directory_.Lookup(Citizen("001090000001"), "001090000002");
  ASSERT_FALSE(other.has_value());
  EXPECT_EQ(other.error().code, ErrorCode::kForbidden);
  EXPECT_TRUE(counted_for_.empty());

  const auto self = directory_.Lookup(Citizen("001090000001"), "001090000001");
  ASSERT_TRUE(self.has_value()) << self.error().message;
  EXPECT_TRUE(self->has_account);
  EXPECT_TRUE(self->account_username.empty());  // the username is for staff
}

TEST_F(ApplicantDirectoryTest, AdminsAuditorsAndOtherStaffMayLookUpAnyone) {
  repo_->accounts["001090000002"] = {"001090000002", "Trần Thị Bình"};
  for (Role role : {Role::kAdmin, Role::kAuditor, Role::kLeader, Role::kDepartmentHead}) {
    const auto p = directory_.Lookup(Staff(role, kCentre), "001090000002");
    EXPECT_TRUE(p.has_value()) << identity::RoleName(role);
  }
}

}  // namespace
}  // namespace motcua::dossier
