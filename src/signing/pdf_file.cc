// SPDX-License-Identifier: Apache-2.0
#include "signing/pdf_file.h"

#include <set>
#include <vector>

#include "signing/pdf_stream.h"

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

// The integers of an array value such as "[1 4 2]".
Result<std::vector<long long>> IntegerArray(std::string_view array) {
  if (array.size() < 2 || array.front() != '[') return Unsupported("expected an integer array");
  std::vector<long long> out;
  for (size_t pos = SkipSpace(array, 1); pos < array.size() && array[pos] != ']';) {
    MOTCUA_ASSIGN_OR_RETURN(end, SkipValue(array, pos));
    MOTCUA_ASSIGN_OR_RETURN(value, ParseInteger(array.substr(pos, end - pos)));
    out.push_back(value);
    pos = SkipSpace(array, end);
  }
  return out;
}

// A big-endian field of `width` bytes; a missing field (width 0) is `fallback` (section 7.5.8.2).
size_t Field(std::string_view data, size_t at, long long width, size_t fallback) {
  if (width == 0) return fallback;
  size_t value = 0;
  for (long long i = 0; i < width; ++i) {
    value = value << 8 | static_cast<unsigned char>(data[at + static_cast<size_t>(i)]);
  }
  return value;
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
  MOTCUA_TRY(file.LoadObjectStreams());
  return file;
}

// Reads the section at `offset` and its trailer; returns the trailer's /Prev, or 0.
Result<size_t> PdfFile::ReadXrefSection(size_t offset, bool newest) {
  size_t pos = offset;
  const bool table = NextToken(pdf_, pos) == "xref";
  if (newest) uses_xref_stream_ = !table;
  std::vector<std::pair<int, Entry>> table_entries;
  MOTCUA_ASSIGN_OR_RETURN(trailer,
                          table ? ReadXrefTable(offset, table_entries) : ReadXrefStream(offset));
  if (newest) MOTCUA_TRY(ReadTrailer(trailer));
  // A hybrid file (section 7.5.8.4) lists its compressed objects in a stream beside the table,
  // and the table may call them free: the stream's entries go first.
  MOTCUA_ASSIGN_OR_RETURN(xref_stm, DictValue(trailer, "/XRefStm"));
  if (table && xref_stm) {
    MOTCUA_ASSIGN_OR_RETURN(stm_offset, ParseInteger(*xref_stm));
    if (static_cast<size_t>(stm_offset) >= pdf_.size()) return Unsupported("bad /XRefStm");
    MOTCUA_TRY(ReadXrefStream(static_cast<size_t>(stm_offset)));
  }
  for (const auto& [number, entry] : table_entries) AddEntry(number, entry);
  MOTCUA_ASSIGN_OR_RETURN(prev, DictValue(trailer, "/Prev"));
  if (!prev) return size_t{0};
  MOTCUA_ASSIGN_OR_RETURN(prev_offset, ParseInteger(*prev));
  return static_cast<size_t>(prev_offset);
}

// Reads a classic table (section 7.5.4) into `entries`; returns the trailer dictionary after it.
Result<std::string_view> PdfFile::ReadXrefTable(size_t offset,
                                                std::vector<std::pair<int, Entry>>& entries) {
  size_t pos = offset;
  NextToken(pdf_, pos);  // "xref"
  for (;;) {
    size_t peek = pos;
    const std::string_view first = NextToken(pdf_, peek);
    if (first == "trailer") {
      pos = SkipSpace(pdf_, peek);
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
      entries.push_back({static_cast<int>(start + i),
                         {type == "n" ? 1 : 0, static_cast<size_t>(object_offset), 0}});
    }
  }
  MOTCUA_ASSIGN_OR_RETURN(end, SkipValue(pdf_, pos));
  return pdf_.substr(pos, end - pos);
}

// Reads a cross-reference stream (section 7.5.8); returns its dictionary, which is the trailer.
Result<std::string_view> PdfFile::ReadXrefStream(size_t offset) {
  size_t pos = offset;
  NextToken(pdf_, pos);  // object number
  NextToken(pdf_, pos);  // generation
  if (NextToken(pdf_, pos) != "obj") return Unsupported("no cross-reference section at startxref");
  const size_t dict_start = SkipSpace(pdf_, pos);
  MOTCUA_ASSIGN_OR_RETURN(dict_end, SkipValue(pdf_, dict_start));
  const std::string_view dict = pdf_.substr(dict_start, dict_end - dict_start);
  MOTCUA_ASSIGN_OR_RETURN(type, DictValue(dict, "/Type"));
  if (!type || *type != "/XRef") return Unsupported("no cross-reference section at startxref");
  MOTCUA_ASSIGN_OR_RETURN(raw, StreamData(pdf_, dict_end, dict));
  MOTCUA_ASSIGN_OR_RETURN(data, DecodeStream(dict, raw));
  MOTCUA_ASSIGN_OR_RETURN(w_text, DictValue(dict, "/W"));
  MOTCUA_ASSIGN_OR_RETURN(size_text, DictValue(dict, "/Size"));
  if (!w_text || !size_text) return Unsupported("cross-reference stream lacks /W or /Size");
  MOTCUA_ASSIGN_OR_RETURN(w, IntegerArray(*w_text));
  if (w.size() != 3 || w[0] > 4 || w[1] > 8 || w[2] > 8) return Unsupported("unsupported /W");
  MOTCUA_ASSIGN_OR_RETURN(index_text, DictValue(dict, "/Index"));
  std::vector<long long> index = {0};
  if (index_text) {
    MOTCUA_ASSIGN_OR_RETURN(parsed, IntegerArray(*index_text));
    index = std::move(parsed);
  } else {
    MOTCUA_ASSIGN_OR_RETURN(size, ParseInteger(*size_text));
    index.push_back(size);
  }
  const size_t row = static_cast<size_t>(w[0] + w[1] + w[2]);
  size_t at = 0;
  for (size_t i = 0; i + 1 < index.size(); i += 2) {
    for (long long k = 0; k < index[i + 1]; ++k, at += row) {
      if (row == 0 || at + row > data.size())
        return Unsupported("cross-reference stream too short");
      const size_t type = Field(data, at, w[0], 1);
      if (type > 2) continue;  // reserved types are treated as absent (section 7.5.8.3)
      AddEntry(static_cast<int>(index[i] + k),
               {static_cast<int>(type), Field(data, at + static_cast<size_t>(w[0]), w[1], 0),
                Field(data, at + static_cast<size_t>(w[0] + w[1]), w[2], 0)});
    }
  }
  return dict;
}

