// SPDX-License-Identifier: Apache-2.0
// Fixity checks of the electronic archive: every blob of the blob store and every package
// (bag structure, manifests, unlisted files, Payload-Oxum), reported as a list of problems.
#pragma once

#include <string>
#include <vector>

#include "blob/blob_store.h"
#include "common/result.h"

namespace motcua::archive {

// One thing found damaged. `subject` is a blob id or a package's dossier code; `file` the path
// inside the package (empty for a blob or for the package as a whole); `what` says what is
// wrong, in English for operators' logs.
struct Problem {
  enum class Kind { kBlob, kPackage };
  Kind kind = Kind::kPackage;
  std::string subject;
  std::string file;
  std::string what;
};

// Checks one bag: bagit.txt and bag-info.txt present, every line of manifest-sha256.txt and
// tagmanifest-sha256.txt names an existing file with that SHA-256, no file under data/ is left
// out of the manifest, and Payload-Oxum matches the payload. `name` becomes each problem's
// subject. An empty list means the bag is intact.
std::vector<Problem> VerifyBag(const std::string& bag_dir, const std::string& name);

// Checks every package directory under `archive_root` (names starting with "." are bags being
// built and are skipped). A missing root holds no packages.
std::vector<Problem> VerifyPackages(const std::string& archive_root);

// Re-hashes every blob of `blobs` (BlobStore::Verify). kUnavailable when the store cannot be
// listed.
Result<std::vector<Problem>> VerifyBlobs(blob::BlobStore& blobs);

}  // namespace motcua::archive
