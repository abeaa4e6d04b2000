// SPDX-License-Identifier: Apache-2.0
#include "dossier/dossier_json.h"

#include "common/local_time.h"

namespace motcua::dossier {
namespace {

using nlohmann::json;

json Time(const std::optional<Timestamp>& t) { return t ? json(FormatIso(*t)) : json(nullptr); }

}  // namespace

json DossierToJson(const Dossier& d, Timestamp now, bool with_history) {
  // Overdue is measured against the appointment; a dossier waiting on the applicant is not
  // late while it waits.
  const Timestamp until = d.finished_at.value_or(d.paused_at.value_or(now));
  const bool overdue = d.due_at && !IsFinal(d.status) && until > *d.due_at;
  json j = {
      {"code", d.code},
      {"procedure_code", d.procedure_code},
      {"procedure_version_id", d.procedure_version_id},
      {"status", StatusName(d.status)},
      {"status_code", NationalCode(d.status)},
      {"status_label", StatusLabelVi(d.status)},
      {"channel", ChannelName(d.channel)},
      {"channel_code", NationalChannelCode(d.channel)},
      {"applicant",
       {{"kind", d.applicant.kind},
        {"id_number", d.applicant.id_number},
        {"full_name", d.applicant.full_name},
        {"phone", d.applicant.phone},
        {"email", d.applicant.email},
        {"address", d.applicant.address}}},
      {"receiving_agency_id", d.receiving_agency_id},
      {"handling_agency_id", d.handling_agency_id},
      {"submitted_at", FormatIso(d.submitted_at)},
      {"received_at", Time(d.received_at)},
      {"due_at", Time(d.due_at)},
      {"promised_at", Time(d.promised_at)},
      {"paused_at", Time(d.paused_at)},
      {"finished_at", Time(d.finished_at)},
      {"returned_at", Time(d.returned_at)},
      {"overdue", overdue},
  };
  if (with_history) {
    json h = json::array();
    for (const auto& e : d.history) {
      h.push_back({{"at", FormatIso(e.at)},
                   {"actor", e.actor_name},
                   {"action", e.action},
                   {"from", e.from ? json(StatusName(*e.from)) : json(nullptr)},
                   {"to", StatusName(e.to)},
                   {"to_label", StatusLabelVi(e.to)},
                   {"note", e.note}});
    }
    j["history"] = std::move(h);
  }
  return j;
}

}  // namespace motcua::dossier
