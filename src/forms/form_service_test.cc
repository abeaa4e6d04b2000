// SPDX-License-Identifier: Apache-2.0
#include "forms/form_service.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "documents/poppler_cli_for_test.h"
#include "org/testing/in_memory_org_repository.h"

namespace motcua::forms {
namespace {

using dossier::DossierStatus;
using Kinds = std::vector<FormKind>;

TEST(FormsForAction, IntakeAtTheCounterPrintsTheReceipt) {
  EXPECT_EQ(FormsForAction("create", DossierStatus::kReceived),
            (Kinds{FormKind::kReceipt, FormKind::kControlSlip}));
  EXPECT_EQ(FormsForAction("accept", DossierStatus::kReceived),
            (Kinds{FormKind::kReceipt, FormKind::kControlSlip}));
}

TEST(FormsForAction, AnOnlineDossierPrintsNothingUntilReceived) {
  EXPECT_TRUE(FormsForAction("create", DossierStatus::kSubmittedOnline).empty());
}

TEST(FormsForAction, EachDecisionPrintsItsForm) {
  EXPECT_EQ(FormsForAction("reject", DossierStatus::kNotReceived),
            (Kinds{FormKind::kRefusal, FormKind::kControlSlip}));
  EXPECT_EQ(FormsForAction("request_supplement", DossierStatus::kSupplementRequested),
            (Kinds{FormKind::kSupplementRequest, FormKind::kControlSlip}));
  EXPECT_EQ(FormsForAction("stop", DossierStatus::kStopped),
            (Kinds{FormKind::kStopNotice, FormKind::kControlSlip}));
}

TEST(FormsForAction, OtherStepsRefreshTheControlSlip) {
  EXPECT_EQ(FormsForAction("start_processing", DossierStatus::kProcessing),
            (Kinds{FormKind::kControlSlip}));
  EXPECT_EQ(FormsForAction("return_result", DossierStatus::kReturned),
            (Kinds{FormKind::kControlSlip}));
}

TEST(FormsForAction, AnApologyPrintsNothingMore) {
  EXPECT_TRUE(FormsForAction("apology", DossierStatus::kProcessing).empty());
}

// In-memory collaborators: only what FormService and DossierService::Get read.
class FakeDossiers final : public dossier::DossierRepository {
 public:
  Result<dossier::CreateOutcome> Create(const dossier::NewDossier&) override { return Unused(); }
  Result<dossier::Dossier> Get(std::string_view code) override {
    const auto it = dossiers.find(std::string(code));
    if (it == dossiers.end()) return MakeError(ErrorCode::kNotFound, "no dossier");
    return it->second;
  }
  Status Update(const dossier::Dossier&, const dossier::HistoryEntry&) override {
    return Unused();
  }
  Status Reschedule(const dossier::Dossier& d, Timestamp promised_at,
                    const dossier::HistoryEntry& entry) override {
    if (fail_reschedule) return *fail_reschedule;
    auto& stored = dossiers.at(d.code);
    if (stored.row_version != d.row_version) {
      return MakeError(ErrorCode::kConflict, "stale", "", "concurrent_update");
    }
    stored.promised_at = promised_at;
    stored.history.push_back(entry);
    ++stored.row_version;
    return Ok();
  }
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
  std::map<std::string, dossier::Dossier> dossiers;
  std::optional<Error> fail_reschedule;  // what Reschedule answers instead of writing

