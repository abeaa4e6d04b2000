// SPDX-License-Identifier: Apache-2.0
#include "ocr/field_proposer.h"

#include <algorithm>
#include <cctype>
#include <regex>
#include <vector>

#include "common/text_fold.h"

namespace motcua::ocr {
namespace {

enum class Kind { kPersonalNumber, kFullName, kDateOfBirth, kBareNumber, kOther };

struct Label {
  Kind kind;
  std::vector<std::string_view> keys;  // folded words
};

// Longest first, so "Số định danh cá nhân" wins over a bare "Số". kOther labels only end the
// value of the label before them on the same line. Never destroyed, like the patterns below: the
// OCR queue's worker proposes fields on its own thread and may still be doing so while a process
// exits without stopping it (libFuzzer does), after function-local statics are torn down.
const std::vector<Label>& Labels() {
  static const auto* const labels = new std::vector<Label>([] {
    std::vector<Label> l = {
        {Kind::kPersonalNumber, {"so", "dinh", "danh", "ca", "nhan"}},
        {Kind::kPersonalNumber, {"so", "can", "cuoc", "cong", "dan"}},
        {Kind::kPersonalNumber, {"so", "can", "cuoc"}},
        {Kind::kPersonalNumber, {"so", "cccd"}},
        {Kind::kFullName, {"ho", "chu", "dem", "va", "ten"}},
        {Kind::kFullName, {"ho", "va", "ten"}},
        {Kind::kFullName, {"ho", "ten"}},
        {Kind::kDateOfBirth, {"ngay", "thang", "nam", "sinh"}},
        {Kind::kDateOfBirth, {"ngay", "sinh"}},
        {Kind::kDateOfBirth, {"sinh", "ngay"}},
        {Kind::kBareNumber, {"so"}},
        {Kind::kOther, {"gioi", "tinh"}},
        {Kind::kOther, {"quoc", "tich"}},
        {Kind::kOther, {"dan", "toc"}},
        {Kind::kOther, {"noi", "sinh"}},
        {Kind::kOther, {"que", "quan"}},
        {Kind::kOther, {"noi", "cu", "tru"}},
        {Kind::kOther, {"noi", "thuong", "tru"}},
    };
    std::stable_sort(l.begin(), l.end(),
                     [](const Label& a, const Label& b) { return a.keys.size() > b.keys.size(); });
    return l;
  }());
  return *labels;
}

struct Word {
  std::string text;  // as OCR read it
  std::string key;   // folded, letters and digits only; empty for punctuation
};

std::string KeyOf(std::string_view text) {
  std::string key;
  for (const char c : FoldForSearch(text)) {
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      key += c;
    }
  }
  return key;
}

// Splits at white space and after every ':' (OCR often drops the space after it).
std::vector<Word> SplitWords(std::string_view line) {
  std::vector<Word> words;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) words.push_back({current, KeyOf(current)});
    current.clear();
  };
  for (const char c : line) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\v') {
      flush();
    } else {
      current += c;
      if (c == ':') flush();
    }
  }
  flush();
  return words;
}

// The index after `label` when it starts at word `at`; punctuation-only words inside it are
// skipped. 0 when it does not match there.
size_t MatchAt(const std::vector<Word>& words, size_t at, const Label& label) {
  size_t i = at;
  for (const std::string_view key : label.keys) {
    while (i < words.size() && words[i].key.empty() && i != at) ++i;
    if (i >= words.size() || words[i].key != key) return 0;
    ++i;
  }
  return i;
}

size_t FirstContentWord(const std::vector<Word>& words) {
  size_t i = 0;
  while (i < words.size() && words[i].key.empty()) ++i;
  return i;
}

// The value after a label: from `begin` up to the next label on the line, less leading
// punctuation and the English half of a bilingual label ("/ Full name:").
std::vector<Word> ValueWords(const std::vector<Word>& words, size_t begin) {
  size_t end = begin;
  for (; end < words.size(); ++end) {
    const bool label_here = std::any_of(Labels().begin(), Labels().end(), [&](const Label& l) {
      return l.kind != Kind::kBareNumber && MatchAt(words, end, l) != 0;
    });
    if (label_here) break;
  }
  if (begin < end && words[begin].text.front() == '/') {
    for (size_t i = begin; i < end && i < begin + 5; ++i) {
      if (words[i].text.back() == ':') {
        begin = i + 1;
        break;
      }
    }
  }
  while (begin < end && words[begin].key.empty()) ++begin;
  return {words.begin() + static_cast<std::ptrdiff_t>(begin),
          words.begin() + static_cast<std::ptrdiff_t>(end)};
}

std::string Join(const std::vector<Word>& words) {
  std::string out;
  for (const Word& w : words) out += (out.empty() ? "" : " ") + w.text;
  return out;
}

// Reads O/o as 0 and l/I/| as 1 inside words that hold a digit, as OCR confuses them.
std::string FixDigitLookalikes(const std::vector<Word>& words) {
  std::string out;
  for (const Word& w : words) {
    std::string text = w.text;
    if (std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      for (char& c : text) {
        if (c == 'O' || c == 'o') c = '0';
        if (c == 'l' || c == 'I' || c == '|') c = '1';
      }
    }
    out += (out.empty() ? "" : " ") + text;
  }
  return out;
}

