// SPDX-License-Identifier: Apache-2.0
#include "signing/openssl_util.h"

#include <openssl/err.h>
#include <openssl/pem.h>

namespace motcua::signing {

Error OpenSslError(ErrorCode code, std::string_view what) {
  std::string message(what);
  while (unsigned long e = ERR_get_error()) {
    char buffer[256];
    ERR_error_string_n(e, buffer, sizeof(buffer));
    message += "; ";
    message += buffer;
  }
  return MakeError(code, std::move(message));
}

Status OpenSslCheck(bool ok, std::string_view what, ErrorCode code) {
  if (ok) return Ok();
  return OpenSslError(code, what);
}

Result<BioPtr> MemoryBio(std::string_view data) {
  return OpenSslOwn<BioPtr>(BIO_new_mem_buf(data.data(), static_cast<int>(data.size())),
                            "BIO_new_mem_buf");
}

Result<BioPtr> EmptyMemoryBio() { return OpenSslOwn<BioPtr>(BIO_new(BIO_s_mem()), "BIO_new"); }

std::string BioContents(BIO* bio) {
  char* data = nullptr;
  const long length = BIO_get_mem_data(bio, &data);
  return length > 0 ? std::string(data, static_cast<size_t>(length)) : std::string();
}

Result<std::string> CertificateToPem(X509* cert) {
  MOTCUA_ASSIGN_OR_RETURN(bio, EmptyMemoryBio());
  MOTCUA_TRY(OpenSslCheck(PEM_write_bio_X509(bio.get(), cert) == 1, "PEM_write_bio_X509"));
  return BioContents(bio.get());
}

Result<X509Ptr> CertificateFromPem(std::string_view pem) {
  MOTCUA_ASSIGN_OR_RETURN(bio, MemoryBio(pem));
  return OpenSslOwn<X509Ptr>(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr),
                             "not a PEM certificate", ErrorCode::kInvalidArgument);
}

std::string CommonName(X509* cert) {
  X509_NAME* name = X509_get_subject_name(cert);
  const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
  if (index < 0) return {};
  unsigned char* utf8 = nullptr;
  const int length =
      ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
  if (length < 0) return {};
  std::string out(reinterpret_cast<char*>(utf8), static_cast<size_t>(length));
  OPENSSL_free(utf8);
  return out;
}

}  // namespace motcua::signing
