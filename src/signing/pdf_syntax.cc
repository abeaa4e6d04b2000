// SPDX-License-Identifier: Apache-2.0
#include "signing/pdf_syntax.h"

#include <charconv>
#include <cstring>

namespace motcua::signing {
namespace {

bool IsDelimiter(char c) { return std::strchr("()<>[]{}/%", c) != nullptr && c != '\0'; }
bool IsRegular(char c) { return !IsPdfSpace(c) && !IsDelimiter(c); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

Error Malformed(std::string_view what, size_t pos) {
  return MakeError(ErrorCode::kInvalidArgument,
                   "malformed PDF: " + std::string(what) + " at byte " + std::to_string(pos));
}

size_t SkipRegular(std::string_view text, size_t pos) {
  while (pos < text.size() && IsRegular(text[pos])) ++pos;
  return pos;
}

// A literal string: balanced parentheses, backslash escapes (section 7.3.4.2).
Result<size_t> SkipLiteralString(std::string_view text, size_t pos) {
  int depth = 0;
  for (size_t i = pos; i < text.size(); ++i) {
    if (text[i] == '\\') {
      ++i;
    } else if (text[i] == '(') {
      ++depth;
    } else if (text[i] == ')' && --depth == 0) {
      return i + 1;
    }
  }
  return Malformed("unterminated string", pos);
}

// Dictionaries and arrays: values until the closing delimiter; dictionaries alternate names and
// values, but skipping value by value covers both.
Result<size_t> SkipContainer(std::string_view text, size_t pos, std::string_view close) {
  for (;;) {
    pos = SkipSpace(text, pos);
    if (pos >= text.size()) return Malformed("unterminated container", pos);
    if (text.substr(pos, close.size()) == close) return pos + close.size();
    MOTCUA_ASSIGN_OR_RETURN(end, SkipValue(text, pos));
    pos = end;
  }
}

}  // namespace

std::string PdfRef::ToString() const {
  return std::to_string(number) + " " + std::to_string(generation) + " R";
}

bool IsPdfSpace(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

size_t SkipSpace(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    if (IsPdfSpace(text[pos])) {
      ++pos;
    } else if (text[pos] == '%') {
      while (pos < text.size() && text[pos] != '\n' && text[pos] != '\r') ++pos;
    } else {
      break;
    }
  }
  return pos;
}

Result<size_t> SkipValue(std::string_view text, size_t pos) {
  pos = SkipSpace(text, pos);
  if (pos >= text.size()) return Malformed("missing value", pos);
  const char c = text[pos];
  if (text.substr(pos, 2) == "<<") return SkipContainer(text, pos + 2, ">>");
  if (c == '[') return SkipContainer(text, pos + 1, "]");
  if (c == '(') return SkipLiteralString(text, pos);
  if (c == '<') {
    const size_t end = text.find('>', pos);
    if (end == std::string_view::npos) return Malformed("unterminated hex string", pos);
    return end + 1;
  }
  if (c == '/') return SkipRegular(text, pos + 1);
  if (!IsRegular(c)) return Malformed("unexpected delimiter", pos);
  const size_t end = SkipRegular(text, pos);
  // "n g R" is one value: look ahead for a second integer and the R.
  if (IsDigit(c)) {
    const size_t g = SkipSpace(text, end);
    if (g < text.size() && IsDigit(text[g])) {
      const size_t g_end = SkipRegular(text, g);
      const size_t r = SkipSpace(text, g_end);
      if (r < text.size() && text[r] == 'R' && SkipRegular(text, r) == r + 1) return r + 1;
    }
  }
  return end;
}

Result<std::optional<std::string_view>> DictValue(std::string_view text, std::string_view key,
                                                  size_t pos) {
  pos = SkipSpace(text, pos);
  if (text.substr(pos, 2) != "<<") return Malformed("expected a dictionary", pos);
  pos += 2;
  for (;;) {
    pos = SkipSpace(text, pos);
    if (pos >= text.size()) return Malformed("unterminated dictionary", pos);
    if (text.substr(pos, 2) == ">>") return std::optional<std::string_view>();
    if (text[pos] != '/') return Malformed("expected a name", pos);
    const size_t name_end = SkipRegular(text, pos + 1);
    const std::string_view name = text.substr(pos, name_end - pos);
    const size_t value_start = SkipSpace(text, name_end);
    MOTCUA_ASSIGN_OR_RETURN(value_end, SkipValue(text, value_start));
    if (name == key) {
      return std::optional<std::string_view>(text.substr(value_start, value_end - value_start));
    }
    pos = value_end;
  }
}

Result<long long> ParseInteger(std::string_view text) {
  long long value = -1;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < 0) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "malformed PDF: not an integer: " + std::string(text.substr(0, 20)));
  }
  return value;
}

Result<PdfRef> ParseRef(std::string_view text) {
  const size_t n_end = SkipRegular(text, 0);
  const size_t g = SkipSpace(text, n_end);
  const size_t g_end = SkipRegular(text, g);
  const size_t r = SkipSpace(text, g_end);
  if (text.substr(r) != "R") {
    return MakeError(ErrorCode::kInvalidArgument,
                     "malformed PDF: not a reference: " + std::string(text.substr(0, 20)));
  }
  MOTCUA_ASSIGN_OR_RETURN(number, ParseInteger(text.substr(0, n_end)));
  MOTCUA_ASSIGN_OR_RETURN(generation, ParseInteger(text.substr(g, g_end - g)));
  return PdfRef{static_cast<int>(number), static_cast<int>(generation)};
}

Result<std::string> SetDictEntry(std::string_view dict, std::string_view key,
                                 std::string_view value) {
  MOTCUA_ASSIGN_OR_RETURN(end, SkipValue(dict, 0));
  MOTCUA_ASSIGN_OR_RETURN(old, DictValue(dict, key));
  std::string out;
  if (old) {
    // `old` points into `dict`, so its offset is where the value starts.
    const size_t at = static_cast<size_t>(old->data() - dict.data());
    out.append(dict.substr(0, at))
        .append(value)
        .append(dict.substr(at + old->size(), end - at - old->size()));
    return out;
  }
  // A new line first, in case the dictionary's last line ends in a comment.
  out.append(dict.substr(0, end - 2)).append("\n").append(key).append(" ").append(value);
  out.append(" >>");
  return out;
}

}  // namespace motcua::signing
