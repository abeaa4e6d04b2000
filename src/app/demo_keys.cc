// SPDX-License-Identifier: Apache-2.0
#include "app/demo_keys.h"

#include <filesystem>
#include <fstream>

#include "signing/test_ca.h"

namespace motcua::app {
namespace {

namespace fs = std::filesystem;

Status WriteFile(const fs::path& path, const std::string& bytes, bool secret) {
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    if (!out) return MakeError(ErrorCode::kUnavailable, "cannot write " + path.string());
  }
  if (secret) {
    std::error_code ec;
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write, ec);
  }
  return Ok();
}

}  // namespace

Status CreateDemoKeys(const std::string& data_dir, const std::vector<org::Agency>& agencies,
                      const std::string& password, Timestamp now) {
  const fs::path dir = fs::path(data_dir) / "keys";
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return MakeError(ErrorCode::kUnavailable, "cannot create " + dir.string());
  MOTCUA_ASSIGN_OR_RETURN(ca, signing::CreateTestCa("motcua demo CA (không dùng thật)", now));
  MOTCUA_TRY(WriteFile(dir / "ca.pem", ca.certificate_pem, false));
  MOTCUA_TRY(WriteFile(dir / "ca-key.pem", ca.private_key_pem, true));
  for (const auto& agency : agencies) {
    signing::AgencyCertificateRequest request;
    request.common_name = agency.name;
    request.organization = "motcua demo";
    request.password = password;
    MOTCUA_ASSIGN_OR_RETURN(p12, signing::IssueAgencyPkcs12(ca, request, now));
    MOTCUA_TRY(WriteFile(dir / (agency.code + ".p12"), p12, true));
    MOTCUA_TRY(WriteFile(dir / (agency.code + ".pass"), password, true));
  }
  return Ok();
}

}  // namespace motcua::app
