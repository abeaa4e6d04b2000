// SPDX-License-Identifier: Apache-2.0
#include "http/multipart.h"

#include <cctype>

namespace motcua::http {
namespace {

Error Bad(const std::string& why) {
  return MakeError(ErrorCode::kInvalidArgument, "Dữ liệu tải lên không hợp lệ: " + why, "",
                   "bad_request");
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The value of `key=` in a header's parameters, unquoted ("" when absent).
std::string Param(std::string_view header, std::string_view key) {
  const std::string lower = Lower(header);
  size_t pos = 0;
  while ((pos = lower.find(key, pos)) != std::string::npos) {
    const bool starts = pos == 0 || lower[pos - 1] == ';' || lower[pos - 1] == ' ';
    const size_t eq = pos + key.size();
    if (starts && eq < lower.size() && lower[eq] == '=') {
      std::string_view v = header.substr(eq + 1);
      if (!v.empty() && v.front() == '"') {
        const size_t close = v.find('"', 1);
        return std::string(v.substr(1, close == std::string_view::npos ? v.npos : close - 1));
      }
      return std::string(v.substr(0, v.find(';')));
    }
    pos = eq;
  }
  return "";
}

}  // namespace

Result<std::vector<FormPart>> ParseMultipart(std::string_view content_type,
                                             std::string_view body) {
  if (Lower(content_type).rfind("multipart/form-data", 0) != 0) {
    return Bad("cần Content-Type multipart/form-data");
  }
  const std::string boundary = Param(content_type, "boundary");
  if (boundary.empty() || boundary.size() > 200) return Bad("thiếu boundary");
  const std::string delimiter = "--" + boundary;
  size_t pos = body.find(delimiter);
  if (pos == std::string_view::npos) return Bad("không tìm thấy phần dữ liệu");
  std::vector<FormPart> parts;
  for (;;) {
    pos += delimiter.size();
    if (body.substr(pos, 2) == "--") return parts;  // closing delimiter
    if (body.substr(pos, 2) != "\r\n") return Bad("phần dữ liệu sai định dạng");
    pos += 2;
    const size_t headers_end = body.find("\r\n\r\n", pos);
    if (headers_end == std::string_view::npos) return Bad("phần dữ liệu thiếu tiêu đề");
    FormPart part;
    bool has_disposition = false;
    for (size_t line = pos; line < headers_end;) {
      size_t eol = body.find("\r\n", line);
      if (eol == std::string_view::npos || eol > headers_end) eol = headers_end;
      const std::string_view h = body.substr(line, eol - line);
      const size_t colon = h.find(':');
      if (colon != std::string_view::npos) {
        const std::string name = Lower(h.substr(0, colon));
        std::string_view value = h.substr(colon + 1);
        while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
        if (name == "content-disposition") {
          has_disposition = true;
          part.name = Param(value, "name");
          part.filename = Param(value, "filename");
        } else if (name == "content-type") {
          part.content_type = std::string(value);
        }
      }
      line = eol + 2;
    }
    if (!has_disposition) return Bad("phần dữ liệu thiếu Content-Disposition");
    const size_t data_start = headers_end + 4;
    const size_t next = body.find("\r\n" + delimiter, data_start);
    if (next == std::string_view::npos) return Bad("dữ liệu bị cắt cụt");
    part.data = body.substr(data_start, next - data_start);
    parts.push_back(std::move(part));
    pos = next + 2;
  }
}

}  // namespace motcua::http
