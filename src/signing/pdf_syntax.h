// SPDX-License-Identifier: Apache-2.0
// Just enough PDF syntax (ISO 32000-1 section 7.3) to read and edit dictionaries as text: skip a
// value, look a key up, parse "n g R", and write a dictionary with one entry set.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/result.h"

namespace motcua::signing {

// An indirect reference "number generation R".
struct PdfRef {
  int number = 0;
  int generation = 0;
  std::string ToString() const;  // "12 0 R"
  bool operator==(const PdfRef&) const = default;
};

// True for the six PDF white-space characters.
bool IsPdfSpace(char c);

// The position after white space and comments from `pos`.
size_t SkipSpace(std::string_view text, size_t pos);

// The position just past the one value (dictionary, array, string, name, number, keyword or
// "n g R" reference) that starts at or after `pos`. kInvalidArgument when it is malformed or
// runs past the end.
Result<size_t> SkipValue(std::string_view text, size_t pos);

// The text of the value of top-level `key` (with its slash, e.g. "/Root") in the dictionary that
// starts at or after `pos` in `text`, or nullopt when the key is absent. kInvalidArgument when
// there is no well-formed dictionary there.
Result<std::optional<std::string_view>> DictValue(std::string_view text, std::string_view key,
                                                  size_t pos = 0);

// Parses "12 0 R". kInvalidArgument otherwise.
Result<PdfRef> ParseRef(std::string_view text);

// Parses a non-negative integer. kInvalidArgument otherwise.
Result<long long> ParseInteger(std::string_view text);

// `dict` ("<< ... >>") with top-level `key` set to `value`: the old value is replaced or, when
// absent, the entry is appended before the closing ">>". kInvalidArgument for a malformed dict.
Result<std::string> SetDictEntry(std::string_view dict, std::string_view key,
                                 std::string_view value);

}  // namespace motcua::signing
