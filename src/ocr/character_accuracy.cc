// SPDX-License-Identifier: Apache-2.0
#include "ocr/character_accuracy.h"

#include "common/utf8.h"

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace motcua::ocr {
namespace {

constexpr char32_t kCircumflex = 0x302, kBreve = 0x306, kHorn = 0x31B;
// The six tones in the order the tone rows below list them: none, huyền, sắc, hỏi, ngã, nặng.
constexpr char32_t kTones[] = {0, 0x300, 0x301, 0x309, 0x303, 0x323};

// (letter, combining mark) -> precomposed letter, for every Vietnamese vowel. Each row is a
// vowel (base, modifier) with its six tone forms; both orders of applying the modifier and the
// tone are entered, since canonical decomposition puts the dot below (class 220) before the
// circumflex or horn (class 230).
const std::map<std::pair<char32_t, char32_t>, char32_t>& CompositionTable() {
  static const auto table = [] {
    struct Row {
      char32_t base;
      char32_t modifier;
      const char* tones;
    };
    const Row rows[] = {
        {U'a', 0, "aàáảãạ"}, {U'a', kBreve, "ăằắẳẵặ"},      {U'a', kCircumflex, "âầấẩẫậ"},
        {U'e', 0, "eèéẻẽẹ"}, {U'e', kCircumflex, "êềếểễệ"}, {U'i', 0, "iìíỉĩị"},
        {U'o', 0, "oòóỏõọ"}, {U'o', kCircumflex, "ôồốổỗộ"}, {U'o', kHorn, "ơờớởỡợ"},
        {U'u', 0, "uùúủũụ"}, {U'u', kHorn, "ưừứửữự"},       {U'y', 0, "yỳýỷỹỵ"},
        {U'A', 0, "AÀÁẢÃẠ"}, {U'A', kBreve, "ĂẰẮẲẴẶ"},      {U'A', kCircumflex, "ÂẦẤẨẪẬ"},
        {U'E', 0, "EÈÉẺẼẸ"}, {U'E', kCircumflex, "ÊỀẾỂỄỆ"}, {U'I', 0, "IÌÍỈĨỊ"},
        {U'O', 0, "OÒÓỎÕỌ"}, {U'O', kCircumflex, "ÔỒỐỔỖỘ"}, {U'O', kHorn, "ƠỜỚỞỠỢ"},
        {U'U', 0, "UÙÚỦŨỤ"}, {U'U', kHorn, "ƯỪỨỬỮỰ"},       {U'Y', 0, "YỲÝỶỸỴ"},
    };
    std::map<char32_t, std::u32string> tone_forms;  // plain base -> its six unmodified forms
    for (const Row& row : rows) {
      if (row.modifier == 0) tone_forms[row.base] = DecodeUtf8(row.tones);
    }
    std::map<std::pair<char32_t, char32_t>, char32_t> t;
    for (const Row& row : rows) {
      const std::u32string forms = DecodeUtf8(row.tones);
      for (size_t tone = 1; tone < forms.size(); ++tone) t[{forms[0], kTones[tone]}] = forms[tone];
      if (row.modifier == 0) continue;
      const std::u32string& plain = tone_forms[row.base];
      for (size_t tone = 0; tone < forms.size(); ++tone)
        t[{plain[tone], row.modifier}] = forms[tone];
    }
    return t;
  }();
  return table;
}

bool IsSpace(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == U'\f' || cp == U'\v' ||
         cp == 0xA0;
}

std::u32string NormalizedCodePoints(std::string_view utf8) {
  const auto& table = CompositionTable();
  std::u32string out;
  bool pending_space = false;
  for (const char32_t cp : DecodeUtf8(utf8)) {
    if (IsSpace(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (!out.empty() && !pending_space) {
      if (auto it = table.find({out.back(), cp}); it != table.end()) {
        out.back() = it->second;
        continue;
      }
    }
    if (pending_space) out += U' ';
    pending_space = false;
    out += cp;
  }
  return out;
}

size_t Levenshtein(const std::u32string& a, const std::u32string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      diagonal = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitution});
    }
  }
  return row[b.size()];
}

}  // namespace

std::string NormalizeForComparison(std::string_view utf8) {
  std::string out;
  for (const char32_t cp : NormalizedCodePoints(utf8)) AppendUtf8(out, cp);
  return out;
}

double CharacterAccuracy(std::string_view expected, std::string_view actual) {
  const std::u32string want = NormalizedCodePoints(expected);
  const std::u32string got = NormalizedCodePoints(actual);
  if (want.empty()) return got.empty() ? 1.0 : 0.0;
  const double errors = static_cast<double>(Levenshtein(want, got));
  return std::clamp(1.0 - errors / static_cast<double>(want.size()), 0.0, 1.0);
}

}  // namespace motcua::ocr
