// SPDX-License-Identifier: Apache-2.0
// A local test certificate authority that issues agency signing certificates as PKCS#12, for
// `motcua init --demo` and tests. Production agencies upload a PKCS#12 from a real CA instead.
#pragma once

#include <string>
#include <string_view>

#include "common/clock.h"
#include "common/result.h"

namespace motcua::signing {

// A CA's certificate and its private key, both PEM. The key is NOT encrypted: this is a test CA
// and must never be used for real documents.
struct TestCa {
  std::string certificate_pem;
  std::string private_key_pem;
};

// Creates a self-signed RSA-2048 / SHA-256 CA certificate: subject CN = `common_name` (UTF-8),
// O = "motcua test CA", C = VN; basicConstraints CA:TRUE (critical), keyUsage keyCertSign and
// cRLSign; valid from an hour before `now` for `valid_days`. Returns kInvalidArgument for an
// empty name, kInternal when OpenSSL fails.
Result<TestCa> CreateTestCa(std::string_view common_name, Timestamp now, int valid_days = 3650);

// What to put in an agency's certificate.
struct AgencyCertificateRequest {
  std::string common_name;   // the agency's name, UTF-8, e.g. "UBND xã Hòa An"
  std::string organization;  // e.g. the province's people's committee
  std::string password;      // protects the PKCS#12
  int valid_days = 1095;
};

// Issues an RSA-2048 agency signing certificate from `ca` (subject CN, O, C = VN; keyUsage
// digitalSignature + nonRepudiation, critical; extendedKeyUsage emailProtection, which poppler
// and Adobe accept for document signing) and returns a PKCS#12 holding its key, the certificate
// and the CA certificate, protected by `request.password`. Returns kInvalidArgument for an empty
// name or password or a CA that does not parse, kInternal when OpenSSL fails.
Result<std::string> IssueAgencyPkcs12(const TestCa& ca, const AgencyCertificateRequest& request,
                                      Timestamp now);

}  // namespace motcua::signing
