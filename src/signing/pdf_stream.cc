// SPDX-License-Identifier: Apache-2.0
#include "signing/pdf_stream.h"

#include <zlib.h>

#include <cstdlib>

#include "signing/pdf_syntax.h"

namespace motcua::signing {
namespace {

constexpr size_t kMaxDecoded = 64 << 20;

Error Bad(std::string message) {
  return MakeError(ErrorCode::kInvalidArgument, "PDF stream: " + std::move(message), "pdf");
}

Result<std::string> Inflate(std::string_view raw) {
  z_stream z{};
  if (inflateInit(&z) != Z_OK) return Bad("inflateInit failed");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(raw.data()));
  z.avail_in = static_cast<uInt>(raw.size());
  std::string out;
  char buffer[16384];
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = sizeof(buffer);
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buffer, sizeof(buffer) - z.avail_out);
    if (out.size() > kMaxDecoded) rc = Z_MEM_ERROR;
    // No progress with input left means truncated data.
    if (rc == Z_BUF_ERROR && z.avail_in == 0) break;
  }
  inflateEnd(&z);
  if (rc != Z_STREAM_END && rc != Z_BUF_ERROR) return Bad("corrupt FlateDecode data");
  return out;
}

// Undoes the PNG predictors (RFC 2083 section 6) row by row; each row starts with its filter
// type. Cross-reference streams have one byte per pixel, so bpp = 1.
Result<std::string> UnpredictPng(std::string_view data, size_t columns) {
  if (columns == 0) return Bad("/Columns is 0");
  const size_t row = columns + 1;
  std::string out;
  std::string previous(columns, '\0');
  for (size_t at = 0; at + row <= data.size(); at += row) {
    const int filter = static_cast<unsigned char>(data[at]);
    std::string current(data.substr(at + 1, columns));
    for (size_t i = 0; i < columns; ++i) {
      const int left = i > 0 ? static_cast<unsigned char>(current[i - 1]) : 0;
      const int up = static_cast<unsigned char>(previous[i]);
      const int up_left = i > 0 ? static_cast<unsigned char>(previous[i - 1]) : 0;
      int add = 0;
      switch (filter) {
        case 0:
          break;
        case 1:
          add = left;
          break;
        case 2:
          add = up;
          break;
        case 3:
          add = (left + up) / 2;
          break;
        case 4: {
          const int p = left + up - up_left;
          const int pa = std::abs(p - left), pb = std::abs(p - up), pc = std::abs(p - up_left);
          add = pa <= pb && pa <= pc ? left : pb <= pc ? up : up_left;
          break;
        }
        default:
          return Bad("unknown PNG predictor " + std::to_string(filter));
      }
      current[i] = static_cast<char>(static_cast<unsigned char>(current[i]) + add);
    }
    out += current;
    previous = std::move(current);
  }
  return out;
}

Result<long long> IntegerEntry(std::string_view dict, std::string_view key, long long fallback) {
  MOTCUA_ASSIGN_OR_RETURN(value, DictValue(dict, key));
  if (!value) return fallback;
  return ParseInteger(*value);
}

}  // namespace

Result<std::string_view> StreamData(std::string_view pdf, size_t dict_end, std::string_view dict) {
  size_t pos = SkipSpace(pdf, dict_end);
  if (pdf.substr(pos, 6) != "stream") return Bad("no stream keyword");
  pos += 6;
  if (pdf.substr(pos, 2) == "\r\n")
    pos += 2;
  else if (pos < pdf.size() && pdf[pos] == '\n')
    pos += 1;
  else
    return Bad("stream keyword not followed by an end of line");
  MOTCUA_ASSIGN_OR_RETURN(length, IntegerEntry(dict, "/Length", -1));
  if (length < 0 || static_cast<size_t>(length) > pdf.size() - pos) return Bad("bad /Length");
  return pdf.substr(pos, static_cast<size_t>(length));
}

Result<std::string> DecodeStream(std::string_view dict, std::string_view raw) {
  MOTCUA_ASSIGN_OR_RETURN(filter, DictValue(dict, "/Filter"));
  if (!filter) return std::string(raw);
  if (*filter != "/FlateDecode" && *filter != "[/FlateDecode]" && *filter != "[ /FlateDecode ]") {
    return Bad("unsupported filter " + std::string(*filter));
  }
  MOTCUA_ASSIGN_OR_RETURN(data, Inflate(raw));
  MOTCUA_ASSIGN_OR_RETURN(parms, DictValue(dict, "/DecodeParms"));
  if (!parms || parms->substr(0, 2) != "<<") return data;
  MOTCUA_ASSIGN_OR_RETURN(predictor, IntegerEntry(*parms, "/Predictor", 1));
  if (predictor == 1) return data;
  if (predictor < 10 || predictor > 15) return Bad("unsupported /Predictor");
  MOTCUA_ASSIGN_OR_RETURN(columns, IntegerEntry(*parms, "/Columns", 1));
  return UnpredictPng(data, static_cast<size_t>(columns));
}

}  // namespace motcua::signing
