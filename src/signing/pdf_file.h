// SPDX-License-Identifier: Apache-2.0
// Reads what an incremental update needs from a PDF with classic cross-reference tables: the
// trailer, where each object starts, the catalog and the first page.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "common/result.h"
#include "signing/pdf_syntax.h"

namespace motcua::signing {

// A parsed view of a PDF file. It does not own the bytes: they must outlive it. Immutable once
// built; thread-compatible.
class PdfFile {
 public:
  // Reads the last startxref, the cross-reference table there and every older one reached by
  // /Prev, and the newest trailer. Returns kInvalidArgument for anything that is not such a PDF,
  // including encrypted files and files whose cross-references are streams (PDF 1.5 compressed
  // xref), which are not supported.
  static Result<PdfFile> Parse(std::string_view pdf);

  size_t startxref() const { return startxref_; }
  int size() const { return size_; }                 // the trailer's /Size
  const PdfRef& root() const { return root_; }       // the catalog
  const std::string& info() const { return info_; }  // the /Info value text, or ""
  const std::string& id() const { return id_; }      // the /ID value text, or ""

  // The value (usually a dictionary "<< ... >>") of object `ref`, as text. kInvalidArgument when
  // the object is not in the table or is not where the table says.
  Result<std::string_view> Object(PdfRef ref) const;

  // The first page in document order, found by walking /Pages and the first /Kids down.
  Result<PdfRef> FirstPage() const;

 private:
  explicit PdfFile(std::string_view pdf) : pdf_(pdf) {}
  Result<size_t> ReadXrefSection(size_t offset, bool newest);

  std::string_view pdf_;
  std::map<int, size_t> offsets_;  // in-use object number -> byte offset, newest revision wins
  size_t startxref_ = 0;
  int size_ = 0;
  PdfRef root_;
  std::string info_;
  std::string id_;
};

}  // namespace motcua::signing