Status PdfFile::ReadTrailer(std::string_view trailer) {
  MOTCUA_ASSIGN_OR_RETURN(size, DictValue(trailer, "/Size"));
  MOTCUA_ASSIGN_OR_RETURN(root, DictValue(trailer, "/Root"));
  if (!size || !root) return Unsupported("PDF trailer lacks /Size or /Root");
  MOTCUA_ASSIGN_OR_RETURN(size_number, ParseInteger(*size));
  MOTCUA_ASSIGN_OR_RETURN(root_ref, ParseRef(*root));
  size_ = static_cast<int>(size_number);
  root_ = root_ref;
  MOTCUA_ASSIGN_OR_RETURN(info, DictValue(trailer, "/Info"));
  MOTCUA_ASSIGN_OR_RETURN(id, DictValue(trailer, "/ID"));
  MOTCUA_ASSIGN_OR_RETURN(encrypt, DictValue(trailer, "/Encrypt"));
  // Strings in an encrypted file's new objects would have to be encrypted too.
  if (encrypt) return Unsupported("PDF is encrypted; encrypted PDFs are not supported");
  if (info) info_ = std::string(*info);
  if (id) id_ = std::string(*id);
  return Ok();
}

// Decodes every object stream that holds a live object (section 7.5.7) and indexes its objects.
Status PdfFile::LoadObjectStreams() {
  for (const auto& [number, entry] : entries_) {
    if (entry.type != 2 || compressed_.count(number) > 0) continue;
    const int stream_number = static_cast<int>(entry.field2);
    if (object_streams_.count(stream_number) > 0) continue;
    const auto it = entries_.find(stream_number);
    if (it == entries_.end() || it->second.type != 1) {
      return Unsupported("object stream " + std::to_string(stream_number) + " not found");
    }
    MOTCUA_ASSIGN_OR_RETURN(dict, ObjectAt(it->second.field2, {stream_number, 0}));
    const size_t dict_end = static_cast<size_t>(dict.data() - pdf_.data()) + dict.size();
    MOTCUA_ASSIGN_OR_RETURN(raw, StreamData(pdf_, dict_end, dict));
    MOTCUA_ASSIGN_OR_RETURN(data, DecodeStream(dict, raw));
    const std::string_view decoded = object_streams_[stream_number] = std::move(data);
    MOTCUA_ASSIGN_OR_RETURN(n_text, DictValue(dict, "/N"));
    MOTCUA_ASSIGN_OR_RETURN(first_text, DictValue(dict, "/First"));
    if (!n_text || !first_text) return Unsupported("object stream lacks /N or /First");
    MOTCUA_ASSIGN_OR_RETURN(n, ParseInteger(*n_text));
    MOTCUA_ASSIGN_OR_RETURN(first, ParseInteger(*first_text));
    size_t pos = 0;
    for (long long i = 0; i < n; ++i) {
      MOTCUA_ASSIGN_OR_RETURN(object_number, ParseInteger(NextToken(decoded, pos)));
      MOTCUA_ASSIGN_OR_RETURN(object_offset, ParseInteger(NextToken(decoded, pos)));
      const size_t start = SkipSpace(decoded, static_cast<size_t>(first + object_offset));
      const auto entry_it = entries_.find(static_cast<int>(object_number));
      // Only the revision the cross-reference data points at counts.
      if (entry_it == entries_.end() || entry_it->second.type != 2 ||
          entry_it->second.field2 != static_cast<size_t>(stream_number)) {
        continue;
      }
      MOTCUA_ASSIGN_OR_RETURN(end, SkipValue(decoded, start));
      compressed_[static_cast<int>(object_number)] = decoded.substr(start, end - start);
    }
  }
  return Ok();
}

Result<std::string_view> PdfFile::ObjectAt(size_t offset, PdfRef ref) const {
  size_t pos = offset;
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

Result<std::string_view> PdfFile::Object(PdfRef ref) const {
  const auto it = entries_.find(ref.number);
  if (it != entries_.end() && it->second.type == 1 && it->second.field2 < pdf_.size()) {
    return ObjectAt(it->second.field2, ref);
  }
  if (it != entries_.end() && it->second.type == 2 && ref.generation == 0) {
    const auto compressed = compressed_.find(ref.number);
    if (compressed != compressed_.end()) return compressed->second;
  }
  return Unsupported("PDF object " + std::to_string(ref.number) + " is not in the xref table");
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
