// SPDX-License-Identifier: Apache-2.0
#include "signing/pdf_signature_update.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <utility>
#include <vector>

#include "common/local_time.h"
#include "signing/pdf_file.h"

namespace motcua::signing {
namespace {

constexpr char kByteRangePlaceholder[] = "/ByteRange [0 0000000000 0000000000 0000000000]";

std::string XrefEntry(size_t offset, int generation) {
  char entry[32];
  std::snprintf(entry, sizeof(entry), "%010zu %05d n\r\n", offset, generation);
  return entry;
}

// Decodes one UTF-8 sequence at `i`, moving past it; returns -1 when it is malformed.
long NextCodePoint(std::string_view s, size_t& i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  const int extra = lead < 0x80         ? 0
                    : (lead >> 5) == 6  ? 1
                    : (lead >> 4) == 14 ? 2
                    : (lead >> 3) == 30 ? 3
                                        : -1;
  if (extra < 0 || i + static_cast<size_t>(extra) >= s.size()) return -1;
  long cp = extra == 0 ? lead : lead & (0x3f >> extra);
  for (int k = 1; k <= extra; ++k) {
    if ((byte(i + static_cast<size_t>(k)) & 0xc0) != 0x80) return -1;
    cp = (cp << 6) | (byte(i + static_cast<size_t>(k)) & 0x3f);
  }
  i += static_cast<size_t>(extra) + 1;
  return cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? -1 : cp;
}

// An object the update writes: a new one (generation 0) or a new revision of an old one.
struct NewObject {
  int generation = 0;
  std::string body;
};
using ObjectMap = std::map<int, NewObject>;

// The form dictionary `form` with `widget` added to /Fields and /SigFlags 3.
Result<std::string> FormWithField(std::string_view form, int widget) {
  const std::string ref = PdfRef{widget, 0}.ToString();
  MOTCUA_ASSIGN_OR_RETURN(fields, DictValue(form, "/Fields"));
  std::string list = "[" + ref + "]";
  if (fields && fields->front() != '[') {
    return MakeError(ErrorCode::kInvalidArgument,
                     "PDF keeps /AcroForm /Fields in a separate object; not supported", "pdf");
  }
  if (fields) list = std::string(fields->substr(0, fields->size() - 1)) + " " + ref + "]";
  MOTCUA_ASSIGN_OR_RETURN(with_fields, SetDictEntry(form, "/Fields", list));
  return SetDictEntry(with_fields, "/SigFlags", "3");
}

// Puts `widget` into the document's form: a new /AcroForm object numbered `free_number` and a
// new catalog revision pointing at it, or a new revision of the form the catalog already has
// (a file signed before), inline or as its own object.
Status AddToForm(const PdfFile& file, int widget, int free_number, ObjectMap& objects) {
  const PdfRef root = file.root();
  MOTCUA_ASSIGN_OR_RETURN(catalog, file.Object(root));
  MOTCUA_ASSIGN_OR_RETURN(existing, DictValue(catalog, "/AcroForm"));
  if (!existing) {
    objects[free_number] = {0, "<< /Fields [" + PdfRef{widget, 0}.ToString() + "] /SigFlags 3 >>"};
    MOTCUA_ASSIGN_OR_RETURN(new_catalog,
                            SetDictEntry(catalog, "/AcroForm", PdfRef{free_number, 0}.ToString()));
    objects[root.number] = {root.generation, std::move(new_catalog)};
    return Ok();
  }
  if (existing->substr(0, 2) == "<<") {
    MOTCUA_ASSIGN_OR_RETURN(form, FormWithField(*existing, widget));
    MOTCUA_ASSIGN_OR_RETURN(new_catalog, SetDictEntry(catalog, "/AcroForm", form));
    objects[root.number] = {root.generation, std::move(new_catalog)};
    return Ok();
  }
  MOTCUA_ASSIGN_OR_RETURN(form_ref, ParseRef(*existing));
  MOTCUA_ASSIGN_OR_RETURN(form, file.Object(form_ref));
  MOTCUA_ASSIGN_OR_RETURN(new_form, FormWithField(form, widget));
  objects[form_ref.number] = {form_ref.generation, std::move(new_form)};
  return Ok();
}

// The page revision: the old page with `widget` added to its /Annots.
Result<std::string> NewPage(std::string_view page, int widget) {
  const std::string ref = PdfRef{widget, 0}.ToString();
  MOTCUA_ASSIGN_OR_RETURN(annots, DictValue(page, "/Annots"));
  if (!annots) return SetDictEntry(page, "/Annots", "[" + ref + "]");
  if (annots->front() != '[') {
    return MakeError(ErrorCode::kInvalidArgument,
                     "PDF page keeps /Annots in a separate object; not supported", "pdf");
  }
  std::string list(annots->substr(0, annots->size() - 1));
  return SetDictEntry(page, "/Annots", list + " " + ref + "]");
}

// Runs of consecutive object numbers: (first, count), one per xref subsection (7.5.4).
std::vector<std::pair<int, int>> Runs(const std::map<int, size_t>& offsets) {
  std::vector<std::pair<int, int>> runs;
  for (const auto& [number, offset] : offsets) {
    if (!runs.empty() && runs.back().first + runs.back().second == number) {
      ++runs.back().second;
    } else {
      runs.push_back({number, 1});
    }
  }
  return runs;
}

void AppendXrefTable(std::string& out, const ObjectMap& objects,
                     const std::map<int, size_t>& offsets, int size, const std::string& trailer) {
  out += "xref\n";
  for (const auto& [first, count] : Runs(offsets)) {
    out += std::to_string(first) + " " + std::to_string(count) + "\n";
    for (int n = first; n < first + count; ++n) {
      out += XrefEntry(offsets.at(n), objects.at(n).generation);
    }
  }
  out += "trailer\n<< /Size " + std::to_string(size) + trailer + " >>\n";
}

// An unfiltered cross-reference stream (7.5.8) numbered `size`, listing itself too; rows are
// type (1 byte), offset (4 bytes), generation (2 bytes).
void AppendXrefStream(std::string& out, const ObjectMap& objects, std::map<int, size_t> offsets,
                      int size, const std::string& trailer) {
  offsets[size] = out.size();
  std::string rows;
  std::string index;
  for (const auto& [first, count] : Runs(offsets)) {
    index += (index.empty() ? "" : " ") + std::to_string(first) + " " + std::to_string(count);
    for (int n = first; n < first + count; ++n) {
      const size_t offset = offsets.at(n);
      const int generation = n == size ? 0 : objects.at(n).generation;
      rows += '\x01';
      for (int shift = 24; shift >= 0; shift -= 8) rows += static_cast<char>(offset >> shift);
      rows += static_cast<char>(generation >> 8);
      rows += static_cast<char>(generation);
    }
  }
  out += std::to_string(size) + " 0 obj\n<< /Type /XRef /Size " + std::to_string(size + 1) +
         " /W [1 4 2] /Index [" + index + "]" + trailer + " /Length " +
         std::to_string(rows.size()) + " >>\nstream\n" + rows + "\nendstream\nendobj\n";
}

Result<std::string> SignatureDictionary(const SignatureFields& f) {
  MOTCUA_ASSIGN_OR_RETURN(reason, PdfTextString(f.reason));
  MOTCUA_ASSIGN_OR_RETURN(location, PdfTextString(f.location));
  MOTCUA_ASSIGN_OR_RETURN(name, PdfTextString(f.name));
  return "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached\n" +
         std::string(kByteRangePlaceholder) + "\n/Contents <" +
         std::string(2 * f.contents_bytes, '0') + ">\n/M (" + PdfDate(f.time) + ")\n/Name " + name +
         "\n/Reason " + reason + "\n/Location " + location + "\n>>";
}

}  // namespace

Result<std::string> PdfTextString(std::string_view utf8) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = "<FEFF";
  auto unit = [&](unsigned u) {
    for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(u >> shift) & 0xf];
  };
  for (size_t i = 0; i < utf8.size();) {
    const long cp = NextCodePoint(utf8, i);
    if (cp < 0) return MakeError(ErrorCode::kInvalidArgument, "signature text is not UTF-8");
    if (cp < 0x10000) {
      unit(static_cast<unsigned>(cp));
    } else {
      unit(0xd800 + ((static_cast<unsigned>(cp) - 0x10000) >> 10));
      unit(0xdc00 + ((static_cast<unsigned>(cp) - 0x10000) & 0x3ff));
    }
  }
  return out + ">";
}

