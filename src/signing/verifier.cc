// SPDX-License-Identifier: Apache-2.0
#include "signing/verifier.h"

#include <openssl/err.h>

#include <array>
#include <ctime>

#include "signing/openssl_util.h"
#include "signing/pdf_syntax.h"

namespace motcua::signing {
namespace {

Result<X509StorePtr> TrustStore(const std::vector<std::string>& trusted_ca_pem) {
  MOTCUA_ASSIGN_OR_RETURN(store, OpenSslOwn<X509StorePtr>(X509_STORE_new(), "X509_STORE_new"));
  for (const auto& pem : trusted_ca_pem) {
    MOTCUA_ASSIGN_OR_RETURN(cert, CertificateFromPem(pem));
    MOTCUA_TRY(
        OpenSslCheck(X509_STORE_add_cert(store.get(), cert.get()) == 1, "X509_STORE_add_cert"));
  }
  return store;
}

std::optional<Timestamp> SigningTime(CMS_ContentInfo* cms) {
  STACK_OF(CMS_SignerInfo)* infos = CMS_get0_SignerInfos(cms);
  if (sk_CMS_SignerInfo_num(infos) < 1) return std::nullopt;
  CMS_SignerInfo* si = sk_CMS_SignerInfo_value(infos, 0);
  const int index = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
  if (index < 0) return std::nullopt;
  ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(si, index), 0);
  if (value == nullptr ||
      (value->type != V_ASN1_UTCTIME && value->type != V_ASN1_GENERALIZEDTIME)) {
    return std::nullopt;
  }
  std::tm tm{};
  if (ASN1_TIME_to_tm(value->value.utctime, &tm) != 1) return std::nullopt;
  return Timestamp(std::chrono::seconds(timegm(&tm)));
}

// Checks the signer's chain against `store`, with the certificates the CMS carries as
// intermediates. Fills report.trusted and, on failure, report.problem.
Status CheckTrust(X509* signer, STACK_OF(X509) * untrusted, X509_STORE* store,
                  VerifyReport& report) {
  MOTCUA_ASSIGN_OR_RETURN(ctx,
                          OpenSslOwn<X509StoreCtxPtr>(X509_STORE_CTX_new(), "X509_STORE_CTX_new"));
  MOTCUA_TRY(OpenSslCheck(X509_STORE_CTX_init(ctx.get(), store, signer, untrusted) == 1,
                          "X509_STORE_CTX_init"));
  report.trusted = X509_verify_cert(ctx.get()) == 1;
  if (!report.trusted) {
    report.problem = std::string("certificate not trusted: ") +
                     X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get()));
  }
  ERR_clear_error();
  return Ok();
}

Result<VerifyReport> VerifyCms(std::string_view data, std::string_view cms_der,
                               const std::vector<std::string>& trusted_ca_pem) {
  MOTCUA_ASSIGN_OR_RETURN(store, TrustStore(trusted_ca_pem));
  VerifyReport report;
  MOTCUA_ASSIGN_OR_RETURN(der, MemoryBio(cms_der));
  CmsPtr cms(d2i_CMS_bio(der.get(), nullptr));
  if (!cms) {
    report.problem = OpenSslError(ErrorCode::kInvalidArgument, "CMS does not parse").message;
    return report;
  }
  MOTCUA_ASSIGN_OR_RETURN(content, MemoryBio(data));
  // The signature itself first, without the chain: intact and trusted are reported apart.
  report.intact = CMS_verify(cms.get(), nullptr, nullptr, content.get(), nullptr,
                             CMS_DETACHED | CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1;
  if (!report.intact) {
    report.problem = OpenSslError(ErrorCode::kInvalidArgument, "signature invalid").message;
  }
  report.signing_time = SigningTime(cms.get());
  X509StackPtr certs(CMS_get1_certs(cms.get()));
  STACK_OF(X509)* signers = CMS_get0_signers(cms.get());
  if (signers != nullptr && sk_X509_num(signers) > 0) {
    X509* signer = sk_X509_value(signers, 0);
    report.signer_common_name = CommonName(signer);
    if (report.intact) MOTCUA_TRY(CheckTrust(signer, certs.get(), store.get(), report));
  }
  sk_X509_free(signers);
  ERR_clear_error();
  return report;
}

Result<std::string> HexDecode(std::string_view hex) {
  std::string out;
  out.reserve(hex.size() / 2);
  auto nibble = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (size_t i = 0; i + 1 < hex.size(); i += 2) {
    const int hi = nibble(hex[i]), lo = nibble(hex[i + 1]);
    if (hi < 0 || lo < 0) return MakeError(ErrorCode::kInvalidArgument, "bad hex in /Contents");
    out += static_cast<char>(hi << 4 | lo);
  }
  return out;
}

// The four /ByteRange integers of the last signature in `pdf`.
Result<std::array<size_t, 4>> LastByteRange(std::string_view pdf) {
  const size_t at = pdf.rfind("/ByteRange");
  if (at == std::string_view::npos) {
    return MakeError(ErrorCode::kInvalidArgument, "PDF has no signature", "pdf", "not_signed");
  }
  size_t pos = SkipSpace(pdf, at + 10);
  if (pos >= pdf.size() || pdf[pos] != '[') {
    return MakeError(ErrorCode::kInvalidArgument, "malformed /ByteRange", "pdf");
  }
  std::array<size_t, 4> range{};
  ++pos;
  for (size_t& value : range) {
    const size_t start = SkipSpace(pdf, pos);
    MOTCUA_ASSIGN_OR_RETURN(end, SkipValue(pdf, start));
    MOTCUA_ASSIGN_OR_RETURN(number, ParseInteger(pdf.substr(start, end - start)));
    value = static_cast<size_t>(number);
    pos = end;
  }
  return range;
}

}  // namespace

Result<VerifyReport> VerifyPdf(std::string_view pdf,
                               const std::vector<std::string>& trusted_ca_pem) {
  MOTCUA_ASSIGN_OR_RETURN(range, LastByteRange(pdf));
  const auto [zero, gap_begin, gap_end, tail] = range;
  // The gap must be exactly the hex string: '<' at gap_begin, '>' just before gap_end.
  const bool well_formed = zero == 0 && gap_begin < gap_end && gap_end + tail <= pdf.size() &&
                           gap_end - gap_begin >= 2 && pdf[gap_begin] == '<' &&
                           pdf[gap_end - 1] == '>';
  if (!well_formed) {
    VerifyReport report;
    report.problem = "/ByteRange does not frame the /Contents hex string";
    return report;
  }
  const auto cms = HexDecode(pdf.substr(gap_begin + 1, gap_end - gap_begin - 2));
  if (!cms) {
    VerifyReport report;
    report.problem = cms.error().message;
    return report;
  }
  std::string signed_bytes(pdf.substr(0, gap_begin));
  signed_bytes.append(pdf.substr(gap_end, tail));
  MOTCUA_ASSIGN_OR_RETURN(report, VerifyCms(signed_bytes, *cms, trusted_ca_pem));
  if (gap_end + tail != pdf.size() && report.intact) {
    report.intact = false;
    report.problem = "bytes were appended after the signed range";
  }
  return report;
}

Result<VerifyReport> VerifyDetached(std::string_view data, std::string_view cms_der,
                                    const std::vector<std::string>& trusted_ca_pem) {
  return VerifyCms(data, cms_der, trusted_ca_pem);
}

}  // namespace motcua::signing
