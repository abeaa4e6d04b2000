// SPDX-License-Identifier: Apache-2.0
#include "json_pattern.h"

#include <regex>

namespace motcua::api_test {
namespace {

using nlohmann::json;

// Escapes a key for a JSON pointer (RFC 6901).
std::string PointerToken(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string Shown(const json& j) {
  std::string s = j.dump(-1, ' ', false, json::error_handler_t::replace);
  return s.size() > 300 ? s.substr(0, 300) + "..." : s;
}

// A pattern that is not a valid regex never matches (the mismatch line shows it).
bool RegexMatches(const std::string& re, const std::string& text) {
  try {
    return std::regex_match(text, std::regex(re, std::regex::ECMAScript));
  } catch (const std::regex_error&) {
    return false;
  }
}

void Match(const json& pattern, const json& actual, const std::string& where,
           std::vector<std::string>& out) {
  const std::string at = where.empty() ? "/" : where;
  if (pattern.is_object()) {
    if (!actual.is_object()) {
      out.push_back(at + ": expected an object, got " + Shown(actual));
      return;
    }
    for (const auto& [key, sub] : pattern.items()) {
      const std::string path = where + "/" + PointerToken(key);
      const auto it = actual.find(key);
      if (it == actual.end()) {
        out.push_back(path + ": missing (expected " + Shown(sub) + ")");
        continue;
      }
      Match(sub, *it, path, out);
    }
    return;
  }
  if (pattern.is_array()) {
    if (!actual.is_array()) {
      out.push_back(at + ": expected an array, got " + Shown(actual));
      return;
    }
    if (actual.size() < pattern.size()) {
      out.push_back(at + ": expected at least " + std::to_string(pattern.size()) +
                    " elements, got " + std::to_string(actual.size()));
      return;
    }
    for (size_t i = 0; i < pattern.size(); ++i) {
      Match(pattern[i], actual[i], where + "/" + std::to_string(i), out);
    }
    return;
  }
  if (pattern.is_string()) {
    const auto& p = pattern.get_ref<const std::string&>();
    if (p == "*") {
      if (actual.is_null()) out.push_back(at + ": expected a value, got null");
      return;
    }
    if (p.rfind("re:", 0) == 0) {
      if (!actual.is_string() || !RegexMatches(p.substr(3), actual.get<std::string>())) {
        out.push_back(at + ": expected a string matching /" + p.substr(3) + "/, got " +
                      Shown(actual));
      }
      return;
    }
  }
  if (pattern != actual) {
    out.push_back(at + ": expected " + Shown(pattern) + ", got " + Shown(actual));
  }
}

}  // namespace

std::vector<std::string> MatchJson(const json& pattern, const json& actual,
                                   const std::string& where) {
  std::vector<std::string> out;
  Match(pattern, actual, where, out);
  return out;
}

bool MatchString(const std::string& pattern, const std::string& actual) {
  return MatchJson(json(pattern), json(actual)).empty();
}

}  // namespace motcua::api_test
