// SPDX-License-Identifier: Apache-2.0
// The agencies' signing keys as files in one directory: <code>.p12 with its password in
// <code>.pass (both readable by the owner only), and the CA certificates we trust: ca.pem and
// any trusted/*.pem. An admin installs a PKCS#12 through Install; `motcua init --demo` writes
// a test CA and one key per agency.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "common/result.h"
#include "signing/signer.h"

namespace motcua::signing {

// Thread-safe. Loaded signers are cached until Install replaces them.
class KeyRing {
 public:
  explicit KeyRing(std::filesystem::path dir) : dir_(std::move(dir)) {}

  // The signer of an agency. kFailedPrecondition (reason "no_signing_key") when the agency has
  // no key installed; kInternal when the installed files no longer load.
  Result<std::shared_ptr<const PdfSigner>> SignerFor(const std::string& agency_code);

  // PEM certificates of the CAs whose signatures we accept (read on every call, so that a CA
  // added by an admin counts at once). Empty when none is installed.
  std::vector<std::string> TrustedCaPems() const;

  // Checks that `p12` opens with `password` and holds a key and certificate, then stores both
  // (written to a temporary file and renamed). kInvalidArgument (field "p12" or "password")
  // when it does not open; kInvalidArgument (field "agency_code") for a code that is not a safe
  // file name; kUnavailable when the files cannot be written.
  Status Install(const std::string& agency_code, std::string_view p12, std::string_view password);

  const std::filesystem::path& dir() const { return dir_; }

 private:
  std::filesystem::path dir_;
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const PdfSigner>> cache_;
};

// Writes `bytes` to `path` through a temporary file, fsync and rename; owner-only permissions
// when `secret`. kUnavailable on failure.
Status WriteFileAtomically(const std::filesystem::path& path, std::string_view bytes, bool secret);

}  // namespace motcua::signing
