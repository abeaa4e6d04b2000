// SPDX-License-Identifier: Apache-2.0
#include "blob/file_inspector.h"

#include <array>
#include <cstdint>
#include <set>
#include <vector>

namespace motcua::blob {
namespace {

constexpr std::string_view kScanKinds = "PDF, JPEG, PNG hoặc TIFF";
constexpr std::string_view kDocumentKinds = "PDF, DOCX, ODT hoặc DOC";

Error Invalid(const std::string& why, std::string_view accepted = kScanKinds) {
  return MakeError(ErrorCode::kInvalidArgument,
                   "Tệp không hợp lệ: " + why + ". Chỉ chấp nhận " + std::string(accepted) +
                       " nguyên vẹn.",
                   "file", "invalid_file");
}

Error TooLarge(size_t max_bytes) {
  return MakeError(ErrorCode::kPayloadTooLarge,
                   "Tệp vượt quá dung lượng cho phép (" + std::to_string(max_bytes / (1024 * 1024)) +
                       " MB)",
                   "file", "file_too_large");
}

uint32_t Be32(std::string_view s, size_t i) {
  return (uint32_t(uint8_t(s[i])) << 24) | (uint32_t(uint8_t(s[i + 1])) << 16) |
         (uint32_t(uint8_t(s[i + 2])) << 8) | uint32_t(uint8_t(s[i + 3]));
}
uint16_t Be16(std::string_view s, size_t i) {
  return static_cast<uint16_t>((uint8_t(s[i]) << 8) | uint8_t(s[i + 1]));
}

uint32_t Crc32(std::string_view data) {
  static const std::array<uint32_t, 256> table = [] {
    std::array<uint32_t, 256> t{};
    for (uint32_t n = 0; n < 256; ++n) {
      uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  uint32_t c = 0xFFFFFFFFu;
  for (char ch : data) c = table[(c ^ uint8_t(ch)) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

Result<InspectedFile> InspectPng(std::string_view s) {
  InspectedFile f{FileKind::kPng, "image/png"};
  size_t pos = 8;
  bool first = true;
  for (;;) {
    if (pos + 12 > s.size()) return Invalid("PNG bị cắt cụt");
    const uint32_t len = Be32(s, pos);
    if (len > s.size() - pos - 12) return Invalid("PNG bị cắt cụt");
    const std::string_view type = s.substr(pos + 4, 4);
    if (Crc32(s.substr(pos + 4, 4 + len)) != Be32(s, pos + 8 + len)) {
      return Invalid("PNG sai mã kiểm tra CRC");
    }
    if (first) {
      if (type != "IHDR" || len != 13) return Invalid("PNG thiếu phần đầu IHDR");
      f.width = static_cast<int>(Be32(s, pos + 8));
      f.height = static_cast<int>(Be32(s, pos + 12));
      if (f.width <= 0 || f.height <= 0) return Invalid("PNG có kích thước 0");
      first = false;
    }
    pos += 12 + len;
    if (type == "IEND") return f;
  }
}

Result<InspectedFile> InspectJpeg(std::string_view s) {
  InspectedFile f{FileKind::kJpeg, "image/jpeg"};
  size_t pos = 2;
  while (pos + 4 <= s.size()) {
    if (uint8_t(s[pos]) != 0xFF) return Invalid("JPEG có cấu trúc hỏng");
    const uint8_t marker = uint8_t(s[pos + 1]);
    if (marker == 0xFF) { ++pos; continue; }  // fill byte
    if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
      pos += 2;
      continue;
    }
    const uint16_t len = Be16(s, pos + 2);
    if (len < 2 || pos + 2 + len > s.size()) return Invalid("JPEG bị cắt cụt");
    const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 &&
                     marker != 0xCC;
    if (sof) {
      if (len < 7) return Invalid("JPEG có phần đầu khung hỏng");
      f.height = Be16(s, pos + 5);
      f.width = Be16(s, pos + 7);
    }
    if (marker == 0xDA) {  // start of scan: the compressed data runs to the end-of-image marker
      if (f.width == 0 || f.height == 0) return Invalid("JPEG thiếu kích thước ảnh");
      const size_t eoi = s.rfind("\xFF\xD9");
      if (eoi == std::string_view::npos || eoi < pos) return Invalid("JPEG bị cắt cụt");
      return f;
    }
    pos += 2 + len;
  }
  return Invalid("JPEG bị cắt cụt");
}

Result<InspectedFile> InspectTiff(std::string_view s, const FileLimits& limits) {
  InspectedFile f{FileKind::kTiff, "image/tiff"};
  const bool little = s[0] == 'I';
  auto u16 = [&](size_t i) -> uint32_t {
    return little ? uint32_t(uint8_t(s[i])) | (uint32_t(uint8_t(s[i + 1])) << 8) : Be16(s, i);
  };
  auto u32 = [&](size_t i) -> uint32_t {
    return little ? u16(i) | (u16(i + 2) << 16) : Be32(s, i);
  };
  uint32_t offset = u32(4);
  std::set<uint32_t> seen;
  f.pages = 0;
  while (offset != 0) {
    if (offset < 8 || offset + 2 > s.size() || !seen.insert(offset).second) {
      return Invalid("TIFF có thư mục ảnh hỏng");
    }
    const uint32_t entries = u16(offset);
    if (offset + 2 + entries * 12ull + 4 > s.size()) return Invalid("TIFF bị cắt cụt");
    for (uint32_t e = 0; e < entries && f.pages == 0; ++e) {
      const size_t at = offset + 2 + e * 12;
      const uint32_t tag = u16(at), type = u16(at + 2);
      const uint32_t value = type == 3 ? u16(at + 8) : u32(at + 8);
      if (tag == 256) f.width = static_cast<int>(value);
      if (tag == 257) f.height = static_cast<int>(value);
    }
    ++f.pages;
    if (f.pages > limits.max_pages) break;
    offset = u32(offset + 2 + entries * 12);
  }
  if (f.pages == 0 || f.width <= 0 || f.height <= 0) return Invalid("TIFF thiếu kích thước ảnh");
  return f;
}

int CountPdfPages(std::string_view s) {
  int pages = 0;
  for (std::string_view key : {"/Type /Page", "/Type/Page"}) {
    for (size_t pos = s.find(key); pos != std::string_view::npos; pos = s.find(key, pos + 1)) {
      const size_t after = pos + key.size();
      if (after < s.size() && s[after] == 's') continue;  // "/Pages", the tree node
      ++pages;
    }
  }
  return pages;
}

Result<InspectedFile> InspectPdf(std::string_view s) {
  InspectedFile f{FileKind::kPdf, "application/pdf", 0};
  const std::string_view tail = s.substr(s.size() > 2048 ? s.size() - 2048 : 0);
  const size_t eof = tail.rfind("%%EOF");
  const size_t sx = tail.rfind("startxref");
  if (eof == std::string_view::npos || sx == std::string_view::npos || sx > eof) {
    return Invalid("PDF thiếu phần kết thúc (startxref/%%EOF) - tệp có thể bị cắt cụt");
  }
  size_t pos = sx + 9;
  while (pos < tail.size() && (tail[pos] == ' ' || tail[pos] == '\r' || tail[pos] == '\n')) ++pos;
  unsigned long long xref = 0;
  bool digits = false;
  while (pos < tail.size() && tail[pos] >= '0' && tail[pos] <= '9' && xref < s.size()) {
    xref = xref * 10 + static_cast<unsigned>(tail[pos++] - '0');
    digits = true;
  }
  if (!digits || xref >= s.size()) return Invalid("PDF có bảng tham chiếu (xref) hỏng");
  const std::string_view at = s.substr(xref, 32);
  const bool classic = at.rfind("xref", 0) == 0;
  const bool stream = at.find(" obj") != std::string_view::npos;  // cross-reference stream
  if (!classic && !stream) return Invalid("PDF có bảng tham chiếu (xref) hỏng");
  f.pages = CountPdfPages(s);
  // Page objects may sit inside compressed object streams; then trust the page tree's count.
  if (f.pages == 0) {
    const size_t count = s.find("/Count ");
    if (count != std::string_view::npos) f.pages = std::atoi(std::string(s.substr(count + 7, 8)).c_str());
  }
  if (f.pages <= 0) f.pages = 1;
  return f;
}

uint16_t Le16(std::string_view s, size_t i) {
  return static_cast<uint16_t>(uint8_t(s[i]) | (uint8_t(s[i + 1]) << 8));
}
uint32_t Le32(std::string_view s, size_t i) { return Le16(s, i) | (uint32_t(Le16(s, i + 2)) << 16); }

constexpr std::string_view kZipLocalHeader("PK\x03\x04", 4);
constexpr std::string_view kOdtMime = "application/vnd.oasis.opendocument.text";

// A ZIP's local file header: signature, versions and flags, method (offset 8), sizes, the name's
// length (26) and the extra field's length (28), then the name at 30.
struct ZipEntry {
  std::string_view name;
  uint16_t method = 0;
  std::string_view stored;  // the data when stored uncompressed with its size in the header
};

// Every local file header in the file. Looking for each signature rather than skipping by the
// compressed size keeps entries written with a data descriptor (sizes after the data) visible.
std::vector<ZipEntry> ZipEntries(std::string_view s) {
  // A real form has a few dozen entries; a crafted file full of header signatures is not read
  // past this many.
  constexpr size_t kMaxEntries = 2000;
  std::vector<ZipEntry> out;
  for (size_t pos = 0; out.size() < kMaxEntries &&
                       (pos = s.find(kZipLocalHeader, pos)) != std::string_view::npos;
       ++pos) {
    if (pos + 30 > s.size()) break;
    const size_t name_len = Le16(s, pos + 26), extra_len = Le16(s, pos + 28);
    if (name_len == 0 || pos + 30 + name_len > s.size()) continue;
    ZipEntry e{s.substr(pos + 30, name_len), Le16(s, pos + 8), {}};
    const size_t data = pos + 30 + name_len + extra_len;
    const uint32_t size = Le32(s, pos + 18);
    if (e.method == 0 && data <= s.size() && size <= s.size() - data) e.stored = s.substr(data, size);
    out.push_back(e);
  }
  return out;
}

Result<InspectedFile> InspectZipDocument(std::string_view s) {
  const std::vector<ZipEntry> entries = ZipEntries(s);
  if (entries.empty()) return Invalid("ZIP hỏng", kDocumentKinds);
  if (entries.front().name == "mimetype") {
    if (entries.front().method == 0 && entries.front().stored == kOdtMime) {
      return InspectedFile{FileKind::kOdt, std::string(kOdtMime)};
    }
    return Invalid("tài liệu OpenDocument không phải văn bản (ODT)", kDocumentKinds);
  }
  bool content_types = false, word = false;
  for (const auto& e : entries) {
    content_types = content_types || e.name == "[Content_Types].xml";
    word = word || e.name.starts_with("word/");
    // Forms are served to anyone: a document carrying macros is not one of them.
    if (e.name == "word/vbaProject.bin") {
      return Invalid("văn bản Word có macro, không dùng làm mẫu đơn", kDocumentKinds);
    }
  }
  if (content_types && word) {
    return InspectedFile{
        FileKind::kDocx,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"};
  }
  return Invalid("tệp ZIP không phải văn bản Word (DOCX) hay ODT", kDocumentKinds);
}

Result<InspectedFile> InspectOle2Document(std::string_view s) {
  // The directory names its streams in UTF-16LE; a Word 97-2003 file has a "WordDocument" one.
  static const std::string kWordStream = [] {
    std::string out;
    for (char c : std::string_view("WordDocument")) out += {c, '\0'};
    return out;
  }();
  if (s.size() < 512 || s.find(kWordStream) == std::string_view::npos) {
    return Invalid("tệp OLE2 không phải văn bản Word (DOC)", kDocumentKinds);
  }
  return InspectedFile{FileKind::kDoc, "application/msword"};
}

}  // namespace

Result<InspectedFile> InspectDocument(std::string_view bytes, size_t max_bytes) {
  if (bytes.size() > max_bytes) return TooLarge(max_bytes);
  if (bytes.size() < 16) return Invalid("tệp quá nhỏ", kDocumentKinds);
  if (bytes.starts_with(kZipLocalHeader)) return InspectZipDocument(bytes);
  if (bytes.starts_with(std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) {
    return InspectOle2Document(bytes);
  }
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) {
    auto pdf = InspectPdf(bytes);
    if (!pdf) return Invalid("PDF hỏng hoặc bị cắt cụt", kDocumentKinds);
    return pdf;
  }
  return Invalid("không nhận ra định dạng", kDocumentKinds);
}

Result<InspectedFile> InspectFile(std::string_view bytes, const FileLimits& limits) {
  if (bytes.size() > limits.max_bytes) return TooLarge(limits.max_bytes);
  if (bytes.size() < 16) return Invalid("tệp quá nhỏ");
  Result<InspectedFile> r = Invalid("không nhận ra định dạng");
  if (bytes.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8)) {
    r = InspectPng(bytes);
  } else if (bytes.substr(0, 3) == "\xFF\xD8\xFF") {
    r = InspectJpeg(bytes);
  } else if (bytes.substr(0, 4) == std::string_view("II*\0", 4) ||
             bytes.substr(0, 4) == std::string_view("MM\0*", 4)) {
    r = InspectTiff(bytes, limits);
  } else if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) {
    r = InspectPdf(bytes);
  }
  if (r && r->pages > limits.max_pages) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Tệp có quá nhiều trang (tối đa " + std::to_string(limits.max_pages) + ")",
                     "file", "too_many_pages");
  }
  return r;
}

}  // namespace motcua::blob
