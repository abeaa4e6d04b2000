// SPDX-License-Identifier: Apache-2.0
// Reads what an incremental update needs from a PDF: the trailer, where each object is (classic
// cross-reference tables, cross-reference streams and object streams), the catalog and the first
// page.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/result.h"
#include "signing/pdf_syntax.h"

namespace motcua::signing {

// A parsed view of a PDF file. It does not own the bytes: they must outlive it. Immutable once
// built; thread-compatible. Movable, not copyable (it keeps views into decoded object streams).
class PdfFile {
 public:
  // Reads the last startxref, the cross-reference section there (a table, with its /XRefStm if
  // it is a hybrid file, or a stream) and every older one reached by /Prev, the newest trailer,
  // and decodes the object streams. Returns kInvalidArgument for anything that is not such a
  // PDF, for encrypted files, and for streams filtered other than by FlateDecode.
  static Result<PdfFile> Parse(std::string_view pdf);

  PdfFile(PdfFile&&) = default;
  PdfFile& operator=(PdfFile&&) = default;
  PdfFile(const PdfFile&) = delete;
  PdfFile& operator=(const PdfFile&) = delete;

  size_t startxref() const { return startxref_; }
  int size() const { return size_; }                 // the trailer's /Size
  const PdfRef& root() const { return root_; }       // the catalog
  const std::string& info() const { return info_; }  // the /Info value text, or ""
  const std::string& id() const { return id_; }      // the /ID value text, or ""
  // True when the newest cross-reference section is a stream; an update should then add one too.
  bool uses_xref_stream() const { return uses_xref_stream_; }

  // The value (usually a dictionary "<< ... >>") of object `ref`, as text, whether it stands in
  // the file or in an object stream. kInvalidArgument when the object is not in the
  // cross-reference data or is not where it says.
  Result<std::string_view> Object(PdfRef ref) const;

  // The first page in document order, found by walking /Pages and the first /Kids down.
  Result<PdfRef> FirstPage() const;

 private:
  // One cross-reference entry: type 0 free, 1 at byte `field2`, 2 the `field3`th object of
  // object stream `field2`.
  struct Entry {
    int type = 0;
    size_t field2 = 0;
    size_t field3 = 0;
  };

  explicit PdfFile(std::string_view pdf) : pdf_(pdf) {}
  Result<size_t> ReadXrefSection(size_t offset, bool newest);
  Result<std::string_view> ReadXrefTable(size_t offset,
                                         std::vector<std::pair<int, Entry>>& entries);
  Result<std::string_view> ReadXrefStream(size_t offset);
  Status ReadTrailer(std::string_view trailer);
  Status LoadObjectStreams();
  Result<std::string_view> ObjectAt(size_t offset, PdfRef ref) const;
  void AddEntry(int number, Entry entry) { entries_.emplace(number, entry); }

  std::string_view pdf_;
  std::map<int, Entry> entries_;                // object number -> entry, newest revision wins
  std::map<int, std::string> object_streams_;   // decoded data by object stream number
  std::map<int, std::string_view> compressed_;  // object number -> its text in those
  bool uses_xref_stream_ = false;
  size_t startxref_ = 0;
  int size_ = 0;
  PdfRef root_;
  std::string info_;
  std::string id_;
};

}  // namespace motcua::signing
