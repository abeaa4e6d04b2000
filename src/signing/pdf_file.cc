// SPDX-License-Identifier: Apache-2.0
#include "signing/pdf_file.h"

#include <set>

namespace motcua::signing {
namespace {

Error Unsupported(std::string message) {
  return MakeError(ErrorCode::kInvalidArgument, std::move(message), "pdf");
}

// The next white-space separated token from `pos`, which moves past it.
std::string_view NextToken(std::string_view text, size_t& pos) {
  pos = SkipSpace(text, pos);
  const size_t start = pos;
  while (pos < text.size() && !IsPdfSpace(text[pos])) ++pos;
  return text.substr(start, pos - start);
}

Result<size_t> FindStartXref(std::string_view pdf) {
  const size_t tail = pdf.size() > 1024 ? pdf.size() - 1024 : 0;
  const size_t at = pdf.rfind("startxref");
  if (at == std::string_view::npos || at < tail) return Unsupported("not a PDF: no startxref");
  size_t pos = at + 9;
  MOTCUA_ASSIGN_OR_RETURN(offset, ParseInteger(NextToken(pdf, pos)));
  if (static_cast<size_t>(offset) >= pdf.size()) return Unsupported("startxref past the end");
  return static_cast<size_t>(offset);
}

}  // namespace

Result<PdfFile> PdfFile::Parse(std::string_view pdf) {
  if (pdf.substr(0, 5) != "%PDF-") return Unsupported("not a PDF: no %PDF- header");
  PdfFile file(pdf);
  MOTCUA_ASSIGN_OR_RETURN(start, FindStartXref(pdf));
  file.startxref_ = start;
  std::set<size_t> seen;  // a /Prev loop must not hang us
  bool newest = true;
  for (size_t offset = start; seen.insert(offset).second; newest = false) {
    MOTCUA_ASSIGN_OR_RETURN(prev, file.ReadXrefSection(offset, newest));
    if (prev == 0) break;
    offset = prev;
  }
  if (file.root_.number == 0) return Unsupported("PDF trailer has no /Root");
  return file;
}

// Reads the table at `offset` and its trailer; returns the trailer's /Prev, or 0.
Result<size_t> PdfFile::ReadXrefSection(size_t offset, bool newest) {
  size_t pos = offset;
  const std::string_view keyword = NextToken(pdf_, pos);
  if (keyword != "xref") {
    return Unsupported(
        "PDF uses a cross-reference stream (PDF 1.5); only classic xref tables are supported");
  }
  for (;;) {
    size_t peek = pos;
    const std::string_view first = NextToken(pdf_, peek);
    if (first == "trailer") {
      pos = peek;
      break;
    }
    MOTCUA_ASSIGN_OR_RETURN(start, ParseInteger(first));
    MOTCUA_ASSIGN_OR_RETURN(count, ParseInteger(NextToken(pdf_, peek)));
    pos = peek;
    for (long long i = 0; i < count; ++i) {
      MOTCUA_ASSIGN_OR_RETURN(object_offset, ParseInteger(NextToken(pdf_, pos)));
      NextToken(pdf_, pos);  // generation
      const std::string_view type = NextToken(pdf_, pos);
      if (type != "n" && type != "f") return Unsupported("malformed xref entry");
      // Older sections never override what a newer one said about an object.
      if (type == "n")
        offsets_.emplace(static_cast<int>(start + i), object_offset);
      else
        offsets_.emplace(static_cast<int>(start + i), 0);
    }
  }
  auto value = [&](std::string_view key) { return DictValue(pdf_, key, pos); };
  if (newest) {
    MOTCUA_ASSIGN_OR_RETURN(size, value("/Size"));
    MOTCUA_ASSIGN_OR_RETURN(root, value("/Root"));
    if (!size || !root) return Unsupported("PDF trailer lacks /Size or /Root");
    MOTCUA_ASSIGN_OR_RETURN(size_number, ParseInteger(*size));
    MOTCUA_ASSIGN_OR_RETURN(root_ref, ParseRef(*root));
    size_ = static_cast<int>(size_number);
    root_ = root_ref;
    MOTCUA_ASSIGN_OR_RETURN(info, value("/Info"));
    MOTCUA_ASSIGN_OR_RETURN(id, value("/ID"));
    MOTCUA_ASSIGN_OR_RETURN(encrypt, value("/Encrypt"));
    // Strings in an encrypted file's new objects would have to be encrypted too.
    if (encrypt) return Unsupported("PDF is encrypted; encrypted PDFs are not supported");
    if (info) info_ = std::string(*info);
    if (id) id_ = std::string(*id);
  }
  MOTCUA_ASSIGN_OR_RETURN(prev, value("/Prev"));
  if (!prev) return size_t{0};
  MOTCUA_ASSIGN_OR_RETURN(prev_offset, ParseInteger(*prev));
  return static_cast<size_t>(prev_offset);
}

Result<std::string_view> PdfFile::Object(PdfRef ref) const {
  const auto it = offsets_.find(ref.number);
  if (it == offsets_.end() || it->second == 0 || it->second >= pdf_.size()) {
    return Unsupported("PDF object " + std::to_string(ref.number) + " is not in the xref table");
  }
  size_t pos = it->second;
  const std::string_view number = NextToken(pdf_, pos);
  const std::string_view generation = NextToken(pdf_, pos);
  const std::string_view obj = NextToken(pdf_, pos);
  if (number != std::to_string(ref.number) || generation != std::to_string(ref.generation) ||
      obj != "obj") {
    return Unsupported("PDF object " + std::to_string(ref.number) + " is not at its offset");
  }
  const size_t start = SkipSpace(pdf_, pos);
  MOTCUA_ASSIGN_OR_RETURN(end, SkipValue(pdf_, start));
  return pdf_.substr(start, end - start);
}

Result<PdfRef> PdfFile::FirstPage() const {
  MOTCUA_ASSIGN_OR_RETURN(catalog, Object(root_));
  MOTCUA_ASSIGN_OR_RETURN(pages, DictValue(catalog, "/Pages"));
  if (!pages) return Unsupported("PDF catalog has no /Pages");
  MOTCUA_ASSIGN_OR_RETURN(node, ParseRef(*pages));
  for (int depth = 0; depth < 32; ++depth) {
    MOTCUA_ASSIGN_OR_RETURN(dict, Object(node));
    MOTCUA_ASSIGN_OR_RETURN(type, DictValue(dict, "/Type"));
    if (type && *type == "/Page") return node;
    MOTCUA_ASSIGN_OR_RETURN(kids, DictValue(dict, "/Kids"));
    if (!kids || kids->size() < 2 || kids->front() != '[') {
      return Unsupported("PDF page tree node has no /Kids array");
    }
    // The first element of the array: skip "[", take one value.
    const size_t first = SkipSpace(*kids, 1);
    MOTCUA_ASSIGN_OR_RETURN(first_end, SkipValue(*kids, first));
    MOTCUA_ASSIGN_OR_RETURN(kid, ParseRef(kids->substr(first, first_end - first)));
    node = kid;
  }
  return Unsupported("PDF page tree is too deep");
}

}  // namespace motcua::signing
