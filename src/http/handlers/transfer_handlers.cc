// SPDX-License-Identifier: Apache-2.0
// Signed transfers of component files between agencies: send, list, read, receive.
#include <charconv>

#include "http/handlers/handler_support.h"
#include "transfer/base64.h"

namespace motcua::http {
namespace {

using nlohmann::json;
using transfer::Transfer;

// One side of a transfer: its id, with the code and name the signed manifest gives.
json AgencyJson(long long id, const json& manifest, const char* side) {
  json j = {{"id", id}, {"code", nullptr}, {"name", nullptr}};
  if (manifest.is_object() && manifest.contains(side) && manifest[side].is_object()) {
    j["code"] = manifest[side].value("code", "");
    j["name"] = manifest[side].value("name", "");
  }
  return j;
}

// The public view of a transfer; `full` adds the manifest and the signature itself.
json TransferToJson(const Transfer& t, bool full) {
  const json manifest = json::parse(t.manifest, nullptr, false);
  json signature = {{"signer", t.signer_name},
                    {"format", "cms-detached-der"},
                    {"size_bytes", t.signature.size()}};
  json j = {{"id", t.id},
            {"transfer_id", t.uuid},
            {"dossier_code", t.dossier_code},
            {"state", transfer::TransferStateName(t.state)},
            {"from_agency", AgencyJson(t.from_agency_id, manifest, "from")},
            {"to_agency", AgencyJson(t.to_agency_id, manifest, "to")},
            {"file_count",
             manifest.is_object() && manifest.contains("files") ? manifest["files"].size() : 0},
            {"created_at", FormatIso(t.created_at)},
            {"decided_at", t.decided_at ? json(FormatIso(*t.decided_at)) : json(nullptr)},
            {"refusal", t.state == transfer::TransferState::kRefused
                            ? json{{"reason", t.reason}, {"message", t.reason_message}}
                            : json(nullptr)}};
  if (full) {
    j["manifest"] = manifest.is_discarded() ? json(nullptr) : manifest;
    signature["base64"] = transfer::Base64Encode(t.signature);
  }
  j["signature"] = std::move(signature);
  return j;
}

Result<transfer::SendRequest> ParseSend(const json& body) {
  transfer::SendRequest r;
  MOTCUA_ASSIGN_OR_RETURN(to, StringField(body, "to_agency", true));
  r.to_agency_code = to;
  MOTCUA_ASSIGN_OR_RETURN(note, StringField(body, "note"));
  r.note = note;
  if (const auto ids = body.find("component_ids"); ids != body.end() && !ids->is_null()) {
    if (!ids->is_array()) {
      return MakeError(ErrorCode::kInvalidArgument,
                       "Trường \"component_ids\" phải là danh sách mã thành phần hồ sơ",
                       "component_ids");
    }
    for (const auto& id : *ids) {
      if (!id.is_string() || id.get<std::string>().empty()) {
        return MakeError(ErrorCode::kInvalidArgument,
                         "Mỗi phần tử của \"component_ids\" phải là một mã thành phần hồ sơ",
                         "component_ids");
      }
      r.component_ids.push_back(id.get<std::string>());
    }
  }
  return r;
}

// The {id} of the path; an id that is not a number names no transfer.
Result<long long> TransferId(const Request& req) {
  const std::string text = req.Param("id");
  long long id = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || ptr != text.data() + text.size() || id <= 0) {
    return MakeError(ErrorCode::kNotFound, "Không tìm thấy lần chuyển hồ sơ \"" + text + "\"");
  }
  return id;
}

Result<transfer::Direction> ParseDirection(const std::string& text) {
  if (text.empty() || text == "all") return transfer::Direction::kBoth;
  if (text == "incoming") return transfer::Direction::kIncoming;
  if (text == "outgoing") return transfer::Direction::kOutgoing;
  return MakeError(ErrorCode::kInvalidArgument,
                   "Tham số \"direction\" phải là incoming, outgoing hoặc all", "direction");
}

}  // namespace

void RegisterTransferRoutes(Router& router, const ApiServices& s) {
  router.Add("POST", "/api/v1/dossiers/{code}/transfers", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto body = ParseJsonObject(req);
    if (!body) return Fail(req, body.error());
    auto send = ParseSend(*body);
    if (!send) return Fail(req, send.error());
    auto sent = s.transfers->Send(identity::ToPrincipal(*user), req.Param("code"), *send);
    if (!sent) return Fail(req, sent.error());
    Response r = Json(201, TransferToJson(*sent, true));
    r.headers.emplace_back("Location", "/api/v1/transfers/" + std::to_string(sent->id));
    return r;
  });

  router.Add("GET", "/api/v1/transfers", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto direction = ParseDirection(req.Query("direction"));
    if (!direction) return Fail(req, direction.error());
    auto list = s.transfers->List(identity::ToPrincipal(*user), *direction);
    if (!list) return Fail(req, list.error());
    json items = json::array();
    for (const auto& t : *list) items.push_back(TransferToJson(t, false));
    return Json(200, {{"items", items}});
  });

  router.Add("GET", "/api/v1/transfers/{id}", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto id = TransferId(req);
    if (!id) return Fail(req, id.error());
    auto t = s.transfers->Get(identity::ToPrincipal(*user), *id);
    if (!t) return Fail(req, t.error());
    return Json(200, TransferToJson(*t, true));
  });

  router.Add("POST", "/api/v1/transfers/{id}/receive", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto id = TransferId(req);
    if (!id) return Fail(req, id.error());
    auto received = s.transfers->Receive(identity::ToPrincipal(*user), *id);
    if (!received) return Fail(req, received.error());
    const auto& v = received->verification;
    if (!v.accepted) {
      // Recorded as refused; the sender has to send again once the cause is fixed.
      return Fail(req, MakeError(ErrorCode::kFailedPrecondition, "Từ chối tiếp nhận: " + v.message,
                                 "", v.reason));
    }
    json j = TransferToJson(received->transfer, true);
    j["verification"] = {
        {"intact", v.signature.intact},
        {"trusted", v.signature.trusted},
        {"signer", v.signature.signer_common_name},
        {"signing_time",
         v.signature.signing_time ? json(FormatIso(*v.signature.signing_time)) : json(nullptr)},
        {"files_checked", v.manifest.files.size()}};
    return Json(200, j);
  });
}

}  // namespace motcua::http
