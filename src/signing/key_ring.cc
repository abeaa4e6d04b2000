// SPDX-License-Identifier: Apache-2.0
#include "signing/key_ring.h"

#include <fcntl.h>
#include <unistd.h>

#include <fstream>
#include <optional>
#include <sstream>

namespace motcua::signing {
namespace {

namespace fs = std::filesystem;

std::optional<std::string> ReadWholeFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Agency codes (e.g. 000.00.06.H05) become file names: letters, digits, dots and dashes only.
bool IsSafeCode(const std::string& code) {
  if (code.empty() || code.size() > 64 || code[0] == '.') return false;
  for (char c : code) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

std::string TrimNewline(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

}  // namespace

Status WriteFileAtomically(const fs::path& path, std::string_view bytes, bool secret) {
  const fs::path temp = path.string() + ".tmp";
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, secret ? 0600 : 0644);
  if (fd < 0) return MakeError(ErrorCode::kUnavailable, "cannot write " + temp.string());
  size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n <= 0) {
      ::close(fd);
      return MakeError(ErrorCode::kUnavailable, "cannot write " + temp.string());
    }
    written += static_cast<size_t>(n);
  }
  const bool synced = ::fsync(fd) == 0;
  ::close(fd);
  if (!synced || ::rename(temp.c_str(), path.c_str()) != 0) {
    return MakeError(ErrorCode::kUnavailable, "cannot replace " + path.string());
  }
  return Ok();
}

Result<std::shared_ptr<const PdfSigner>> KeyRing::SignerFor(const std::string& agency_code) {
  std::lock_guard lock(mutex_);
  if (auto it = cache_.find(agency_code); it != cache_.end()) return it->second;
  auto p12 = IsSafeCode(agency_code) ? ReadWholeFile(dir_ / (agency_code + ".p12")) : std::nullopt;
  auto password = p12 ? ReadWholeFile(dir_ / (agency_code + ".pass")) : std::nullopt;
  if (!p12 || !password) {
    return MakeError(ErrorCode::kFailedPrecondition,
                     "Cơ quan " + agency_code + " chưa được cài đặt chứng thư số để ký", "",
                     "no_signing_key");
  }
  auto signer = PdfSigner::FromPkcs12(*p12, TrimNewline(*password));
  if (!signer) {
    return MakeError(ErrorCode::kInternal,
                     "signing key of " + agency_code + " does not load: " + signer.error().message);
  }
  auto shared = std::make_shared<const PdfSigner>(std::move(*signer));
  cache_[agency_code] = shared;
  return shared;
}

std::vector<std::string> KeyRing::TrustedCaPems() const {
  std::vector<std::string> out;
  if (auto ca = ReadWholeFile(dir_ / "ca.pem")) out.push_back(*ca);
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir_ / "trusted", ec)) {
    if (entry.path().extension() != ".pem") continue;
    if (auto pem = ReadWholeFile(entry.path())) out.push_back(*pem);
  }
  return out;
}

Status KeyRing::Install(const std::string& agency_code, std::string_view p12,
                        std::string_view password) {
  if (!IsSafeCode(agency_code)) {
    return MakeError(ErrorCode::kInvalidArgument, "Mã cơ quan không hợp lệ", "agency_code");
  }
  auto signer = PdfSigner::FromPkcs12(p12, password);
  if (!signer) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Không mở được tệp PKCS#12 (sai mật khẩu hoặc tệp không đúng định dạng)",
                     "p12");
  }
  std::error_code ec;
  fs::create_directories(dir_, ec);
  std::lock_guard lock(mutex_);
  MOTCUA_TRY(WriteFileAtomically(dir_ / (agency_code + ".pass"), password, true));
  MOTCUA_TRY(WriteFileAtomically(dir_ / (agency_code + ".p12"), p12, true));
  cache_[agency_code] = std::make_shared<const PdfSigner>(std::move(*signer));
  return Ok();
}

}  // namespace motcua::signing
