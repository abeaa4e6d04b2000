// SPDX-License-Identifier: Apache-2.0
// An agency's signing key: PDF signatures that poppler and Adobe verify, and detached CMS
// signatures over any bytes (for transfers between agencies).
#pragma once

#include <string>
#include <string_view>

#include "common/clock.h"
#include "common/result.h"
#include "signing/openssl_util.h"

namespace motcua::signing {

// What a PDF signature says about itself. Text is UTF-8.
struct SignatureInfo {
  std::string reason;       // e.g. "Ký số kết quả giải quyết thủ tục hành chính"
  std::string location;     // e.g. "UBND xã Hòa An, tỉnh Phú Yên"
  std::string signer_name;  // /Name; the certificate's CN when empty
  Timestamp time;           // /M and the CMS signingTime attribute
};

// Signs with one private key and certificate. Immutable after FromPkcs12; const methods are
// thread-safe.
class PdfSigner {
 public:
  // Loads the key, the certificate and any CA certificates from a DER PKCS#12. Returns
  // kInvalidArgument when the password is wrong, the blob is not a PKCS#12, or it lacks a key or
  // a certificate or they do not match.
  static Result<PdfSigner> FromPkcs12(std::string_view p12, std::string_view password);

  // Returns `pdf` with a signature appended as an incremental update: a /Sig dictionary
  // (/Filter /Adobe.PPKLite, /SubFilter /adbe.pkcs7.detached) whose /Contents is a detached CMS
  // SignedData (SHA-256, signer and CA certificates embedded) over the /ByteRange, which is the
  // whole file except /Contents; an invisible widget on page 1; /AcroForm /SigFlags 3. The
  // original bytes are kept as they are, so a PDF signed before keeps its earlier signatures,
  // each valid for the revision it covers. See docs/formats/signature-profile.md. Returns
  // kInvalidArgument for a PDF it cannot update (see PrepareSignatureUpdate), kInternal when
  // OpenSSL fails.
  Result<std::string> Sign(std::string_view pdf, const SignatureInfo& info) const;

  // A detached CMS SignedData (DER) over `data`, made the same way as a PDF signature's.
  // kInternal when OpenSSL fails.
  Result<std::string> SignDetached(std::string_view data, Timestamp time) const;

  // The certificate's subject CN (UTF-8) and PEM.
  const std::string& common_name() const { return common_name_; }
  Result<std::string> CertificatePem() const { return CertificateToPem(cert_.get()); }

 private:
  PdfSigner(KeyPtr key, X509Ptr cert, X509StackPtr chain);

  KeyPtr key_;
  X509Ptr cert_;
  X509StackPtr chain_;  // CA certificates from the PKCS#12, possibly empty
  std::string common_name_;
};

}  // namespace motcua::signing
