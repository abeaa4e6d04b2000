// SPDX-License-Identifier: Apache-2.0
// The incremental update that adds a signature to a PDF (ISO 32000-1 sections 7.5.6 and 12.8):
// a /Sig dictionary with placeholders, an invisible widget on page 1, the field in the /AcroForm
// (a new form in a new catalog revision, or a new revision of the form a signed file has), and a
// new xref section and trailer. PdfSigner fills the placeholders.
#pragma once

#include <string>
#include <string_view>

#include "common/clock.h"
#include "common/result.h"

namespace motcua::signing {

// What the /Sig dictionary says besides the signature itself. Text is UTF-8.
struct SignatureFields {
  std::string reason;
  std::string location;
  std::string name;
  Timestamp time;
  size_t contents_bytes = 8192;  // room reserved for the DER CMS
};

// The signed file before the CMS is in: `bytes` is the original followed by the update, with
// /ByteRange filled in and /Contents all zeros. The CMS goes, hex-encoded, between
// `contents_begin` (just after '<') and `contents_end` (at '>').
struct PreparedSignature {
  std::string bytes;
  size_t contents_begin = 0;
  size_t contents_end = 0;
};

// Appends the signature update to `pdf`; a PDF signed before gets one more signature field
// (earlier signatures stay valid for the revision they cover). Returns kInvalidArgument when the
// PDF cannot be read (see PdfFile::Parse), keeps its page /Annots or its /AcroForm /Fields in a
// separate object, or when a text field is not UTF-8.
Result<PreparedSignature> PrepareSignatureUpdate(std::string_view pdf,
                                                 const SignatureFields& fields);

// `utf8` as a PDF text string: UTF-16BE with a byte-order mark, hex-encoded ("<FEFF...>"), as
// section 7.9.2.2 allows for any Unicode text. kInvalidArgument when `utf8` is not UTF-8.
Result<std::string> PdfTextString(std::string_view utf8);

// `t` as a PDF date in Vietnam time (section 7.9.4): "D:20250129093200+07'00'".
std::string PdfDate(Timestamp t);

}  // namespace motcua::signing
