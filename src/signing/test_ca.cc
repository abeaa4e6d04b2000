// SPDX-License-Identifier: Apache-2.0
#include "signing/test_ca.h"

#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

#include <chrono>
#include <cstdint>
#include <ctime>

#include "signing/openssl_util.h"

namespace motcua::signing {
namespace {

Result<KeyPtr> NewRsaKey() { return OpenSslOwn<KeyPtr>(EVP_RSA_gen(2048), "EVP_RSA_gen"); }

Result<X509NamePtr> MakeName(std::string_view common_name, std::string_view organization) {
  MOTCUA_ASSIGN_OR_RETURN(name, OpenSslOwn<X509NamePtr>(X509_NAME_new(), "X509_NAME_new"));
  auto add = [&](const char* field, std::string_view value) {
    return OpenSslCheck(
        X509_NAME_add_entry_by_txt(name.get(), field, MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(value.data()),
                                   static_cast<int>(value.size()), -1, 0) == 1,
        std::string("X509_NAME_add_entry_by_txt ") + field);
  };
  MOTCUA_TRY(add("C", "VN"));
  if (!organization.empty()) MOTCUA_TRY(add("O", organization));
  MOTCUA_TRY(add("CN", common_name));
  return name;
}

Status AddExtension(X509* cert, X509* issuer, int nid, const char* value) {
  X509V3_CTX ctx;
  X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
  X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
  MOTCUA_TRY(OpenSslCheck(ext != nullptr, std::string("X509V3_EXT_conf_nid ") + value));
  const bool added = X509_add_ext(cert, ext, -1) == 1;
  X509_EXTENSION_free(ext);
  return OpenSslCheck(added, "X509_add_ext");
}

// A certificate for `subject_key` named `subject`, with a random 63-bit serial and validity from
// an hour before `now`, not yet signed and without extensions.
Result<X509Ptr> NewCertificate(X509_NAME* subject, X509_NAME* issuer, EVP_PKEY* subject_key,
                               Timestamp now, int valid_days) {
  MOTCUA_ASSIGN_OR_RETURN(cert, OpenSslOwn<X509Ptr>(X509_new(), "X509_new"));
  uint64_t serial = 0;
  MOTCUA_TRY(OpenSslCheck(
      RAND_bytes(reinterpret_cast<unsigned char*>(&serial), sizeof(serial)) == 1, "RAND_bytes"));
  serial = (serial >> 1) | 1;  // positive and non-zero, as RFC 5280 section 4.1.2.2 asks
  const time_t start = static_cast<time_t>(now.time_since_epoch().count()) - 3600;
  time_t start_copy = start;
  MOTCUA_TRY(OpenSslCheck(
      X509_set_version(cert.get(), X509_VERSION_3) == 1 &&
          ASN1_INTEGER_set_uint64(X509_get_serialNumber(cert.get()), serial) == 1 &&
          X509_set_subject_name(cert.get(), subject) == 1 &&
          X509_set_issuer_name(cert.get(), issuer) == 1 &&
          X509_time_adj_ex(X509_getm_notBefore(cert.get()), 0, 0, &start_copy) != nullptr &&
          X509_time_adj_ex(X509_getm_notAfter(cert.get()), valid_days, 3600, &start_copy) !=
              nullptr &&
          X509_set_pubkey(cert.get(), subject_key) == 1,
      "building the certificate"));
  return cert;
}

Result<std::string> PrivateKeyToPem(EVP_PKEY* key) {
  MOTCUA_ASSIGN_OR_RETURN(bio, EmptyMemoryBio());
  MOTCUA_TRY(OpenSslCheck(
      PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) == 1,
      "PEM_write_bio_PrivateKey"));
  return BioContents(bio.get());
}

}  // namespace

