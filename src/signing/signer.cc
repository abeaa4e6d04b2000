// SPDX-License-Identifier: Apache-2.0
#include "signing/signer.h"

#include <openssl/err.h>

#include <ctime>

#include "signing/pdf_signature_update.h"

namespace motcua::signing {
namespace {

constexpr unsigned kCmsFlags = CMS_DETACHED | CMS_BINARY;

Result<std::string> Der(CMS_ContentInfo* cms) {
  MOTCUA_ASSIGN_OR_RETURN(out, EmptyMemoryBio());
  MOTCUA_TRY(OpenSslCheck(i2d_CMS_bio(out.get(), cms) == 1, "i2d_CMS_bio"));
  return BioContents(out.get());
}

// Adds the signingTime attribute (RFC 5652 section 11.3) so that CMS_final does not use the
// machine's clock: the time is the caller's, like the /M entry.
Status AddSigningTime(CMS_SignerInfo* si, Timestamp time) {
  const time_t t = static_cast<time_t>(time.time_since_epoch().count());
  std::unique_ptr<ASN1_TIME, OpenSslDeleter<ASN1_TIME_free>> asn1(ASN1_TIME_set(nullptr, t));
  MOTCUA_TRY(OpenSslCheck(asn1 != nullptr, "ASN1_TIME_set"));
  return OpenSslCheck(
      CMS_signed_add1_attr_by_NID(si, NID_pkcs9_signingTime, asn1->type, asn1.get(), -1) == 1,
      "CMS_signed_add1_attr_by_NID signingTime");
}

}  // namespace

PdfSigner::PdfSigner(KeyPtr key, X509Ptr cert, X509StackPtr chain)
    : key_(std::move(key)),
      cert_(std::move(cert)),
      chain_(std::move(chain)),
      common_name_(CommonName(cert_.get())) {}

Result<PdfSigner> PdfSigner::FromPkcs12(std::string_view p12, std::string_view password) {
  MOTCUA_ASSIGN_OR_RETURN(bio, MemoryBio(p12));
  MOTCUA_ASSIGN_OR_RETURN(
      parsed, OpenSslOwn<Pkcs12Ptr>(d2i_PKCS12_bio(bio.get(), nullptr), "not a PKCS#12 file",
                                    ErrorCode::kInvalidArgument));
  const std::string pass(password);
  if (PKCS12_verify_mac(parsed.get(), pass.c_str(), static_cast<int>(pass.size())) != 1) {
    return OpenSslError(ErrorCode::kInvalidArgument, "wrong PKCS#12 password");
  }
  EVP_PKEY* key = nullptr;
  X509* cert = nullptr;
  STACK_OF(X509)* chain = nullptr;
  const bool parsed_ok = PKCS12_parse(parsed.get(), pass.c_str(), &key, &cert, &chain) == 1;
  KeyPtr key_owner(key);
  X509Ptr cert_owner(cert);
  X509StackPtr chain_owner(chain != nullptr ? chain : sk_X509_new_null());
  MOTCUA_TRY(OpenSslCheck(parsed_ok, "PKCS12_parse", ErrorCode::kInvalidArgument));
  if (!key_owner || !cert_owner) {
    return MakeError(ErrorCode::kInvalidArgument, "PKCS#12 lacks a private key or certificate");
  }
  MOTCUA_TRY(OpenSslCheck(X509_check_private_key(cert, key) == 1,
                          "PKCS#12 key does not match its certificate",
                          ErrorCode::kInvalidArgument));
  MOTCUA_TRY(OpenSslCheck(chain_owner != nullptr, "sk_X509_new_null"));
  return PdfSigner(std::move(key_owner), std::move(cert_owner), std::move(chain_owner));
}

Result<std::string> PdfSigner::SignDetached(std::string_view data, Timestamp time) const {
  MOTCUA_ASSIGN_OR_RETURN(
      cms, OpenSslOwn<CmsPtr>(CMS_sign(nullptr, nullptr, nullptr, nullptr, kCmsFlags | CMS_PARTIAL),
                              "CMS_sign"));
  CMS_SignerInfo* si =
      CMS_add1_signer(cms.get(), cert_.get(), key_.get(), EVP_sha256(), kCmsFlags | CMS_NOSMIMECAP);
  MOTCUA_TRY(OpenSslCheck(si != nullptr, "CMS_add1_signer"));
  MOTCUA_TRY(AddSigningTime(si, time));
  for (int i = 0; i < sk_X509_num(chain_.get()); ++i) {
    MOTCUA_TRY(OpenSslCheck(CMS_add1_cert(cms.get(), sk_X509_value(chain_.get(), i)) == 1,
                            "CMS_add1_cert"));
  }
  MOTCUA_ASSIGN_OR_RETURN(in, MemoryBio(data));
  MOTCUA_TRY(OpenSslCheck(CMS_final(cms.get(), in.get(), nullptr, kCmsFlags) == 1, "CMS_final"));
  return Der(cms.get());
}

Result<std::string> PdfSigner::Sign(std::string_view pdf, const SignatureInfo& info) const {
  SignatureFields fields{info.reason, info.location,
                         info.signer_name.empty() ? common_name_ : info.signer_name, info.time};
  // Room for the certificates, the signature and the attributes, with plenty to spare.
  fields.contents_bytes = 4096 + static_cast<size_t>(i2d_X509(cert_.get(), nullptr));
  for (int i = 0; i < sk_X509_num(chain_.get()); ++i) {
    fields.contents_bytes += static_cast<size_t>(i2d_X509(sk_X509_value(chain_.get(), i), nullptr));
  }
  MOTCUA_ASSIGN_OR_RETURN(prepared, PrepareSignatureUpdate(pdf, fields));
  std::string& bytes = prepared.bytes;
  std::string signed_bytes = bytes.substr(0, prepared.contents_begin - 1);
  signed_bytes.append(bytes, prepared.contents_end + 1);
  MOTCUA_ASSIGN_OR_RETURN(cms, SignDetached(signed_bytes, info.time));
  if (2 * cms.size() > prepared.contents_end - prepared.contents_begin) {
    return MakeError(ErrorCode::kInternal, "CMS signature larger than the space reserved");
  }
  static constexpr char kHex[] = "0123456789ABCDEF";
  size_t at = prepared.contents_begin;
  for (unsigned char c : cms) {
    bytes[at++] = kHex[c >> 4];
    bytes[at++] = kHex[c & 0xf];
  }
  return std::move(bytes);
}

}  // namespace motcua::signing
