// SPDX-License-Identifier: Apache-2.0
#include "forms/form_builder.h"

#include <cstdio>

#include "forms/form_parts.h"

namespace motcua::forms {
namespace {

using documents::Document;
using documents::DocumentBlock;
using internal::Addressee;
using internal::Begin;
using internal::IssueDateLine;
using internal::TimeOrBlank;

constexpr char kOneStopUnit[] = "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ";

std::string DeliveryVi(dossier::Channel c) {
  switch (c) {
    case dossier::Channel::kPostal:
      return "Qua dịch vụ bưu chính công ích";
    case dossier::Channel::kOnline:
    case dossier::Channel::kKiosk:
      return "Trực tuyến trên Cổng Dịch vụ công và trực tiếp tại Bộ phận Một cửa";
    case dossier::Channel::kCounter:
      break;
  }
  return "Trực tiếp tại Bộ phận Một cửa";
}

// The applicant lines every intake form repeats.
DocumentBlock ApplicantLines(const FormContext& ctx, const char* lead) {
  const auto& a = ctx.dossier.applicant;
  return DocumentBlock::KeyValue({{"Mã hồ sơ", ctx.dossier.code},
                                  {lead, a.full_name},
                                  {"Số định danh", a.id_number},
                                  {"Địa chỉ", a.address},
                                  {"Số điện thoại", a.phone},
                                  {"Thư điện tử", a.email},
                                  {"Nội dung yêu cầu giải quyết", ctx.procedure.version.rules.name}});
}

Document Receipt(const FormSet& set, const FormSpec& spec, const FormContext& ctx) {
  const auto& d = ctx.dossier;
  const auto& rules = ctx.procedure.version.rules;
  Document doc = Begin(set, spec, ctx.receiving_agency, kOneStopUnit);
  doc.blocks.push_back(DocumentBlock::Paragraph(ctx.receiving_agency.name + " tiếp nhận hồ sơ của:"));
  doc.blocks.push_back(ApplicantLines(ctx, "Ông/Bà (tổ chức)"));
  doc.blocks.push_back(DocumentBlock::Heading("Thành phần hồ sơ và số lượng mỗi loại giấy tờ"));
  std::vector<std::vector<std::string>> rows;
  for (const auto& c : rules.components) {
    rows.push_back({std::to_string(rows.size() + 1), c.name,
                    std::to_string(c.copies) + (c.required ? " bản, bắt buộc" : " bản, nếu có")});
  }
  if (rows.empty()) rows.push_back({"1", "Theo quy định của thủ tục", "01 bộ"});
  doc.blocks.push_back(DocumentBlock::Table({"STT", "Tên giấy tờ", "Số lượng"}, rows));
  doc.blocks.push_back(DocumentBlock::KeyValue(
      {{"Số lượng hồ sơ", "01 (bộ)"},
       {"Thời gian giải quyết hồ sơ theo quy định", internal::ProcessingTimeVi(rules.processing_time)},
       {"Thời gian nhận hồ sơ", TimeOrBlank(d.received_at)},
       {"Thời gian trả kết quả giải quyết hồ sơ", TimeOrBlank(d.due_at)},
       {"Cơ quan giải quyết", ctx.handling_agency.name},
       {"Nhận kết quả tại", DeliveryVi(d.channel)}}));
  doc.blocks.push_back(DocumentBlock::Qr(ctx.tracking_url_prefix + d.code,
                                         "Quét mã để tra cứu tình trạng hồ sơ " + d.code));
  doc.blocks.push_back(DocumentBlock::SignatureBox("NGƯỜI NỘP HỒ SƠ", d.applicant.full_name));
  doc.blocks.push_back(DocumentBlock::SignatureBox("NGƯỜI TIẾP NHẬN HỒ SƠ", ctx.officer_name));
  return doc;
}

Document SupplementRequest(const FormSet& set, const FormSpec& spec, const FormContext& ctx) {
  Document doc = Begin(set, spec, ctx.receiving_agency, kOneStopUnit);
  doc.blocks.push_back(DocumentBlock::Paragraph("Hồ sơ tiếp nhận lúc " +
                                                TimeOrBlank(ctx.dossier.received_at) + " của:"));
  doc.blocks.push_back(ApplicantLines(ctx, "Ông/Bà (tổ chức)"));
  doc.blocks.push_back(DocumentBlock::Paragraph(
      "Yêu cầu " + Addressee(ctx.dossier.applicant) +
      " bổ sung, hoàn thiện hồ sơ một lần, đầy đủ theo các nội dung sau:"));
  doc.blocks.push_back(DocumentBlock::Paragraph(ctx.note));
  doc.blocks.push_back(DocumentBlock::Paragraph(
      "Thời hạn giải quyết được tính lại kể từ ngày nhận đủ hồ sơ bổ sung. Trong quá trình hoàn "
      "thiện hồ sơ, nếu có vướng mắc, xin liên hệ " + ctx.receiving_agency.name +
      " để được hướng dẫn."));
  doc.blocks.push_back(DocumentBlock::SignatureBox("NGƯỜI HƯỚNG DẪN", ctx.officer_name));
  return doc;
}

Document Refusal(const FormSet& set, const FormSpec& spec, const FormContext& ctx) {
  Document doc = Begin(set, spec, ctx.receiving_agency, kOneStopUnit);
  doc.blocks.push_back(DocumentBlock::Paragraph(ctx.receiving_agency.name + " nhận hồ sơ lúc " +
                                                TimeOrBlank(ctx.dossier.received_at) + " của:"));
  doc.blocks.push_back(ApplicantLines(ctx, "Ông/Bà (tổ chức)"));
  doc.blocks.push_back(DocumentBlock::Paragraph(
      "Qua nghiên cứu, đối chiếu với quy định, hồ sơ không đủ điều kiện tiếp nhận, giải quyết "
      "với lý do cụ thể như sau:"));
  doc.blocks.push_back(DocumentBlock::Paragraph(ctx.note));
  doc.blocks.push_back(DocumentBlock::Paragraph("Xin thông báo để " +
                                                Addressee(ctx.dossier.applicant) + " được biết."));
  doc.blocks.push_back(
      DocumentBlock::SignatureBox("NGƯỜI NỘP HỒ SƠ", ctx.dossier.applicant.full_name));
  doc.blocks.push_back(DocumentBlock::SignatureBox("NGƯỜI TIẾP NHẬN HỒ SƠ", ctx.officer_name));
  return doc;
}

// Mẫu 04: in 2018 an apology with a new appointment; in 2025 an apology with a request to extend
// the processing time.
Document Apology(const FormSet& set, const FormSpec& spec, const FormContext& ctx) {
  const auto& d = ctx.dossier;
  const bool extension = set.effective_from >= MakeDate(2025, 7, 1);
  Document doc = Begin(set, spec, ctx.handling_agency, "");
  doc.blocks.push_back(DocumentBlock::Paragraph(
      extension ? "V/v xin lỗi và đề nghị gia hạn thời gian giải quyết hồ sơ"
                : "V/v xin lỗi và hẹn lại thời gian trả kết quả giải quyết hồ sơ"));
  doc.blocks.push_back(DocumentBlock::Paragraph("Kính gửi: " + Addressee(d.applicant) + " " +
                                                d.applicant.full_name));
  doc.blocks.push_back(DocumentBlock::Paragraph(
      "Ngày " + TimeOrBlank(d.received_at) + ", " + ctx.receiving_agency.name +
      " tiếp nhận hồ sơ đề nghị giải quyết thủ tục " + ctx.procedure.version.rules.name +
      ". Mã hồ sơ: " + d.code + ". Thời gian hẹn trả kết quả: " + TimeOrBlank(d.due_at) + "."));
  doc.blocks.push_back(DocumentBlock::Paragraph(
      "Tuy nhiên, đến nay " + ctx.handling_agency.name +
      " chưa trả kết quả giải quyết hồ sơ đúng hạn. Lý do: " + ctx.note));
  const std::string new_day = ctx.new_due_date ? FormatDateVi(*ctx.new_due_date) : "";
  doc.blocks.push_back(DocumentBlock::Paragraph(
      ctx.handling_agency.name + " xin lỗi " + Addressee(d.applicant) +
      " vì sự chậm trễ này và " +
      (extension ? "đề nghị gia hạn thời gian giải quyết, hẹn trả kết quả vào ngày "
                 : "hẹn lại thời gian trả kết quả vào ngày ") +
      new_day + "."));
  doc.blocks.push_back(DocumentBlock::KeyValue({{"Ngày hẹn trả kết quả mới", new_day}}));
  doc.blocks.push_back(DocumentBlock::SignatureBox("THỦ TRƯỞNG CƠ QUAN", ctx.officer_name));
  return doc;
}

Document StopNotice(const FormSet& set, const FormSpec& spec, const FormContext& ctx) {
  const auto& d = ctx.dossier;
  Document doc = Begin(set, spec, ctx.handling_agency, "");
  doc.blocks.push_back(DocumentBlock::Paragraph("Kính gửi: " + Addressee(d.applicant) + " " +
                                                d.applicant.full_name));
  doc.blocks.push_back(ApplicantLines(ctx, "Người nộp hồ sơ"));
  doc.blocks.push_back(DocumentBlock::KeyValue(
      {{"Thời gian nhận hồ sơ", TimeOrBlank(d.received_at)},
       {"Thời gian hẹn trả kết quả", TimeOrBlank(d.due_at)}}));
  doc.blocks.push_back(DocumentBlock::Paragraph(
      ctx.handling_agency.name + " thông báo dừng giải quyết hồ sơ nêu trên kể từ ngày " +
      FormatDateVi(LocalDate(ctx.issued_at)) + ". Lý do: " + ctx.note));
  doc.blocks.push_back(DocumentBlock::SignatureBox("THỦ TRƯỞNG CƠ QUAN", ctx.officer_name));
  return doc;
}

}  // namespace

Date ReceiptDay(const dossier::Dossier& d) {
  return LocalDate(d.received_at.value_or(d.submitted_at));
}

std::string FormatTimeVi(Timestamp t) {
  const LocalDateTime l = ToLocal(t);
  const int minutes = static_cast<int>(l.time_of_day.count() / 60 % (24 * 60));
  char hhmm[16];
  std::snprintf(hhmm, sizeof hhmm, "%02d:%02d", minutes / 60, minutes % 60);
  return std::string(hhmm) + " " + FormatDateVi(l.date);
}

Result<BuiltForm> BuildForm(FormKind kind, const FormContext& ctx) {
  MOTCUA_ASSIGN_OR_RETURN(found, FindForm(kind, ReceiptDay(ctx.dossier)));
  const auto& [set, spec] = found;
  if (kind == FormKind::kApology && !ctx.new_due_date) {
    return MakeError(ErrorCode::kInvalidArgument, "Cần ngày hẹn trả kết quả mới",
                     "new_due_date");
  }
  BuiltForm built{set, spec, {}};
  switch (kind) {
    case FormKind::kReceipt:
      built.document = Receipt(*set, spec, ctx);
      break;
    case FormKind::kSupplementRequest:
      built.document = SupplementRequest(*set, spec, ctx);
      break;
    case FormKind::kRefusal:
      built.document = Refusal(*set, spec, ctx);
      break;
    case FormKind::kApology:
      built.document = Apology(*set, spec, ctx);
      break;
    case FormKind::kStopNotice:
      built.document = StopNotice(*set, spec, ctx);
      break;
    case FormKind::kControlSlip:
      built.document = internal::BuildControlSlip(*set, spec, ctx);
      break;
    case FormKind::kTrackingBook:
      built.document = internal::BuildTrackingBook(*set, spec, ctx);
      break;
  }
  built.document.blocks.insert(built.document.blocks.begin() + 2,
                               DocumentBlock::Paragraph(IssueDateLine(ctx.issued_at)));
  return built;
}

}  // namespace motcua::forms