Result<TestCa> CreateTestCa(std::string_view common_name, Timestamp now, int valid_days) {
  if (common_name.empty()) {
    return MakeError(ErrorCode::kInvalidArgument, "CA name is empty", "common_name");
  }
  MOTCUA_ASSIGN_OR_RETURN(key, NewRsaKey());
  MOTCUA_ASSIGN_OR_RETURN(name, MakeName(common_name, "motcua test CA"));
  MOTCUA_ASSIGN_OR_RETURN(cert, NewCertificate(name.get(), name.get(), key.get(), now, valid_days));
  MOTCUA_TRY(AddExtension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE"));
  MOTCUA_TRY(AddExtension(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign"));
  MOTCUA_TRY(AddExtension(cert.get(), cert.get(), NID_subject_key_identifier, "hash"));
  MOTCUA_TRY(OpenSslCheck(X509_sign(cert.get(), key.get(), EVP_sha256()) > 0, "X509_sign"));
  TestCa ca;
  MOTCUA_ASSIGN_OR_RETURN(cert_pem, CertificateToPem(cert.get()));
  MOTCUA_ASSIGN_OR_RETURN(key_pem, PrivateKeyToPem(key.get()));
  ca.certificate_pem = std::move(cert_pem);
  ca.private_key_pem = std::move(key_pem);
  return ca;
}

Result<std::string> IssueAgencyPkcs12(const TestCa& ca, const AgencyCertificateRequest& request,
                                      Timestamp now) {
  if (request.common_name.empty()) {
    return MakeError(ErrorCode::kInvalidArgument, "agency name is empty", "common_name");
  }
  if (request.password.empty()) {
    return MakeError(ErrorCode::kInvalidArgument, "PKCS#12 password is empty", "password");
  }
  MOTCUA_ASSIGN_OR_RETURN(ca_cert, CertificateFromPem(ca.certificate_pem));
  MOTCUA_ASSIGN_OR_RETURN(ca_key_bio, MemoryBio(ca.private_key_pem));
  MOTCUA_ASSIGN_OR_RETURN(
      ca_key,
      OpenSslOwn<KeyPtr>(PEM_read_bio_PrivateKey(ca_key_bio.get(), nullptr, nullptr, nullptr),
                         "CA private key does not parse", ErrorCode::kInvalidArgument));
  MOTCUA_ASSIGN_OR_RETURN(key, NewRsaKey());
  MOTCUA_ASSIGN_OR_RETURN(name, MakeName(request.common_name, request.organization));
  MOTCUA_ASSIGN_OR_RETURN(cert, NewCertificate(name.get(), X509_get_subject_name(ca_cert.get()),
                                               key.get(), now, request.valid_days));
  X509* c = cert.get();
  MOTCUA_TRY(AddExtension(c, ca_cert.get(), NID_basic_constraints, "critical,CA:FALSE"));
  MOTCUA_TRY(
      AddExtension(c, ca_cert.get(), NID_key_usage, "critical,digitalSignature,nonRepudiation"));
  MOTCUA_TRY(AddExtension(c, ca_cert.get(), NID_ext_key_usage, "emailProtection"));
  MOTCUA_TRY(AddExtension(c, ca_cert.get(), NID_subject_key_identifier, "hash"));
  MOTCUA_TRY(AddExtension(c, ca_cert.get(), NID_authority_key_identifier, "keyid:always"));
  MOTCUA_TRY(OpenSslCheck(X509_sign(c, ca_key.get(), EVP_sha256()) > 0, "X509_sign"));

  MOTCUA_ASSIGN_OR_RETURN(chain, OpenSslOwn<X509StackPtr>(sk_X509_new_null(), "sk_X509_new"));
  MOTCUA_TRY(OpenSslCheck(sk_X509_push(chain.get(), ca_cert.get()) > 0, "sk_X509_push"));
  ca_cert.release();  // now owned by `chain`
  MOTCUA_ASSIGN_OR_RETURN(
      p12,
      OpenSslOwn<Pkcs12Ptr>(PKCS12_create(request.password.c_str(), request.common_name.c_str(),
                                          key.get(), c, chain.get(), 0, 0, 0, 0, 0),
                            "PKCS12_create"));
  MOTCUA_ASSIGN_OR_RETURN(out, EmptyMemoryBio());
  MOTCUA_TRY(OpenSslCheck(i2d_PKCS12_bio(out.get(), p12.get()) == 1, "i2d_PKCS12_bio"));
  return BioContents(out.get());
}

}  // namespace motcua::signing
