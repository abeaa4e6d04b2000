// SPDX-License-Identifier: Apache-2.0
// The shared pieces of the forms, and the two forms built from a dossier's whole course: the
// control slip and the tracking book.
#include "forms/form_parts.h"

#include "dossier/transitions.h"
#include "forms/timeliness.h"

namespace motcua::forms::internal {
namespace {

using documents::Document;
using documents::DocumentBlock;

// Actions of the one-stop unit (reception and return); the others happen at the handling agency.
bool AtOneStop(std::string_view action) {
  return action == "create" || action == "accept" || action == "reject" ||
         action == "submit_supplement" || action == "return_result";
}

std::string ActionLabel(std::string_view action) {
  if (action == "create") return "Tiếp nhận hồ sơ";
  if (action == "apology") return "Xin lỗi, hẹn lại ngày trả kết quả";
  if (auto a = dossier::ParseAction(action)) return std::string(dossier::ActionLabelVi(*a));
  return std::string(action);
}

}  // namespace

Document Begin(const FormSet& set, const FormSpec& spec, const org::Agency& agency,
               std::string_view unit_line) {
  Document doc;
  doc.title = spec.title;
  doc.header_left = agency.name;
  if (!unit_line.empty()) doc.header_left += "\n" + std::string(unit_line);
  doc.blocks.push_back(DocumentBlock::Paragraph("Mẫu số " + spec.number +
                                                " (Ban hành kèm theo " + set.circular + ")"));
  doc.blocks.push_back(DocumentBlock::Title(spec.title));
  return doc;
}

std::string IssueDateLine(Timestamp t) {
  const Date d = LocalDate(t);
  const std::string day = FormatDateVi(d);  // dd/mm/yyyy
  return "Ngày " + day.substr(0, 2) + " tháng " + day.substr(3, 2) + " năm " + day.substr(6) +
         " (" + day + ")";
}

std::string TimeOrBlank(const std::optional<Timestamp>& t) {
  return t ? FormatTimeVi(*t) : std::string();
}

std::string ProcessingTimeVi(const calendar::ProcessingTime& t) {
  if (t.amount == 0 && t.unit == calendar::TimeUnit::kWorkingDays) return "Trong ngày";
  return std::to_string(t.amount) +
         (t.unit == calendar::TimeUnit::kWorkingHours ? " giờ làm việc" : " ngày làm việc");
}

std::string Addressee(const dossier::Applicant& a) {
  return a.kind == "organization" ? "Quý tổ chức" : "Ông/Bà";
}

// Mẫu 05 (2018) / 06 (2025): one row per hand-over in the history. The giver of a step is
// whoever acted before it (the applicant, for the reception itself); each row is marked against
// the dossier's due time in force (pauses for supplements already moved it).
Document BuildControlSlip(const FormSet& set, const FormSpec& spec, const FormContext& ctx) {
  const auto& d = ctx.dossier;
  Document doc = Begin(set, spec, ctx.receiving_agency, "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ");
  doc.blocks.push_back(DocumentBlock::KeyValue(
      {{"Mã hồ sơ", d.code},
       {"Kèm theo hồ sơ của", d.applicant.full_name},
       {"Nội dung yêu cầu giải quyết", ctx.procedure.version.rules.name},
       {"Ngày nhận hồ sơ", TimeOrBlank(d.received_at)},
       {"Ngày hẹn trả kết quả", TimeOrBlank(d.due_at)}}));
  std::vector<std::vector<std::string>> rows;
  std::string giver = d.applicant.full_name;
  for (const auto& h : d.history) {
    // An apology changes the promised date, not who holds the dossier: no hand-over row.
    if (h.action == "apology") continue;
    const std::string unit =
        AtOneStop(h.action) ? ctx.receiving_agency.name : ctx.handling_agency.name;
    const std::string result =
        d.due_at ? std::string(TimelinessLabelVi(ClassifyHandOver(h.at, *d.due_at))) : "";
    std::string note = ActionLabel(h.action);
    if (!h.note.empty()) note += ": " + h.note;
    rows.push_back({unit, FormatTimeVi(h.at), giver, h.actor_name, result, note});
    giver = h.actor_name;
  }
  doc.blocks.push_back(DocumentBlock::Table(
      {"Tên cơ quan, đơn vị", "Thời gian giao, nhận hồ sơ", "Bên giao", "Bên nhận",
       "Kết quả (trước hạn / đúng hạn / quá hạn)", "Ghi chú"},
      rows));
  return doc;
}

// Mẫu 06 (2018) / 07 (2025): the book's entry for the dossier. The book has thirteen columns,
// too many for an A4 portrait page, so each entry is printed as labelled lines.
Document BuildTrackingBook(const FormSet& set, const FormSpec& spec, const FormContext& ctx) {
  const auto& d = ctx.dossier;
  Document doc = Begin(set, spec, ctx.receiving_agency, "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ");
  std::optional<Timestamp> sent, result_back;
  for (const auto& h : d.history) {
    if (!sent && h.action == "start_processing") sent = h.at;
    if (h.action == "finish") result_back = h.at;
  }
  const std::string contact =
      d.applicant.address + (d.applicant.phone.empty() ? "" : ", " + d.applicant.phone);
  doc.blocks.push_back(DocumentBlock::Heading("Số thứ tự 1"));
  doc.blocks.push_back(DocumentBlock::KeyValue(
      {{"Mã hồ sơ", d.code},
       {"Tên thủ tục hành chính", ctx.procedure.version.rules.name},
       {"Số lượng hồ sơ", "01 (bộ)"},
       {"Tên cá nhân, tổ chức", d.applicant.full_name},
       {"Địa chỉ, số điện thoại", contact},
       {"Cơ quan chủ trì giải quyết", ctx.handling_agency.name},
       {"Ngày, tháng, năm nhận hồ sơ", TimeOrBlank(d.received_at)},
       {"Ngày hẹn trả kết quả", TimeOrBlank(d.due_at)},
       {"Chuyển hồ sơ đến cơ quan giải quyết", TimeOrBlank(sent)},
       {"Nhận kết quả giải quyết", TimeOrBlank(result_back)},
       {"Trả kết quả cho cá nhân, tổ chức", TimeOrBlank(d.returned_at)},
       {"Ghi chú", std::string(dossier::StatusLabelVi(d.status))}}));
  return doc;
}

}  // namespace motcua::forms::internal
