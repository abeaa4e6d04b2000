// SPDX-License-Identifier: Apache-2.0
#include "digitization/document_code.h"

namespace motcua::digitization {
namespace {

Error Bad(std::string message, std::string field) {
  return MakeError(ErrorCode::kInvalidArgument, std::move(message), std::move(field));
}

}  // namespace

Result<DocumentCodeFormat> DocumentCodeFormat::Parse(std::string_view pattern) {
  bool has_id = false, has_type = false;
  for (size_t pos = pattern.find('{'); pos != std::string_view::npos;
       pos = pattern.find('{', pos + 1)) {
    const size_t close = pattern.find('}', pos);
    if (close == std::string_view::npos) return Bad("Mẫu mã thiếu dấu }", "pattern");
    const std::string_view name = pattern.substr(pos + 1, close - pos - 1);
    if (name == "id") {
      has_id = true;
    } else if (name == "type") {
      has_type = true;
    } else if (name != "seq") {
      return Bad("Mẫu mã chỉ dùng {id}, {type} và {seq}", "pattern");
    }
  }
  if (!has_id || !has_type) return Bad("Mẫu mã phải có {id} và {type}", "pattern");
  return DocumentCodeFormat(std::string(pattern));
}

DocumentCodeFormat DocumentCodeFormat::Default() { return DocumentCodeFormat("{id}.{type}"); }

Result<std::string> DocumentCodeFormat::Format(std::string_view id, std::string_view type_code,
                                               int seq) const {
  if (id.empty()) return Bad("Thiếu số định danh của chủ giấy tờ", "id");
  if (type_code.empty() || type_code.size() > 20 ||
      type_code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") !=
          std::string_view::npos) {
    return Bad("Mã loại giấy tờ không hợp lệ: " + std::string(type_code), "document_type_code");
  }
  if (seq < 1) return Bad("Số thứ tự phải từ 1", "seq");
  std::string out;
  bool used_seq = false;
  for (size_t i = 0; i < pattern_.size(); ++i) {
    if (pattern_[i] != '{') {
      out += pattern_[i];
      continue;
    }
    const size_t close = pattern_.find('}', i);
    const std::string_view name(pattern_.data() + i + 1, close - i - 1);
    if (name == "id") out += id;
    if (name == "type") out += type_code;
    if (name == "seq") {
      out += std::to_string(seq);
      used_seq = true;
    }
    i = close;
  }
  if (!used_seq && seq > 1) out += "." + std::to_string(seq);
  return out;
}

}  // namespace motcua::digitization
