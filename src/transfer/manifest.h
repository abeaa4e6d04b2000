// SPDX-License-Identifier: Apache-2.0
// The manifest of a transfer between agencies: what is sent, by whom, to whom, and the SHA-256 of
// every file. Its canonical JSON bytes are what the sending agency signs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "common/result.h"

namespace motcua::transfer {

inline constexpr std::string_view kManifestFormat = "motcua-transfer-manifest";
inline constexpr int kManifestVersion = 1;

struct AgencyRef {
  std::string code;  // electronic identifier, e.g. 000.00.07.H05
  std::string name;

  bool operator==(const AgencyRef&) const = default;
};

struct ManifestFile {
  std::string component_id;
  std::string file_name;      // as uploaded, for people
  std::string detected_type;  // MIME type detected from the bytes
  long long size_bytes = 0;
  std::string sha256;  // 64 lowercase hex characters: the blob's id

  bool operator==(const ManifestFile&) const = default;
};

struct Manifest {
  std::string transfer_id;  // a random UUID (version 4), the transfer's id across systems
  std::string dossier_code;
  std::string procedure_code;
  AgencyRef from;
  AgencyRef to;
  Timestamp created_at;
  std::string note;
  std::vector<ManifestFile> files;

  bool operator==(const Manifest&) const = default;
};

// The canonical JSON of `m`: UTF-8, object keys in byte order, no whitespace, integers without
// exponent, created_at as ISO 8601 with the Vietnamese offset (see
// docs/formats/transfer-manifest.md). The same manifest always gives the same bytes. Strings that
// are not valid UTF-8 are written with U+FFFD in place of the bad bytes.
std::string ToCanonicalJson(const Manifest& m);

// Reads a manifest. kInvalidArgument (reason "bad_manifest") when it is not JSON, names another
// format or version, or lacks a field. Does not check that the bytes are canonical.
Result<Manifest> ParseManifest(std::string_view json);

// A new random UUID version 4, e.g. "1b4e28ba-2fa1-41d2-883f-0016d3cca427". Thread-safe.
std::string NewTransferId();

}  // namespace motcua::transfer
