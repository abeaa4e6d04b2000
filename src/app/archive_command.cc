// SPDX-License-Identifier: Apache-2.0
#include "app/archive_command.h"

#include <CLI/CLI.hpp>
#include <filesystem>

#include "archive/bag_files.h"
#include "archive/fixity_check.h"
#include "archive/tar_export.h"
#include "identity/secure_random.h"
#include "storage/archive_store.h"

namespace motcua::app {
namespace {

namespace fs = std::filesystem;
using archive::Problem;

std::string ArchiveRoot(const ArchiveOptions& o) { return o.data_dir + "/archive"; }

void Print(std::ostream& out, const Problem& p, const blob::FileBlobStore& blobs) {
  if (p.kind == Problem::Kind::kBlob) {
    out << "  blob " << p.subject << " (" << blobs.PathOf(p.subject) << "): " << p.what << "\n";
    return;
  }
  out << "  package " << p.subject;
  if (!p.file.empty()) out << ": " << p.file;
  out << ": " << p.what << "\n";
}

// The packages the database has a record of, checked against the disk: still there, and with
// the tag manifest they were sealed with (which catches a bag rewritten wholesale).
Result<std::vector<Problem>> CheckRecords(const ArchiveOptions& o, size_t* recorded) {
  std::string url = o.db_url;
  if (url.empty()) {
    const std::string file = o.data_dir + "/motcua.db";
    if (!fs::exists(file)) {
      return MakeError(ErrorCode::kNotFound, "Không tìm thấy cơ sở dữ liệu " + file);
    }
    url = "sqlite:" + file;
  }
  MOTCUA_ASSIGN_OR_RETURN(db, storage::OpenDatabase(url));
  storage::SqlArchiveRepository repo(db);
  MOTCUA_ASSIGN_OR_RETURN(records, repo.List());
  *recorded = records.size();
  std::vector<Problem> out;
  for (const auto& r : records) {
    const fs::path bag = fs::path(ArchiveRoot(o)) / r.dossier_code;
    auto tags = archive::ReadFile((bag / archive::kTagManifest).string());
    if (!fs::is_directory(bag)) {
      out.push_back({Problem::Kind::kPackage, r.dossier_code, "",
                     "recorded in the database but missing from " + ArchiveRoot(o)});
    } else if (tags && identity::Sha256Hex(*tags) != r.tag_manifest_sha256) {
      out.push_back({Problem::Kind::kPackage, r.dossier_code, std::string(archive::kTagManifest),
                     "differs from the one recorded when the package was sealed"});
    }
  }
  return out;
}

size_t CountPackages(const std::string& root) {
  size_t n = 0;
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return 0;
  for (const auto& e : fs::directory_iterator(root, ec)) {
    const std::string name = e.path().filename().string();
    if (e.is_directory() && !name.empty() && name.front() != '.') ++n;
  }
  return n;
}

}  // namespace

CLI::App* AddArchiveCommand(CLI::App& cli, ArchiveOptions& o) {
  auto* archive = cli.add_subcommand("archive", "The electronic archive (lưu trữ điện tử)");
  archive->require_subcommand(1);
  auto* verify = archive->add_subcommand("verify", "Check the fixity of every blob and package");
  auto* exp = archive->add_subcommand("export", "Write one dossier's package as a .tar");
  for (auto* c : {verify, exp}) {
    c->add_option("--data", o.data_dir, "Data directory")->default_val("var");
    c->add_option("--db", o.db_url, "sqlite:PATH or postgresql://...");
  }
  exp->add_option("--dossier", o.dossier_code, "Dossier code")->required();
  exp->add_option("--out", o.out_file, "The .tar file to write")->required();
  return archive;
}

int RunArchive(const CLI::App& archive_command, const ArchiveOptions& options, std::ostream& out) {
  if (archive_command.got_subcommand("export")) return RunArchiveExport(options, out);
  return RunArchiveVerify(options, out);
}

int RunArchiveVerify(const ArchiveOptions& o, std::ostream& out) {
  if (!fs::is_directory(o.data_dir)) {
    out << "Không tìm thấy thư mục dữ liệu / no data directory: " << o.data_dir << "\n";
    return 2;
  }
  size_t recorded = 0;
  auto problems = CheckRecords(o, &recorded);
  if (!problems) {
    out << "Không mở được cơ sở dữ liệu / cannot open the database: " << problems.error().message
        << "\n";
    return 2;
  }
  blob::FileBlobStore blobs(o.data_dir + "/blobs");
  auto blob_problems = archive::VerifyBlobs(blobs);
  if (!blob_problems) {
    out << "Không đọc được kho tệp / cannot read the blob store: " << blob_problems.error().message
        << "\n";
    return 2;
  }
  problems->insert(problems->end(), blob_problems->begin(), blob_problems->end());
  const auto package_problems = archive::VerifyPackages(ArchiveRoot(o));
  problems->insert(problems->end(), package_problems.begin(), package_problems.end());

  const auto listed = blobs.List();
  out << "Kiểm tra toàn vẹn lưu trữ / archive fixity check: " << o.data_dir << "\n"
      << "  " << (listed ? listed->size() : 0) << " tệp trong kho / blobs, "
      << CountPackages(ArchiveRoot(o)) << " gói lưu trữ / packages (" << recorded
      << " trong cơ sở dữ liệu / recorded)\n";
  if (problems->empty()) {
    out << "Toàn vẹn / intact\n";
    return 0;
  }
  out << "HƯ HỎNG / DAMAGED: " << problems->size() << "\n";
  for (const auto& p : *problems) Print(out, p, blobs);
  return 1;
}

int RunArchiveExport(const ArchiveOptions& o, std::ostream& out) {
  const fs::path bag = fs::path(ArchiveRoot(o)) / o.dossier_code;
  if (!archive::IsSafeRelativePath(o.dossier_code) ||
      o.dossier_code.find('/') != std::string::npos || !fs::is_directory(bag)) {
    out << "Hồ sơ chưa có gói lưu trữ / no package for dossier " << o.dossier_code << "\n";
    return 2;
  }
  // A damaged package is not handed over: the receiver would get a bag that fails its own check.
  const auto problems = archive::VerifyBag(bag.string(), o.dossier_code);
  if (!problems.empty()) {
    blob::FileBlobStore blobs(o.data_dir + "/blobs");
    out << "HƯ HỎNG / DAMAGED, không xuất / not exported: " << problems.size() << "\n";
    for (const auto& p : problems) Print(out, p, blobs);
    return 1;
  }
  if (Status written = archive::ExportTar(bag.string(), o.out_file); !written) {
    out << "Không ghi được / cannot write " << o.out_file << ": " << written.error().message
        << "\n";
    return 2;
  }
  out << "Đã xuất gói / exported " << o.dossier_code << " -> " << o.out_file << "\n";
  return 0;
}

}  // namespace motcua::app