std::string PdfDate(Timestamp t) {
  const LocalDateTime local = ToLocal(t);
  const long long seconds = local.time_of_day.count();
  char text[96];  // room for any int the compiler cannot bound
  std::snprintf(text, sizeof(text), "D:%04d%02u%02u%02lld%02lld%02lld+07'00'",
                static_cast<int>(local.date.year()), static_cast<unsigned>(local.date.month()),
                static_cast<unsigned>(local.date.day()), seconds / 3600, seconds / 60 % 60,
                seconds % 60);
  return text;
}

Result<PreparedSignature> PrepareSignatureUpdate(std::string_view pdf,
                                                 const SignatureFields& fields) {
  MOTCUA_ASSIGN_OR_RETURN(file, PdfFile::Parse(pdf));
  MOTCUA_ASSIGN_OR_RETURN(page_ref, file.FirstPage());
  MOTCUA_ASSIGN_OR_RETURN(page, file.Object(page_ref));
  const int sig = file.size(), widget = sig + 1;
  MOTCUA_ASSIGN_OR_RETURN(new_page, NewPage(page, widget));
  MOTCUA_ASSIGN_OR_RETURN(sig_dict, SignatureDictionary(fields));
  ObjectMap objects;
  objects[sig] = {0, std::move(sig_dict)};
  // Each signature field gets its own name, made unique by the signature's object number.
  objects[widget] = {0, "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature" +
                            std::to_string(sig) + ") /F 132\n/Rect [0 0 0 0] /V " +
                            PdfRef{sig, 0}.ToString() + " /P " + page_ref.ToString() + " >>"};
  objects[page_ref.number] = {page_ref.generation, std::move(new_page)};
  MOTCUA_TRY(AddToForm(file, widget, widget + 1, objects));
  const int new_size = std::max(file.size(), objects.rbegin()->first + 1);

  PreparedSignature out;
  out.bytes.reserve(pdf.size() + 2 * fields.contents_bytes + 4096);
  out.bytes.append(pdf);
  if (out.bytes.back() != '\n') out.bytes += '\n';
  std::map<int, size_t> offsets;
  for (const auto& [number, object] : objects) {
    offsets[number] = out.bytes.size();
    out.bytes += std::to_string(number) + " " + std::to_string(object.generation) + " obj\n" +
                 object.body + "\nendobj\n";
  }
  std::string trailer =
      " /Root " + file.root().ToString() + " /Prev " + std::to_string(file.startxref());
  if (!file.info().empty()) trailer += " /Info " + file.info();
  if (!file.id().empty()) trailer += " /ID " + file.id();
  const size_t xref = out.bytes.size();
  // A file whose cross-references are streams gets a stream in its update too, as readers
  // that honour section 7.5.8.4 expect; a classic file gets a table.
  if (file.uses_xref_stream()) {
    AppendXrefStream(out.bytes, objects, offsets, new_size, trailer);
  } else {
    AppendXrefTable(out.bytes, objects, offsets, new_size, trailer);
  }
  out.bytes += "startxref\n" + std::to_string(xref) + "\n%%EOF\n";

  // The byte range is everything but the hex string, delimiters included (section 12.8.1).
  const size_t sig_at = offsets[sig];
  const size_t contents_open = out.bytes.find("/Contents <", sig_at) + 10;
  out.contents_begin = contents_open + 1;
  out.contents_end = out.contents_begin + 2 * fields.contents_bytes;
  const size_t after = out.contents_end + 1;
  char range[sizeof(kByteRangePlaceholder)];
  std::snprintf(range, sizeof(range), "/ByteRange [0 %zu %zu %zu]", contents_open, after,
                out.bytes.size() - after);
  std::string padded(range);
  padded.resize(sizeof(kByteRangePlaceholder) - 1, ' ');
  out.bytes.replace(out.bytes.find(kByteRangePlaceholder, sig_at), padded.size(), padded);
  return out;
}

}  // namespace motcua::signing