std::optional<std::string> PersonalNumber(const std::vector<Word>& value) {
  const std::string text = FixDigitLookalikes(value);
  std::string digits;
  size_t i = text.find_first_of("0123456789");
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c != ' ' && c != '.') {
      break;
    }
  }
  if (digits.size() != 12) return std::nullopt;
  return digits;
}

bool IsValidDate(int year, int month, int day) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] && !(month == 2 && day == 29 && !leap);
}

// dd/mm/yyyy (or with "-" or "."), or "15 tháng 08 năm 1990" as birth certificates write it.
std::optional<std::string> DateOfBirth(const std::vector<Word>& value) {
  static const auto* const kNumeric =
      new std::regex(R"((\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}))");
  static const auto* const kWords =
      new std::regex(R"((\d{1,2})\s*thang\s*(\d{1,2})\s*[,.]?\s*nam\s*(\d{4}))");
  const std::string text = FoldForSearch(FixDigitLookalikes(value));
  std::smatch m;
  if (!std::regex_search(text, m, *kNumeric) && !std::regex_search(text, m, *kWords)) {
    return std::nullopt;
  }
  const int day = std::stoi(m[1]), month = std::stoi(m[2]), year = std::stoi(m[3]);
  if (!IsValidDate(year, month, day)) return std::nullopt;
  auto two = [](int n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
  return std::to_string(year) + "-" + two(month) + "-" + two(day);
}

bool IsNameWord(std::string_view word) {
  return std::all_of(word.begin(), word.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80 ||
           c == '-' || c == '\'';
  });
}

std::optional<std::string> FullName(const std::vector<Word>& value) {
  std::string name;
  int count = 0;
  for (const Word& w : value) {
    std::string_view word = w.text;
    while (!word.empty() && std::string_view(",.;:").find(word.back()) != std::string_view::npos) {
      word.remove_suffix(1);
    }
    if (word.empty() || !IsNameWord(word)) break;
    name += (name.empty() ? "" : " ") + std::string(word);
    ++count;
  }
  if (count < 2 || count > 8) return std::nullopt;
  return name;
}

std::optional<std::string> DocumentNumber(const std::vector<Word>& value) {
  std::string text = Join(value);
  text = text.substr(0, text.find('/'));
  while (!text.empty() && (text.back() == ' ' || text.back() == '.')) text.pop_back();
  if (text.empty() || text.find(' ') != std::string::npos) return std::nullopt;
  if (text.find_first_of("0123456789") == std::string::npos) return std::nullopt;
  return text;
}

std::string Trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\v");
  if (first == std::string_view::npos) return {};
  return std::string(s.substr(first, s.find_last_not_of(" \t\r\v") - first + 1));
}

void Offer(std::optional<ProposedField>& field, std::optional<std::string> value,
           std::string_view line) {
  if (!field && value) field = ProposedField{std::move(*value), Trim(line)};
}

// Offers the value found after a label of `kind` to its field.
void Consider(Kind kind, const std::vector<Word>& value, std::string_view source,
              ProposedFields& fields) {
  switch (kind) {
    case Kind::kPersonalNumber:
      Offer(fields.personal_number, PersonalNumber(value), source);
      break;
    case Kind::kFullName:
      Offer(fields.full_name, FullName(value), source);
      break;
    case Kind::kDateOfBirth:
      Offer(fields.date_of_birth, DateOfBirth(value), source);
      break;
    case Kind::kBareNumber:
      if (auto number = PersonalNumber(value)) {
        Offer(fields.personal_number, std::move(number), source);
      } else {
        Offer(fields.document_number, DocumentNumber(value), source);
      }
      break;
    case Kind::kOther:
      break;
  }
}

}  // namespace

ProposedFields ProposeFields(std::string_view ocr_text) {
  std::vector<std::string_view> lines;
  for (size_t start = 0; start <= ocr_text.size();) {
    const size_t end = std::min(ocr_text.find_first_of("\n\f", start), ocr_text.size());
    lines.push_back(ocr_text.substr(start, end - start));
    start = end + 1;
  }
  ProposedFields fields;
  for (size_t n = 0; n < lines.size(); ++n) {
    const std::vector<Word> words = SplitWords(lines[n]);
    for (size_t at = 0; at < words.size(); ++at) {
      const Label* label = nullptr;
      size_t after = 0;
      for (const Label& l : Labels()) {
        if (l.kind == Kind::kBareNumber && at != FirstContentWord(words)) continue;
        if ((after = MatchAt(words, at, l)) != 0) {
          label = &l;
          break;
        }
      }
      if (label == nullptr || label->kind == Kind::kOther) continue;
      std::vector<Word> value = ValueWords(words, after);
      std::string_view source = lines[n];
      // ID cards print the value on the line below its label.
      for (size_t next = n + 1; value.empty() && next < lines.size() && next <= n + 2; ++next) {
        const std::vector<Word> below = SplitWords(lines[next]);
        value = ValueWords(below, 0);
        source = lines[next];
      }
      Consider(label->kind, value, source, fields);
      at = after - 1;
    }
  }
  return fields;
}

}  // namespace motcua::ocr
