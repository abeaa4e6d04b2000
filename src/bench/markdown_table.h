// SPDX-License-Identifier: Apache-2.0
// A GitHub-flavoured Markdown table, and the number formats the benchmark report uses.
#pragma once

#include <string>
#include <vector>

namespace motcua::bench {

// Collects rows and prints them as a Markdown table with right-aligned columns after the first.
// A row shorter than the header is padded with empty cells; "|" in a cell is escaped.
class MarkdownTable {
 public:
  explicit MarkdownTable(std::vector<std::string> header) : header_(std::move(header)) {}
  void AddRow(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  std::string ToString() const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

// `value` with `decimals` digits after the point and thousands separated by a thin space
// ("12 345.6"); "–" for a negative value, which the report uses for "not measured".
std::string FormatNumber(double value, int decimals = 0);

// numerator / denominator as "0.53×"; "–" when either is not positive.
std::string FormatRatio(double numerator, double denominator);

}  // namespace motcua::bench
