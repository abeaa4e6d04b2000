// SPDX-License-Identifier: Apache-2.0
// Sealing a closed dossier into an archival package: a BagIt bag (RFC 8493) with a SHA-256
// manifest, written atomically under <archive root>/<dossier code>/
// (docs/formats/archive-package.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "blob/blob_store.h"
#include "common/clock.h"
#include "common/local_time.h"
#include "common/result.h"

namespace motcua::archive {

// A payload file whose bytes are a blob of the blob store. `path` is relative to data/.
struct PayloadBlob {
  std::string path;
  std::string sha256;
};

// A payload file given inline (e.g. a detached signature). `path` is relative to data/.
struct PayloadBytes {
  std::string path;
  std::string bytes;
};

// Everything a package holds, gathered by the caller; the module knows nothing of HTTP or SQL.
struct SealRequest {
  std::string dossier_code;
  std::string procedure_code;
  std::string source_organization;  // the agency that handled the dossier
  Timestamp closed_at;
  Timestamp sealed_at;
  int retention_years = 20;   // 0 or less: kept permanently
  std::string metadata_json;  // written as data/dossier.json
  std::string history_json;   // written as data/history.json
  std::vector<PayloadBlob> blobs;
  std::vector<PayloadBytes> files;
};

// What the archive holds for one dossier, as recorded in the database.
struct PackageInfo {
  std::string dossier_code;
  std::string path;  // the bag's directory
  Timestamp sealed_at;
  std::optional<Date> retain_until;  // nullopt: permanent
  long long payload_bytes = 0;
  long long payload_files = 0;
  std::string tag_manifest_sha256;  // SHA-256 of tagmanifest-sha256.txt: pins the whole bag
  bool created = false;             // false when the package already existed
};

// The last day a package must be kept: the closing day plus `years` (29 February becomes
// 28 February in a common year). nullopt for `years` <= 0 (permanent).
std::optional<Date> RetainUntil(Timestamp closed_at, int years);

// Seals `request` into <archive_root>/<dossier code>/, copying each blob from `blobs` after
// checking its SHA-256. The bag is built in a temporary directory beside it, every file and
// directory fsynced, then renamed into place, so a crash leaves either no package or a whole
// one. Sealing a dossier that already has a package returns that package (created = false)
// without comparing contents. Errors: kInvalidArgument (bad dossier code, unsafe or duplicate
// path), kNotFound (a blob is missing), kInternal with reason "damaged" (a blob's bytes no
// longer match its SHA-256; nothing is written), kUnavailable (the disk). Thread-safe for
// different dossiers; concurrent seals of one dossier leave one package.
Result<PackageInfo> SealPackage(blob::BlobStore& blobs, const std::string& archive_root,
                                const SealRequest& request);

// Reads the record of an existing bag from its bag-info.txt and tag manifest. kNotFound when
// `bag_dir` is not a bag; kInvalidArgument when bag-info.txt lacks Payload-Oxum.
Result<PackageInfo> ReadPackageInfo(const std::string& bag_dir);

// Removes the temporary directories of seals a crash interrupted (".<code>.tmp-*" under
// `archive_root`) and returns how many. Call only when no seal is running on this root (at
// start-up).
int RemoveInterruptedSeals(const std::string& archive_root);

}  // namespace motcua::archive
