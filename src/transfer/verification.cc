// SPDX-License-Identifier: Apache-2.0
#include "transfer/verification.h"

#include "identity/secure_random.h"

namespace motcua::transfer {
namespace {

Verification Refuse(Verification v, std::string reason, std::string message) {
  v.accepted = false;
  v.reason = std::move(reason);
  v.message = std::move(message);
  return v;
}

std::string FileLabel(const ManifestFile& f) {
  const std::string name = f.file_name.empty() ? f.sha256.substr(0, 12) : f.file_name;
  return "\"" + name + "\" (thành phần " + f.component_id + ")";
}

}  // namespace

Result<Verification> VerifyTransfer(std::string_view manifest, std::string_view signature,
                                    const ExpectedTransfer& expected,
                                    const std::vector<std::string>& trusted_ca_pem,
                                    blob::BlobStore& blobs) {
  Verification v;
  MOTCUA_ASSIGN_OR_RETURN(report, signing::VerifyDetached(manifest, signature, trusted_ca_pem));
  v.signature = report;
  if (!report.intact) {
    return Refuse(std::move(v), "signature_invalid",
                  "Chữ ký số của cơ quan gửi không hợp lệ: bản kê đã bị thay đổi hoặc chữ ký bị "
                  "hỏng");
  }
  if (!report.trusted) {
    return Refuse(std::move(v), "signature_untrusted",
                  "Chứng thư số ký bản kê không do tổ chức chứng thực được tin cậy cấp");
  }
  if (report.signer_common_name != expected.sender_name) {
    return Refuse(std::move(v), "signer_mismatch",
                  "Bản kê được ký bởi \"" + report.signer_common_name +
                      "\", không phải cơ quan gửi \"" + expected.sender_name + "\"");
  }
  auto parsed = ParseManifest(manifest);
  if (!parsed) return Refuse(std::move(v), "bad_manifest", parsed.error().message);
  v.manifest = std::move(*parsed);
  const Manifest& m = v.manifest;
  if (m.transfer_id != expected.transfer_id || m.dossier_code != expected.dossier_code ||
      m.from.code != expected.from_code || m.to.code != expected.to_code) {
    return Refuse(std::move(v), "manifest_mismatch",
                  "Bản kê đã ký không khớp với lần chuyển này (mã chuyển, hồ sơ hoặc cơ quan)");
  }
  for (const auto& f : m.files) {
    auto bytes = blob::IsBlobId(f.sha256)
                     ? blobs.Get(f.sha256)
                     : Result<std::string>(MakeError(ErrorCode::kNotFound, ""));
    if (!bytes && bytes.error().code != ErrorCode::kNotFound) return bytes.error();
    if (!bytes) {
      return Refuse(std::move(v), "file_missing", "Không tìm thấy tệp " + FileLabel(f));
    }
    if (static_cast<long long>(bytes->size()) != f.size_bytes ||
        identity::Sha256Hex(*bytes) != f.sha256) {
      return Refuse(std::move(v), "file_changed",
                    "Tệp " + FileLabel(f) + " đã bị thay đổi sau khi cơ quan gửi ký");
    }
  }
  v.accepted = true;
  return v;
}

}  // namespace motcua::transfer
