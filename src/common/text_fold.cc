// SPDX-License-Identifier: Apache-2.0
#include "common/text_fold.h"

#include "common/utf8.h"

#include <unordered_map>

namespace motcua {
namespace {

// Every Vietnamese letter with a diacritic, grouped by the base letter it folds to. Never
// destroyed: background workers (the OCR queue storing a file's folded text) may still fold
// while a process exits without stopping them, as libFuzzer does.
const std::unordered_map<long, char>& FoldTable() {
  static const auto* const table = new std::unordered_map<long, char>([] {
    const std::pair<const char*, char> groups[] = {
        {"àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'a'},
        {"èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ", 'e'},
        {"ìíỉĩịÌÍỈĨỊ", 'i'},
        {"òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'o'},
        {"ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ", 'u'},
        {"ỳýỷỹỵỲÝỶỸỴ", 'y'},
        {"đĐ", 'd'},
    };
    std::unordered_map<long, char> t;
    for (const auto& [letters, base] : groups) {
      for (const char32_t cp : DecodeUtf8(letters)) t[static_cast<long>(cp)] = base;
    }
    return t;
  }());
  return *table;
}

}  // namespace

std::string FoldForSearch(std::string_view utf8) {
  const auto& table = FoldTable();
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  for (const char32_t c : DecodeUtf8(utf8)) {
    const long cp = static_cast<long>(c);
    if (cp >= 0x300 && cp <= 0x36F) continue;  // combining marks of decomposed input
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) { out += ' '; pending_space = false; }
    if (cp < 0x80) {
      out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
    } else if (auto it = table.find(cp); it != table.end()) {
      out += it->second;
    } else {
      AppendUtf8(out, c);
    }
  }
  return out;
}

}  // namespace motcua
