// SPDX-License-Identifier: Apache-2.0
#include "transfer/manifest.h"

#include <nlohmann/json.hpp>

#include "common/local_time.h"
#include "identity/secure_random.h"

namespace motcua::transfer {
namespace {

using nlohmann::json;

json AgencyJson(const AgencyRef& a) { return {{"code", a.code}, {"name", a.name}}; }

Error BadManifest(const std::string& why) {
  return MakeError(ErrorCode::kInvalidArgument, "Bản kê chuyển hồ sơ không hợp lệ: " + why, "",
                   "bad_manifest");
}

}  // namespace

std::string ToCanonicalJson(const Manifest& m) {
  json files = json::array();
  for (const auto& f : m.files) {
    files.push_back({{"component_id", f.component_id},
                     {"file_name", f.file_name},
                     {"detected_type", f.detected_type},
                     {"size_bytes", f.size_bytes},
                     {"sha256", f.sha256}});
  }
  // nlohmann::json keeps object members in a std::map, so keys come out in byte order, and
  // dump() without indentation writes no whitespace: the canonical form needs nothing more.
  const json doc = {{"format", kManifestFormat},
                    {"version", kManifestVersion},
                    {"transfer_id", m.transfer_id},
                    {"dossier_code", m.dossier_code},
                    {"procedure_code", m.procedure_code},
                    {"from", AgencyJson(m.from)},
                    {"to", AgencyJson(m.to)},
                    {"created_at", FormatIso(m.created_at)},
                    {"note", m.note},
                    {"files", files}};
  return doc.dump(-1, ' ', false, json::error_handler_t::replace);
}

Result<Manifest> ParseManifest(std::string_view text) {
  const json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return BadManifest("không phải JSON");
  try {
    if (doc.at("format") != kManifestFormat || doc.at("version") != kManifestVersion) {
      return BadManifest("định dạng hoặc phiên bản không được hỗ trợ");
    }
    Manifest m;
    m.transfer_id = doc.at("transfer_id").get<std::string>();
    m.dossier_code = doc.at("dossier_code").get<std::string>();
    m.procedure_code = doc.at("procedure_code").get<std::string>();
    m.from = {doc.at("from").at("code").get<std::string>(),
              doc.at("from").at("name").get<std::string>()};
    m.to = {doc.at("to").at("code").get<std::string>(), doc.at("to").at("name").get<std::string>()};
    auto created = ParseIso(doc.at("created_at").get<std::string>());
    if (!created) return BadManifest("thời điểm tạo không hợp lệ");
    m.created_at = *created;
    m.note = doc.at("note").get<std::string>();
    for (const auto& f : doc.at("files")) {
      m.files.push_back({f.at("component_id").get<std::string>(),
                         f.at("file_name").get<std::string>(),
                         f.at("detected_type").get<std::string>(),
                         f.at("size_bytes").get<long long>(), f.at("sha256").get<std::string>()});
    }
    return m;
  } catch (const json::exception&) {
    return BadManifest("thiếu trường hoặc sai kiểu dữ liệu");
  }
}

std::string NewTransferId() {
  std::string b = identity::RandomBytes(16);
  b[6] = static_cast<char>((b[6] & 0x0f) | 0x40);  // version 4 (RFC 9562 section 5.4)
  b[8] = static_cast<char>((b[8] & 0x3f) | 0x80);  // variant 10
  const std::string hex = identity::HexEncode(b);
  return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
         hex.substr(16, 4) + "-" + hex.substr(20);
}

}  // namespace motcua::transfer
