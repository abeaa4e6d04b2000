// SPDX-License-Identifier: Apache-2.0
#include "archive/package_writer.h"

#include <filesystem>
#include <map>
#include <set>

#include "archive/bag_files.h"
#include "identity/secure_random.h"

namespace motcua::archive {
namespace {

namespace fs = std::filesystem;

// The files of a bag being built, keyed by their path in the bag.
struct BagContents {
  std::map<std::string, std::string> payload;  // "data/..." -> bytes
  long long payload_bytes = 0;
};

Status AddPayload(BagContents& bag, const std::string& path, std::string bytes) {
  if (!IsSafeRelativePath(path)) {
    return MakeError(ErrorCode::kInvalidArgument, "Đường dẫn không hợp lệ trong gói: " + path,
                     "path");
  }
  const std::string in_bag = std::string(kPayloadDir) + "/" + path;
  bag.payload_bytes += static_cast<long long>(bytes.size());
  if (!bag.payload.emplace(in_bag, std::move(bytes)).second) {
    return MakeError(ErrorCode::kInvalidArgument, "Tệp trùng đường dẫn trong gói: " + path, "path");
  }
  return Ok();
}

Result<BagContents> GatherPayload(blob::BlobStore& blobs, const SealRequest& r) {
  BagContents bag;
  MOTCUA_TRY(AddPayload(bag, "dossier.json", r.metadata_json));
  MOTCUA_TRY(AddPayload(bag, "history.json", r.history_json));
  for (const auto& b : r.blobs) {
    MOTCUA_ASSIGN_OR_RETURN(bytes, blobs.Get(b.sha256));
    // The fixity of the source is checked before it is sealed: a damaged blob must not become
    // an archival record with a fresh, matching checksum.
    if (identity::Sha256Hex(bytes) != b.sha256) {
      return MakeError(
          ErrorCode::kInternal,
          "Tệp " + b.sha256 + " trong kho đã bị hư hỏng; không niêm phong hồ sơ " + r.dossier_code,
          "", "damaged");
    }
    MOTCUA_TRY(AddPayload(bag, b.path, std::move(bytes)));
  }
  for (const auto& f : r.files) MOTCUA_TRY(AddPayload(bag, f.path, f.bytes));
  return bag;
}

std::string BagInfo(const SealRequest& r, const BagContents& bag) {
  const std::optional<Date> until = RetainUntil(r.closed_at, r.retention_years);
  std::string out;
  out += "Source-Organization: " + r.source_organization + "\n";
  out += "Bagging-Date: " + FormatDate(LocalDate(r.sealed_at)) + "\n";
  out += "External-Identifier: " + r.dossier_code + "\n";
  out += "Payload-Oxum: " + std::to_string(bag.payload_bytes) + "." +
         std::to_string(bag.payload.size()) + "\n";
  out += "Bag-Software-Agent: motcua\n";
  out += "Motcua-Procedure-Code: " + r.procedure_code + "\n";
  out += "Motcua-Closed-At: " + FormatIso(r.closed_at) + "\n";
  out += "Motcua-Sealed-At: " + FormatIso(r.sealed_at) + "\n";
  out += "Motcua-Retention-Years: " + std::to_string(std::max(r.retention_years, 0)) + "\n";
  out += "Retain-Until: " + (until ? FormatDate(*until) : std::string("permanent")) + "\n";
  return out;
}

// Writes every file of the bag under `dir` (which exists and is empty), fsyncing files and
// then directories, deepest first.
Status WriteBag(const fs::path& dir, const std::map<std::string, std::string>& files) {
  std::set<fs::path, std::greater<>> dirs{dir};
  for (const auto& [path, bytes] : files) {
    const fs::path target = dir / path;
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    if (ec)
      return MakeError(ErrorCode::kUnavailable, "cannot create " + target.parent_path().string());
    for (fs::path p = target.parent_path(); p != dir; p = p.parent_path()) dirs.insert(p);
    MOTCUA_TRY(WriteFileSynced(target.string(), bytes));
  }
  for (const auto& d : dirs) MOTCUA_TRY(SyncDirectory(d.string()));
  return Ok();
}

Result<long long> ParseOxumPart(const std::string& text) {
  try {
    size_t used = 0;
    const long long v = std::stoll(text, &used);
    if (used == text.size() && v >= 0) return v;
  } catch (const std::exception&) {
  }
  return MakeError(ErrorCode::kInvalidArgument, "Payload-Oxum không hợp lệ");
}

}  // namespace

std::optional<Date> RetainUntil(Timestamp closed_at, int years) {
  if (years <= 0) return std::nullopt;
  const Date closed = LocalDate(closed_at);
  Date until = (closed.year() + std::chrono::years(years)) / closed.month() / closed.day();
  if (!until.ok()) until = Date(until.year() / until.month() / std::chrono::last);
  return until;
}

Result<PackageInfo> SealPackage(blob::BlobStore& blobs, const std::string& archive_root,
                                const SealRequest& r) {
  if (!IsSafeRelativePath(r.dossier_code) || r.dossier_code.find('/') != std::string::npos) {
    return MakeError(ErrorCode::kInvalidArgument, "Mã hồ sơ không hợp lệ", "dossier_code");
  }
  const fs::path final_dir = fs::path(archive_root) / r.dossier_code;
  if (fs::exists(final_dir)) return ReadPackageInfo(final_dir.string());

  MOTCUA_ASSIGN_OR_RETURN(bag, GatherPayload(blobs, r));
  std::map<std::string, std::string> files = bag.payload;
  std::vector<ManifestLine> manifest;
  for (const auto& [path, bytes] : bag.payload)
    manifest.push_back({identity::Sha256Hex(bytes), path});
  files[std::string(kBagitTxt)] = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";
  files[std::string(kBagInfoTxt)] = BagInfo(r, bag);
  files[std::string(kManifest)] = FormatManifest(manifest);
  std::vector<ManifestLine> tags;
  for (std::string_view name : {kBagitTxt, kBagInfoTxt, kManifest}) {
    tags.push_back({identity::Sha256Hex(files[std::string(name)]), std::string(name)});
  }
  files[std::string(kTagManifest)] = FormatManifest(tags);

  std::error_code ec;
  fs::create_directories(archive_root, ec);
  // A leading dot keeps half-built bags out of the fixity check and the sweep.
  const fs::path tmp =
      fs::path(archive_root) / ("." + r.dossier_code + ".tmp-" + identity::RandomToken(6));
  if (ec || !fs::create_directory(tmp, ec) || ec) {
    return MakeError(ErrorCode::kUnavailable, "cannot create " + tmp.string());
  }
  if (Status written = WriteBag(tmp, files); !written) {
    fs::remove_all(tmp, ec);
    return written.error();
  }
  fs::rename(tmp, final_dir, ec);
  if (ec) {
    fs::remove_all(tmp, ec);
    // Another seal of the same dossier won the rename: its package is the package.
    if (fs::exists(final_dir)) return ReadPackageInfo(final_dir.string());
    return MakeError(ErrorCode::kUnavailable, "cannot rename into " + final_dir.string());
  }
  MOTCUA_TRY(SyncDirectory(archive_root));
  MOTCUA_ASSIGN_OR_RETURN(info, ReadPackageInfo(final_dir.string()));
  info.created = true;
  return info;
}

Result<PackageInfo> ReadPackageInfo(const std::string& bag_dir) {
  const fs::path dir(bag_dir);
  auto bag_info = ReadFile((dir / kBagInfoTxt).string());
  if (!bag_info) {
    return MakeError(ErrorCode::kNotFound, "Không phải gói lưu trữ: " + bag_dir);
  }
  MOTCUA_ASSIGN_OR_RETURN(tag_manifest, ReadFile((dir / kTagManifest).string()));
  auto fields = ParseBagInfo(*bag_info);
  PackageInfo info;
  info.dossier_code = fields["External-Identifier"];
  info.path = bag_dir;
  const std::string oxum = fields["Payload-Oxum"];
  const size_t dot = oxum.find('.');
  if (dot == std::string::npos) {
    return MakeError(ErrorCode::kInvalidArgument, "Payload-Oxum không hợp lệ: " + bag_dir);
  }
  MOTCUA_ASSIGN_OR_RETURN(bytes, ParseOxumPart(oxum.substr(0, dot)));
  MOTCUA_ASSIGN_OR_RETURN(count, ParseOxumPart(oxum.substr(dot + 1)));
  info.payload_bytes = bytes;
  info.payload_files = count;
  if (auto sealed = ParseIso(fields["Motcua-Sealed-At"])) info.sealed_at = *sealed;
  if (auto until = ParseDate(fields["Retain-Until"])) info.retain_until = *until;
  info.tag_manifest_sha256 = identity::Sha256Hex(tag_manifest);
  return info;
}

int RemoveInterruptedSeals(const std::string& archive_root) {
  int removed = 0;
  std::error_code ec;
  if (!fs::is_directory(archive_root, ec)) return 0;
  for (const auto& entry : fs::directory_iterator(archive_root, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.front() != '.' || name.find(".tmp-") == std::string::npos) continue;
    std::error_code rm;
    fs::remove_all(entry.path(), rm);
    if (!rm) ++removed;
  }
  return removed;
}

}  // namespace motcua::archive
