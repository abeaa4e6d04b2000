// SPDX-License-Identifier: Apache-2.0
#include "catalog/form_template.h"

#include "common/utf8.h"

namespace motcua::catalog {
namespace {

// Bytes of `s` up to `max`, not cutting a UTF-8 sequence.
std::string_view Utf8Prefix(std::string_view s, size_t max) {
  if (s.size() <= max) return s;
  size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '.')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '.')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string_view TemplateExtension(std::string_view media_type) {
  if (media_type == "application/pdf") return "pdf";
  if (media_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document") {
    return "docx";
  }
  if (media_type == "application/vnd.oasis.opendocument.text") return "odt";
  if (media_type == "application/msword") return "doc";
  return "bin";
}

Result<std::string> SanitizeTemplateFileName(std::string_view name, std::string_view extension,
                                             std::string_view fallback_stem) {
  if (!IsValidUtf8(name)) {
    return MakeError(ErrorCode::kInvalidArgument, "Tên tệp không phải văn bản UTF-8 hợp lệ",
                     "file_name");
  }
  const size_t slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  std::string clean;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F || c == '"') continue;
    clean += c;
  }
  std::string_view stem = Trim(clean);
  const size_t dot = stem.rfind('.');
  if (dot != std::string_view::npos) stem = Trim(stem.substr(0, dot));
  if (stem.empty()) stem = Trim(fallback_stem);
  if (stem.empty()) stem = "mau-don";
  const std::string suffix = "." + std::string(extension);
  return std::string(Trim(Utf8Prefix(stem, kMaxTemplateFileNameBytes - suffix.size()))) + suffix;
}

}  // namespace motcua::catalog
