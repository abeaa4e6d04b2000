// SPDX-License-Identifier: Apache-2.0
// Renders every form of both sets and reads it back with pdftotext.
#include "forms/form_builder.h"

#include <gtest/gtest.h>

#include "documents/pdf_renderer.h"
#include "documents/poppler_cli_for_test.h"

namespace motcua::forms {
namespace {

using documents::testing::PdfToText;

// A dossier received at `received`, due `due`, with a history of three hand-overs.
FormContext Sample(Timestamp received, Timestamp due, const std::string& code) {
  FormContext ctx;
  auto& d = ctx.dossier;
  d.code = code;
  d.status = dossier::DossierStatus::kProcessing;
  d.applicant = {"citizen", "027195012345", "Nguyễn Thị Hoa", "0912000111", "",
                 "Phường Kinh Bắc, tỉnh Bắc Ninh"};
  d.submitted_at = received;
  d.received_at = received;
  d.due_at = due;
  d.history = {
      {received, 1, "Trần Thị Bích Ngọc", "create", std::nullopt,
       dossier::DossierStatus::kReceived, ""},
      {received + std::chrono::hours(2), 2, "Lê Văn Chuyên", "start_processing",
       dossier::DossierStatus::kReceived, dossier::DossierStatus::kProcessing, ""},
      {due + std::chrono::hours(30), 2, "Lê Văn Chuyên", "request_supplement",
       dossier::DossierStatus::kProcessing, dossier::DossierStatus::kSupplementRequested,
       "Bổ sung giấy xác nhận cư trú"},
  };
  ctx.procedure.code = "2.000488";
  ctx.procedure.version.rules.name = "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam";
  ctx.procedure.version.rules.processing_time = {10, calendar::TimeUnit::kWorkingDays};
  ctx.procedure.version.rules.components = {
      {"to-khai", "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", true, 1},
      {"cccd", "Bản chụp Căn cước công dân", true, 1}};
  ctx.receiving_agency = {1, "000.00.06.H05", "Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh"};
  ctx.handling_agency = {2, "000.00.07.H05", "Sở Tư pháp tỉnh Bắc Ninh"};
  ctx.officer_name = "Trần Thị Bích Ngọc";
  ctx.note = "Hồ sơ thiếu tờ khai có chữ ký của người yêu cầu";
  ctx.new_due_date = MakeDate(2026, 12, 23);
  ctx.tracking_url_prefix = "https://motcua.example.vn/tra-cuu/";
  ctx.issued_at = received + std::chrono::hours(24 * 20);
  return ctx;
}

// The text with every run of whitespace made one space: lines and table cells wrap where the
// layout needs, and "09:00 25/11/2026" may come out over two lines.
std::string Collapse(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

std::string Text(FormKind kind, const FormContext& ctx) {
  auto built = BuildForm(kind, ctx);
  EXPECT_TRUE(built.has_value()) << FormKindName(kind) << ": " << built.error().message;
  if (!built) return "";
  auto pdf = documents::RenderPdf(built->document);
  EXPECT_TRUE(pdf.has_value()) << pdf.error().message;
  if (!pdf) return "";
  auto text = PdfToText(*pdf);
  EXPECT_EQ(text.exit_code, 0) << text.output;
  return Collapse(text.output);
}

void ExpectAll(const std::string& text, std::initializer_list<std::string> expected,
               FormKind kind) {
  for (const auto& e : expected) {
    EXPECT_NE(text.find(e), std::string::npos)
        << FormKindName(kind) << ": missing \"" << e << "\" in:\n"
        << text;
  }
}

struct SetCase {
  Timestamp received;
  Timestamp due;
  std::string code;
  std::string circular;
  std::vector<std::pair<FormKind, std::string>> numbers;
};

class EveryForm : public ::testing::TestWithParam<int> {};

SetCase CaseFor(int which) {
  if (which == 2018) {
    return {MakeLocalTime(2023, 10, 27, 9, 32), MakeLocalTime(2023, 11, 3, 9, 32),
            "000.00.06.H05-231027-0361", "01/2018/TT-VPCP",
            {{FormKind::kReceipt, "Mẫu số 01"}, {FormKind::kSupplementRequest, "Mẫu số 02"},
             {FormKind::kRefusal, "Mẫu số 03"}, {FormKind::kApology, "Mẫu số 04"},
             {FormKind::kControlSlip, "Mẫu số 05"}, {FormKind::kTrackingBook, "Mẫu số 06"}}};
  }
  return {MakeLocalTime(2026, 11, 25, 9, 0), MakeLocalTime(2026, 12, 9, 9, 0),
          "000.00.06.H05-261125-0001", "03/2025/TT-VPCP",
          {{FormKind::kReceipt, "Mẫu số 01"}, {FormKind::kSupplementRequest, "Mẫu số 02"},
           {FormKind::kRefusal, "Mẫu số 03"}, {FormKind::kApology, "Mẫu số 04"},
           {FormKind::kStopNotice, "Mẫu số 05"}, {FormKind::kControlSlip, "Mẫu số 06"},
           {FormKind::kTrackingBook, "Mẫu số 07"}}};
}

TEST_P(EveryForm, CarriesCodeNamesDatesAndItsNumber) {
  const SetCase c = CaseFor(GetParam());
  const FormContext ctx = Sample(c.received, c.due, c.code);
  const std::string received = FormatTimeVi(c.received);
  for (const auto& [kind, number] : c.numbers) {
    const std::string text = Text(kind, ctx);
    ExpectAll(text,
              {c.code, "Nguyễn Thị Hoa", received, FormatDateVi(LocalDate(ctx.issued_at)), number,
               c.circular, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
              kind);
  }
}

INSTANTIATE_TEST_SUITE_P(Sets, EveryForm, ::testing::Values(2018, 2025));

TEST(BuildForm, TheReceiptPrintsTheAppointmentAndTheTrackingLink) {
  const FormContext ctx = Sample(MakeLocalTime(2026, 11, 25, 9, 0),
                                 MakeLocalTime(2026, 12, 9, 9, 0), "000.00.06.H05-261125-0001");
  auto built = BuildForm(FormKind::kReceipt, ctx);
  ASSERT_TRUE(built.has_value());
  bool has_qr = false;
  for (const auto& b : built->document.blocks) {
    if (b.kind == documents::DocumentBlock::Kind::kQr) {
      has_qr = true;
      EXPECT_EQ(b.text, "https://motcua.example.vn/tra-cuu/000.00.06.H05-261125-0001");
    }
  }
  EXPECT_TRUE(has_qr);
  ExpectAll(Text(FormKind::kReceipt, ctx),
            {"09:00 25/11/2026", "09:00 09/12/2026", "10 ngày làm việc",
             "Bản chụp Căn cước công dân", "1 bản, bắt buộc", "Trần Thị Bích Ngọc",
             "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"},
            FormKind::kReceipt);
}

TEST(BuildForm, TheControlSlipMarksEachHandOver) {
  const FormContext ctx = Sample(MakeLocalTime(2026, 11, 25, 9, 0),
                                 MakeLocalTime(2026, 12, 9, 9, 0), "000.00.06.H05-261125-0001");
  const std::string text = Text(FormKind::kControlSlip, ctx);
  ExpectAll(text, {"Trước hạn", "Quá hạn", "Lê Văn Chuyên", "Sở Tư pháp tỉnh Bắc Ninh",
                   "Bổ sung giấy xác nhận cư trú"},
            FormKind::kControlSlip);
  EXPECT_EQ(text.find("Đúng hạn"), std::string::npos);
}

TEST(BuildForm, AnApologyIsNoHandOverOnTheControlSlip) {
  FormContext ctx = Sample(MakeLocalTime(2026, 11, 25, 9, 0), MakeLocalTime(2026, 12, 9, 9, 0),
                           "000.00.06.H05-261125-0001");
  const std::string before = Text(FormKind::kControlSlip, ctx);
  auto& history = ctx.dossier.history;
  history.push_back({MakeLocalTime(2026, 12, 10, 9, 0), 9, "Nguyễn Văn Xin", "apology",
                     history.back().to, history.back().to,
                     "Hẹn lại ngày trả kết quả: 16/12/2026. Lý do: Chờ xác minh"});
  const std::string after = Text(FormKind::kControlSlip, ctx);
  EXPECT_EQ(after.find("Nguyễn Văn Xin"), std::string::npos) << after;
  EXPECT_EQ(after.find("apology"), std::string::npos) << after;
  EXPECT_EQ(after, before);
}

TEST(BuildForm, TheApologyCarriesTheNewDateAndTheReason) {
  const FormContext ctx = Sample(MakeLocalTime(2026, 11, 25, 9, 0),
                                 MakeLocalTime(2026, 12, 9, 9, 0), "000.00.06.H05-261125-0001");
  ExpectAll(Text(FormKind::kApology, ctx),
            {"23/12/2026", "Hồ sơ thiếu tờ khai có chữ ký của người yêu cầu",
             "đề nghị gia hạn"},
            FormKind::kApology);
  FormContext no_date = ctx;
  no_date.new_due_date.reset();
  EXPECT_EQ(BuildForm(FormKind::kApology, no_date).error().field, "new_due_date");
}

TEST(BuildForm, The2018SetHasNoStopNotice) {
  const FormContext ctx = Sample(MakeLocalTime(2025, 6, 30, 14, 0),
                                 MakeLocalTime(2025, 7, 14, 14, 0), "000.00.06.H05-250630-0002");
  const auto built = BuildForm(FormKind::kStopNotice, ctx);
  ASSERT_FALSE(built.has_value());
  EXPECT_EQ(built.error().reason, "form_not_in_set");
  EXPECT_NE(built.error().message.find("30/06/2025"), std::string::npos);
}

}  // namespace
}  // namespace motcua::forms
