// SPDX-License-Identifier: Apache-2.0
#include "bench/markdown_table.h"

#include <cstdio>

namespace motcua::bench {
namespace {

std::string Escape(const std::string& cell) {
  std::string out;
  for (char c : cell) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

void AppendRow(std::string& out, const std::vector<std::string>& cells, size_t width) {
  out += '|';
  for (size_t i = 0; i < width; ++i) {
    out += ' ';
    out += i < cells.size() ? Escape(cells[i]) : std::string();
    out += " |";
  }
  out += '\n';
}

}  // namespace

std::string MarkdownTable::ToString() const {
  std::string out;
  AppendRow(out, header_, header_.size());
  out += '|';
  for (size_t i = 0; i < header_.size(); ++i) out += i == 0 ? "---|" : "---:|";
  out += '\n';
  for (const auto& row : rows_) AppendRow(out, row, header_.size());
  return out;
}

std::string FormatNumber(double value, int decimals) {
  if (value < 0) return "–";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  std::string text = buf;
  const size_t point = text.find('.');
  size_t digits = point == std::string::npos ? text.size() : point;
  if (digits <= 4) return text;  // 1234 reads better without a separator
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i < digits && i > 0 && (digits - i) % 3 == 0) out += "\u2009";
    out += text[i];
  }
  return out;
}

std::string FormatRatio(double numerator, double denominator) {
  if (numerator <= 0 || denominator <= 0) return "–";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f×", numerator / denominator);
  return buf;
}

}  // namespace motcua::bench
