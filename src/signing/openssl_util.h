// SPDX-License-Identifier: Apache-2.0
// OpenSSL objects owned by unique_ptr, and the helpers that turn OpenSSL failures into Errors
// carrying OpenSSL's error queue. Internal to signing/.
#pragma once

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <memory>
#include <string>
#include <string_view>

#include "common/result.h"

namespace motcua::signing {

template <auto Free>
struct OpenSslDeleter {
  template <typename T>
  void operator()(T* p) const {
    Free(p);
  }
};

using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, OpenSslDeleter<CMS_ContentInfo_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, OpenSslDeleter<X509_NAME_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, OpenSslDeleter<X509_STORE_free>>;
using X509StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, OpenSslDeleter<X509_STORE_CTX_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, OpenSslDeleter<PKCS12_free>>;
using KeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OpenSslDeleter<EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX_free>>;

// Frees a STACK_OF(X509) and the certificates in it.
struct X509StackDeleter {
  void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;

// An Error with `code` whose message is `what` followed by every entry on this thread's OpenSSL
// error queue, which it empties.
Error OpenSslError(ErrorCode code, std::string_view what);

// Ok() when `ok`; otherwise OpenSslError(code, what). Use it around every OpenSSL call:
//   MOTCUA_TRY(OpenSslCheck(X509_sign(...) > 0, "X509_sign"));
Status OpenSslCheck(bool ok, std::string_view what, ErrorCode code = ErrorCode::kInternal);

// Takes ownership of `p`, or fails with OpenSslError(code, what) when it is null.
template <typename Ptr>
Result<Ptr> OpenSslOwn(typename Ptr::pointer p, std::string_view what,
                       ErrorCode code = ErrorCode::kInternal) {
  if (p == nullptr) return OpenSslError(code, what);
  return Ptr(p);
}

// A read-only memory BIO over `data`, which must outlive it.
Result<BioPtr> MemoryBio(std::string_view data);
// A new empty, growable memory BIO.
Result<BioPtr> EmptyMemoryBio();
// Everything written to a memory BIO so far.
std::string BioContents(BIO* bio);

// PEM text of `cert`.
Result<std::string> CertificateToPem(X509* cert);
// Parses one PEM certificate. kInvalidArgument when it is not one.
Result<X509Ptr> CertificateFromPem(std::string_view pem);
// The subject's commonName in UTF-8, or "" when there is none.
std::string CommonName(X509* cert);

}  // namespace motcua::signing
