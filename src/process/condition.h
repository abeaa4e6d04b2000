// SPDX-License-Identifier: Apache-2.0
// The condition language of sequence flows leaving an exclusive gateway: comparisons of dossier
// variables with literals, joined by and / or / not and parentheses.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "common/result.h"

namespace motcua::process {

// A variable's value: a flag, a whole number or a text.
using Value = std::variant<bool, long long, std::string>;
using Variables = std::map<std::string, Value, std::less<>>;

// The variables a condition may name, and the type each holds:
//   decision        text  the decision of the step before the gateway ("approve", "refuse",
//                         "request_supplement", "return", or an outgoing flow id)
//   channel         text  how the dossier was received: "counter", "online", "post"
//   applicant_kind  text  "citizen" or "organization"
//   level           text  the procedure's level: "commune" or "province"
//   has_fee         flag  the procedure charges a fee
//   fee_vnd         number the total fee in VND
//   consultation    text  the answer of the last inter-agency consultation: "agree", "disagree"
//   supplements     number how many times the dossier was asked for more papers
// Returns nullptr for an unknown name.
enum class ValueType { kBool, kNumber, kText };
const ValueType* KnownVariableType(std::string_view name);

struct ConditionNode;  // the parsed tree, in condition.cc

// A parsed condition. Grammar (keywords are case-insensitive, `&&` `||` `!` are accepted too):
//   expr    := or
//   or      := and ("or" and)*
//   and     := unary ("and" unary)*
//   unary   := "not" unary | primary
//   primary := "(" expr ")" | operand [cmp operand] | "true" | "false"
//   cmp     := "==" | "!=" | "<" | "<=" | ">" | ">="
//   operand := variable | 'text' | "text" | integer | true | false
// A lone operand must be a flag variable or true/false. A JUEL-style wrapper "${...}" as
// Camunda users write it is stripped. Copyable and cheap to copy (the tree is shared, immutable).
class Condition {
 public:
  // Parses and type-checks `text`. kInvalidArgument with a Vietnamese message for a syntax error,
  // an unknown variable, or comparing values of different types (or ordering texts or flags).
  static Result<Condition> Parse(std::string_view text);

  // The value of the condition for `vars`. A variable missing from `vars` compares as false
  // (every comparison that involves it is false and a lone flag is false); never fails.
  bool Evaluate(const Variables& vars) const;

  const std::string& text() const { return text_; }
  // The variables the condition names, sorted, without duplicates.
  const std::vector<std::string>& variables() const { return variables_; }

 private:
  std::string text_;
  std::vector<std::string> variables_;
  std::shared_ptr<const ConditionNode> root_;
};

}  // namespace motcua::process
