// SPDX-License-Identifier: Apache-2.0
// Checks PDF signatures and detached CMS signatures: is the content unchanged since signing, who
// signed it and when, and does the signer chain to a CA we trust.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "common/result.h"

namespace motcua::signing {

// The outcome of a verification. A signature can be intact but untrusted (unknown CA).
struct VerifyReport {
  // The CMS signature is valid over the signed bytes and, for a PDF, the /ByteRange covers the
  // whole file except the /Contents hex string: nothing was changed or appended after signing.
  bool intact = false;
  // The signer's certificate chains to one of the trusted CAs (checked at the current time).
  bool trusted = false;
  std::string signer_common_name;         // UTF-8, "" when the CMS names no signer
  std::optional<Timestamp> signing_time;  // the CMS signingTime attribute, if present
  std::string problem;                    // why intact or trusted is false (English), or ""
};

// Verifies the last signature in `pdf` against CAs given as PEM certificates. A tampered or
// broken signature is a report with intact = false, not an error. Returns kInvalidArgument with
// reason "not_signed" when the PDF has no signature, and kInvalidArgument for a trusted CA that
// does not parse. Thread-safe.
Result<VerifyReport> VerifyPdf(std::string_view pdf,
                               const std::vector<std::string>& trusted_ca_pem);

// Verifies a detached CMS SignedData `cms_der` (as PdfSigner::SignDetached makes) over `data`.
// Same contract as VerifyPdf; a CMS that does not parse is a report with intact = false.
Result<VerifyReport> VerifyDetached(std::string_view data, std::string_view cms_der,
                                    const std::vector<std::string>& trusted_ca_pem);

}  // namespace motcua::signing
