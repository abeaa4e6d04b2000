// SPDX-License-Identifier: Apache-2.0
// The expectation language of the API scenarios: a JSON pattern matched against a response.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace motcua::api_test {

// Matches `actual` against `pattern` and returns one line per mismatch (empty when it matches),
// each naming the JSON pointer where it happened, below `where`.
//  - An object pattern needs an object with every key of the pattern (other keys are ignored);
//    a key whose pattern is null must be present and null.
//  - An array pattern needs an array with at least as many elements, matched by index.
//  - The string "*" matches any value except null (and a missing key never matches).
//  - A string starting with "re:" needs a string that the rest (an ECMAScript regex) matches
//    entirely.
//  - Any other value must be equal (numbers by value, so 3 equals 3.0).
std::vector<std::string> MatchJson(const nlohmann::json& pattern, const nlohmann::json& actual,
                                   const std::string& where = "");

// The scalar part of MatchJson, for header values: "*", "re:..." or equality.
bool MatchString(const std::string& pattern, const std::string& actual);

}  // namespace motcua::api_test