 private:
  static Error Unused() { return MakeError(ErrorCode::kInternal, "not used here"); }
};

class FakeCatalog final : public catalog::CatalogRepository {
 public:
  Result<std::vector<catalog::Procedure>> Search(const catalog::SearchQuery&, const Date&) override {
    return std::vector<catalog::Procedure>{};
  }
  Result<catalog::Procedure> Get(std::string_view, const Date&) override { return procedure; }
  Result<catalog::Procedure> GetVersion(long long) override { return procedure; }
  Result<std::vector<catalog::ProcedureVersion>> ListVersions(std::string_view) override {
    return std::vector<catalog::ProcedureVersion>{procedure.version};
  }
  Result<std::vector<catalog::Procedure>> ListAll(const Date&) override {
    return std::vector<catalog::Procedure>{procedure};
  }
  Result<int> PutVersions(const std::vector<catalog::ImportEntry>&, Timestamp) override {
    return 0;
  }
  catalog::Procedure procedure;
};

class FakeForms final : public FormRepository {
 public:
  Result<long long> Add(const StoredForm& form) override {
    rows.push_back(form);
    rows.back().id = static_cast<long long>(rows.size());
    return rows.back().id;
  }
  Result<std::vector<StoredForm>> List(std::string_view code) override {
    std::vector<StoredForm> out;
    for (const auto& r : rows) {
      if (r.dossier_code == code) out.push_back(r);
    }
    return out;
  }
  std::vector<StoredForm> rows;
};

constexpr long long kCentre = 1, kJustice = 2;

class FormServiceTest : public ::testing::Test {
 protected:
  FormServiceTest()
      : dossier_repo_(std::make_shared<FakeDossiers>()),
        catalog_(std::make_shared<FakeCatalog>()),
        org_(std::make_shared<org::testing::InMemoryOrgRepository>()),
        clock_(MakeLocalTime(2026, 11, 25, 9, 0)),
        dossiers_(dossier_repo_, catalog_, org_,
                  [] { return std::make_shared<const calendar::WorkingCalendar>(); }, clock_),
        service_({&dossiers_, catalog_.get(), org_.get(), &blobs_, &forms_, &clock_, nullptr},
                 "https://motcua.example.vn/tra-cuu/") {
    catalog_->procedure.code = "2.000488";
    catalog_->procedure.version.rules.name = "Cấp Phiếu lý lịch tư pháp";
    catalog_->procedure.version.rules.processing_time = {10, calendar::TimeUnit::kWorkingDays};
    org_->SetAgencies({{kCentre, "000.00.06.H05", "Trung tâm Phục vụ hành chính công"},
                       {kJustice, "000.00.07.H05", "Sở Tư pháp tỉnh Bắc Ninh"}});
  }

  // A counter dossier received at `received`, due `due`, now in `status` after `action`.
  dossier::Dossier Put(const std::string& code, Timestamp received, Timestamp due,
                       DossierStatus status, const std::string& action,
                       const std::string& note = "") {
    dossier::Dossier d;
    d.code = code;
    d.receiving_agency_id = kCentre;
    d.handling_agency_id = kJustice;
    d.status = status;
    d.applicant = {"citizen", "001090000001", "Nguyễn Văn An", "", "", ""};
    d.submitted_at = received;
    d.received_at = received;
    d.due_at = due;
    d.history.push_back({received, 1, "tiepnhan", "create", std::nullopt,
                         DossierStatus::kReceived, ""});
    if (action != "create") {
      d.history.push_back({received + std::chrono::hours(1), 2, "chuyenvien", action,
                           DossierStatus::kReceived, status, note});
    }
    dossier_repo_->dossiers[code] = d;
    return d;
  }

  Kinds KindsOf(const std::string& code) {
    Kinds out;
    for (const auto& f : forms_.rows) {
      if (f.dossier_code == code) out.push_back(f.kind);
    }
    return out;
  }

