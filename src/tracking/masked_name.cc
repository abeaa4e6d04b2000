// SPDX-License-Identifier: Apache-2.0
#include "tracking/masked_name.h"

#include <algorithm>
#include <array>
#include <vector>

#include "common/utf8.h"

namespace motcua::tracking {
namespace {

// Lower case of the letters that start Vietnamese initial consonants (ASCII and Đ).
char32_t Lower(char32_t c) {
  if (c == U'Đ') return U'đ';
  return c >= U'A' && c <= U'Z' ? c + 32 : c;
}

// How many code points of `word` form its initial consonant.
size_t InitialLength(const std::u32string& word) {
  static constexpr std::array<std::u32string_view, 12> kClusters = {
      U"ngh", U"ng", U"ch", U"gh", U"gi", U"kh", U"nh", U"ph", U"qu", U"th", U"tr", U"đ"};
  for (const auto cluster : kClusters) {
    if (word.size() <= cluster.size()) continue;
    bool match = true;
    for (size_t i = 0; i < cluster.size(); ++i) {
      if (Lower(word[i]) != cluster[i]) match = false;
    }
    if (match) return cluster.size();
  }
  return 1;
}

std::vector<std::u32string> Words(std::string_view text) {
  std::vector<std::u32string> words;
  std::u32string current;
  for (char32_t c : DecodeUtf8(text)) {
    if (c == U' ' || c == U'\t') {
      if (!current.empty()) words.push_back(std::move(current));
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

}  // namespace

std::string MaskPersonName(std::string_view full_name) {
  const auto words = Words(full_name);
  std::string out;
  for (size_t w = 0; w < words.size(); ++w) {
    if (!out.empty()) out += ' ';
    const auto& word = words[w];
    if (w + 1 == words.size() && words.size() > 1) {
      for (char32_t c : word) AppendUtf8(out, c);
      continue;
    }
    const size_t keep = words.size() == 1 ? 1 : std::min(InitialLength(word), word.size());
    for (size_t i = 0; i < keep; ++i) AppendUtf8(out, word[i]);
    const size_t rest = word.size() - keep;
    out.append(std::max<size_t>(2, rest > 0 ? rest - 1 : 0), '*');
  }
  return out;
}

}  // namespace motcua::tracking
