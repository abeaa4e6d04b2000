// SPDX-License-Identifier: Apache-2.0
#include "archive/fixity_check.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "archive/bag_files.h"
#include "identity/secure_random.h"

namespace motcua::archive {
namespace {

namespace fs = std::filesystem;

class BagCheck {
 public:
  BagCheck(fs::path dir, std::string name) : dir_(std::move(dir)), name_(std::move(name)) {}

  std::vector<Problem> Run() {
    if (!fs::is_directory(dir_)) {
      Report("", "package directory is missing");
      return std::move(problems_);
    }
    auto bagit = ReadFile((dir_ / kBagitTxt).string());
    if (!bagit) {
      Report(std::string(kBagitTxt), "missing");
    } else if (ParseBagInfo(*bagit).count("BagIt-Version") == 0) {
      Report(std::string(kBagitTxt), "no BagIt-Version line");
    }
    CheckManifest(std::string(kTagManifest), /*payload=*/false);
    const std::set<std::string> listed = CheckManifest(std::string(kManifest), /*payload=*/true);
    const auto [bytes, count] = WalkPayload(listed);
    CheckOxum(bytes, count);
    return std::move(problems_);
  }

 private:
  void Report(std::string file, std::string what) {
    problems_.push_back({Problem::Kind::kPackage, name_, std::move(file), std::move(what)});
  }

  // Checks each line of a manifest; returns the paths it lists.
  std::set<std::string> CheckManifest(const std::string& manifest, bool payload) {
    std::set<std::string> listed;
    auto text = ReadFile((dir_ / manifest).string());
    if (!text) {
      Report(manifest, "missing");
      return listed;
    }
    auto lines = ParseManifest(*text);
    if (!lines) {
      Report(manifest, "malformed: " + lines.error().message);
      return listed;
    }
    for (const auto& line : *lines) {
      const bool in_payload = line.path.rfind(std::string(kPayloadDir) + "/", 0) == 0;
      if (!IsSafeRelativePath(line.path) || in_payload != payload) {
        Report(manifest, "lists a path it may not: " + line.path);
        continue;
      }
      listed.insert(line.path);
      auto bytes = ReadFile((dir_ / line.path).string());
      if (!bytes) {
        Report(line.path, "listed in " + manifest + " but missing");
      } else if (identity::Sha256Hex(*bytes) != line.sha256) {
        Report(line.path, "checksum mismatch: " + manifest + " has " + line.sha256 +
                              ", the file hashes to " + identity::Sha256Hex(*bytes));
      }
    }
    return listed;
  }

  // Reports payload files the manifest does not list; returns the payload's bytes and files.
  std::pair<long long, long long> WalkPayload(const std::set<std::string>& listed) {
    long long bytes = 0, count = 0;
    std::error_code ec;
    const fs::path data = dir_ / kPayloadDir;
    if (!fs::is_directory(data)) {
      Report(std::string(kPayloadDir), "payload directory is missing");
      return {0, 0};
    }
    for (auto it = fs::recursive_directory_iterator(data, ec); !ec && it != fs::end(it);
         it.increment(ec)) {
      const std::string rel = fs::relative(it->path(), dir_).generic_string();
      if (it->is_directory()) continue;
      if (!it->is_regular_file() || it->is_symlink()) {
        Report(rel, "not a regular file");
        continue;
      }
      ++count;
      bytes += static_cast<long long>(it->file_size());
      if (listed.count(rel) == 0) Report(rel, "not listed in " + std::string(kManifest));
    }
    if (ec) Report(std::string(kPayloadDir), "cannot be read: " + ec.message());
    return {bytes, count};
  }

  void CheckOxum(long long bytes, long long count) {
    auto info = ReadFile((dir_ / kBagInfoTxt).string());
    if (!info) {
      Report(std::string(kBagInfoTxt), "missing");
      return;
    }
    const std::string expected = std::to_string(bytes) + "." + std::to_string(count);
    auto fields = ParseBagInfo(*info);
    auto oxum = fields.find("Payload-Oxum");
    if (oxum == fields.end()) {
      Report(std::string(kBagInfoTxt), "no Payload-Oxum");
    } else if (oxum->second != expected) {
      Report(std::string(kBagInfoTxt), "Payload-Oxum is " + oxum->second + " but the payload is " +
                                           expected + " (octets.files)");
    }
  }

  fs::path dir_;
  std::string name_;
  std::vector<Problem> problems_;
};

}  // namespace

std::vector<Problem> VerifyBag(const std::string& bag_dir, const std::string& name) {
  return BagCheck(bag_dir, name).Run();
}

std::vector<Problem> VerifyPackages(const std::string& archive_root) {
  std::vector<Problem> out;
  std::error_code ec;
  if (!fs::is_directory(archive_root, ec)) return out;
  std::vector<fs::path> bags;
  for (const auto& entry : fs::directory_iterator(archive_root, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name.front() == '.' || !entry.is_directory()) continue;
    bags.push_back(entry.path());
  }
  std::sort(bags.begin(), bags.end());
  for (const auto& bag : bags) {
    auto found = VerifyBag(bag.string(), bag.filename().string());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

Result<std::vector<Problem>> VerifyBlobs(blob::BlobStore& blobs) {
  MOTCUA_ASSIGN_OR_RETURN(ids, blobs.List());
  std::vector<Problem> out;
  for (const auto& id : ids) {
    Status ok = blobs.Verify(id);
    if (ok) continue;
    const std::string what = ok.error().reason == "damaged"
                                 ? "content no longer matches its SHA-256"
                                 : "cannot be checked: " + ok.error().message;
    out.push_back({Problem::Kind::kBlob, id, "", what});
  }
  return out;
}

}  // namespace motcua::archive
