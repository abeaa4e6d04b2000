// SPDX-License-Identifier: Apache-2.0
// What the receiving agency checks before it accepts a transfer: the sender's signature over the
// manifest, that the signer is the sending agency, and the bytes of every listed file.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "blob/blob_store.h"
#include "signing/verifier.h"
#include "transfer/manifest.h"

namespace motcua::transfer {

// What the receiver expects the manifest to say: the record it holds.
struct ExpectedTransfer {
  std::string transfer_id;
  std::string dossier_code;
  std::string from_code;
  std::string to_code;
  // The sending agency's name, which is the CN of its signing certificate.
  std::string sender_name;
};

// The outcome. `reason` is "" when accepted, otherwise one of:
//   signature_invalid    the CMS does not verify over the manifest bytes (changed or broken)
//   signature_untrusted  intact, but the certificate does not chain to a trusted CA
//   signer_mismatch      signed by someone other than the sending agency
//   bad_manifest         the signed bytes are not a manifest
//   manifest_mismatch    a valid manifest, but of another transfer, dossier or pair of agencies
//   file_missing         a listed file is not in the blob store
//   file_changed         a listed file's bytes no longer have the listed SHA-256 or size
struct Verification {
  bool accepted = false;
  std::string reason;
  std::string message;  // Vietnamese, naming the file when a file is at fault; "" when accepted
  signing::VerifyReport signature;
  Manifest manifest;  // as read from the signed bytes, when they parse
};

// Checks in the order above and stops at the first failure. Refusals are values, not errors;
// errors are kInvalidArgument for a trusted CA that does not parse and what the blob store
// returns other than kNotFound (kUnavailable, kInternal). Thread-safe when `blobs` is.
Result<Verification> VerifyTransfer(std::string_view manifest, std::string_view signature,
                                    const ExpectedTransfer& expected,
                                    const std::vector<std::string>& trusted_ca_pem,
                                    blob::BlobStore& blobs);

}  // namespace motcua::transfer