  const identity::Principal specialist_{2, "chuyenvien", identity::Role::kSpecialist, kJustice};
  const identity::Principal reception_{1, "tiepnhan", identity::Role::kReception, kCentre};
  std::shared_ptr<FakeDossiers> dossier_repo_;
  std::shared_ptr<FakeCatalog> catalog_;
  std::shared_ptr<org::testing::InMemoryOrgRepository> org_;
  FakeClock clock_;
  blob::MemoryBlobStore blobs_;
  FakeForms forms_;
  dossier::DossierService dossiers_;
  FormService service_;
};

TEST_F(FormServiceTest, IntakePrintsTheReceiptAndTheSlipAndServesThem) {
  const auto d = Put("000.00.06.H05-261125-0001", MakeLocalTime(2026, 11, 25, 9, 0),
                     MakeLocalTime(2026, 12, 9, 9, 0), DossierStatus::kReceived, "create");
  service_.OnDossierChanged(d);
  EXPECT_EQ(KindsOf(d.code), (Kinds{FormKind::kReceipt, FormKind::kControlSlip}));
  const auto receipt = service_.Get(reception_, d.code, "receipt");
  ASSERT_TRUE(receipt.has_value()) << receipt.error().message;
  EXPECT_EQ(receipt->form.set_version, "tt03-2025");
  const auto text = documents::testing::PdfToText(receipt->pdf);
  EXPECT_NE(text.output.find(d.code), std::string::npos) << text.output;
  EXPECT_NE(text.output.find("Nguyễn Văn An"), std::string::npos) << text.output;
  EXPECT_EQ(service_.Get(reception_, d.code, "refusal").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(service_.Get(reception_, d.code, "invoice").error().code, ErrorCode::kNotFound);
}

TEST_F(FormServiceTest, TheListShowsTheNewestPrintOfEachForm) {
  auto d = Put("000.00.06.H05-261125-0001", MakeLocalTime(2026, 11, 25, 9, 0),
               MakeLocalTime(2026, 12, 9, 9, 0), DossierStatus::kReceived, "create");
  service_.OnDossierChanged(d);
  clock_.Advance(std::chrono::hours(3));
  d = Put(d.code, *d.received_at, *d.due_at, DossierStatus::kProcessing, "start_processing");
  service_.OnDossierChanged(d);
  EXPECT_EQ(forms_.rows.size(), 3u);  // every print is kept
  const auto list = service_.List(reception_, d.code);
  ASSERT_TRUE(list.has_value()) << list.error().message;
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[1].kind, FormKind::kControlSlip);
  EXPECT_EQ((*list)[1].id, 3);
  EXPECT_EQ((*list)[1].created_at, MakeLocalTime(2026, 11, 25, 12, 0));
}

TEST_F(FormServiceTest, FormsLostWithThePrintQueueArePrintedWhenRead) {
  // A crash after the intake committed and before the printer ran: no forms at all.
  auto d = Put("000.00.06.H05-261125-0001", MakeLocalTime(2026, 11, 25, 9, 0),
               MakeLocalTime(2026, 12, 9, 9, 0), DossierStatus::kReceived, "create");
  ASSERT_TRUE(forms_.rows.empty());
  const auto receipt = service_.Get(reception_, d.code, "receipt");
  ASSERT_TRUE(receipt.has_value()) << receipt.error().message;
  EXPECT_NE(documents::testing::PdfToText(receipt->pdf).output.find(d.code), std::string::npos);
  EXPECT_EQ(KindsOf(d.code), (Kinds{FormKind::kReceipt, FormKind::kControlSlip}));
  // Once there, reading prints nothing more.
  ASSERT_TRUE(service_.List(reception_, d.code).has_value());
  EXPECT_EQ(forms_.rows.size(), 2u);

  // A later step whose print was lost: the control slip on file predates it and is reprinted;
  // the receipt, still current, is not.
  clock_.Advance(std::chrono::hours(3));
  d = Put(d.code, *d.received_at, *d.due_at, DossierStatus::kProcessing, "start_processing");
  d.history.back().at = MakeLocalTime(2026, 11, 25, 11, 0);
  dossier_repo_->dossiers[d.code] = d;
  const auto list = service_.List(reception_, d.code);
  ASSERT_TRUE(list.has_value()) << list.error().message;
  EXPECT_EQ(KindsOf(d.code),
            (Kinds{FormKind::kReceipt, FormKind::kControlSlip, FormKind::kControlSlip}));
  EXPECT_EQ(list->back().created_at, MakeLocalTime(2026, 11, 25, 12, 0));
}

TEST_F(FormServiceTest, ADossierOfThe2018SetHasNoStopNotice) {
  const auto d = Put("000.00.06.H05-250630-0002", MakeLocalTime(2025, 6, 30, 14, 0),
                     MakeLocalTime(2025, 7, 14, 14, 0), DossierStatus::kStopped, "stop",
                     "Người yêu cầu rút hồ sơ");
  service_.OnDossierChanged(d);
  EXPECT_EQ(KindsOf(d.code), (Kinds{FormKind::kControlSlip}));
  const auto slip = service_.Get(specialist_, d.code, "control-slip");
  ASSERT_TRUE(slip.has_value()) << slip.error().message;
  EXPECT_EQ(slip->form.set_version, "tt01-2018");
  const auto text = documents::testing::PdfToText(slip->pdf);
  EXPECT_NE(text.output.find("Mẫu số 05"), std::string::npos) << text.output;
  EXPECT_NE(text.output.find("01/2018/TT-VPCP"), std::string::npos) << text.output;
}

TEST_F(FormServiceTest, TheApologyIsForOverdueDossiersOfTheHandlingAgency) {
  const auto d = Put("000.00.06.H05-261125-0001", MakeLocalTime(2026, 11, 25, 9, 0),
                     MakeLocalTime(2026, 12, 9, 9, 0), DossierStatus::kProcessing,
                     "start_processing");
  const Date new_day = MakeDate(2026, 12, 16);
  EXPECT_EQ(service_.Apologize(specialist_, d.code, "Chờ xác minh", new_day).error().reason,
            "not_overdue");
  clock_.Set(MakeLocalTime(2026, 12, 10, 9, 0));
  EXPECT_EQ(service_.Apologize(reception_, d.code, "Chờ xác minh", new_day).error().code,
            ErrorCode::kForbidden);
  EXPECT_EQ(service_.Apologize(specialist_, d.code, "", new_day).error().field, "reason");
  EXPECT_EQ(service_.Apologize(specialist_, d.code, "Chờ xác minh", MakeDate(2026, 12, 10))
                .error()
                .field,
            "new_due_date");
  const auto made = service_.Apologize(specialist_, d.code, "Chờ xác minh", new_day);
  ASSERT_TRUE(made.has_value()) << made.error().message;
  EXPECT_EQ(made->kind, FormKind::kApology);
  EXPECT_EQ(made->created_by, 2);
  EXPECT_EQ(KindsOf(d.code), (Kinds{FormKind::kApology}));
}

TEST_F(FormServiceTest, TheApologyRecordsTheNewDateAndASecondOneMovesIt) {
  Put("000.00.06.H05-261125-0001", MakeLocalTime(2026, 11, 25, 9, 0),
      MakeLocalTime(2026, 12, 9, 9, 0), DossierStatus::kProcessing, "start_processing");
  const std::string code = "000.00.06.H05-261125-0001";
  clock_.Set(MakeLocalTime(2026, 12, 10, 9, 0));
  // Saturday 12/12 is not a working day: refused before anything is printed.
  EXPECT_EQ(service_.Apologize(specialist_, code, "Chờ xác minh", MakeDate(2026, 12, 12))
                .error()
                .field,
            "new_due_date");
  EXPECT_TRUE(KindsOf(code).empty());
  ASSERT_TRUE(service_.Apologize(specialist_, code, "Chờ xác minh", MakeDate(2026, 12, 16))
                  .has_value());
  auto d = dossier_repo_->dossiers.at(code);
  EXPECT_EQ(d.promised_at, MakeLocalTime(2026, 12, 16, 17, 0));
  EXPECT_EQ(d.due_at, MakeLocalTime(2026, 12, 9, 9, 0));
  EXPECT_EQ(d.status, DossierStatus::kProcessing);
  ASSERT_EQ(d.history.size(), 3u);
  EXPECT_EQ(d.history[2].action, "apology");
  EXPECT_EQ(d.history[2].actor_user_id, 2);
  EXPECT_EQ(d.history[2].note, "Hẹn lại ngày trả kết quả: 16/12/2026. Lý do: Chờ xác minh");
  // The PDF kept says the same date.
  const auto pdf = service_.Get(specialist_, code, "apology");
  ASSERT_TRUE(pdf.has_value()) << pdf.error().message;
  EXPECT_NE(documents::testing::PdfToText(pdf->pdf).output.find("16/12/2026"), std::string::npos);

  clock_.Set(MakeLocalTime(2026, 12, 17, 9, 0));
  ASSERT_TRUE(service_.Apologize(specialist_, code, "Còn chờ xác minh", MakeDate(2026, 12, 23))
                  .has_value());
  d = dossier_repo_->dossiers.at(code);
  EXPECT_EQ(d.promised_at, MakeLocalTime(2026, 12, 23, 17, 0));
  EXPECT_EQ(d.history.size(), 4u);
  // Both apologies are kept (reading the first also printed the intake's forms, which this
  // dossier never had).
  const auto kinds = KindsOf(code);
  EXPECT_EQ(std::count(kinds.begin(), kinds.end(), FormKind::kApology), 2);
}

TEST_F(FormServiceTest, AnApologyThatCannotBeRecordedKeepsNoForm) {
  Put("000.00.06.H05-261125-0001", MakeLocalTime(2026, 11, 25, 9, 0),
      MakeLocalTime(2026, 12, 9, 9, 0), DossierStatus::kProcessing, "start_processing");
  const std::string code = "000.00.06.H05-261125-0001";
  clock_.Set(MakeLocalTime(2026, 12, 10, 9, 0));
  dossier_repo_->fail_reschedule =
      MakeError(ErrorCode::kConflict, "stale", "", "concurrent_update");
  EXPECT_EQ(service_.Apologize(specialist_, code, "Chờ xác minh", MakeDate(2026, 12, 16))
                .error()
                .reason,
            "concurrent_update");
  EXPECT_TRUE(KindsOf(code).empty());
  EXPECT_EQ(service_.Get(specialist_, code, "apology").error().code, ErrorCode::kNotFound);
  EXPECT_FALSE(dossier_repo_->dossiers.at(code).promised_at.has_value());
}

}  // namespace
}  // namespace motcua::forms
