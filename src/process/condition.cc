// SPDX-License-Identifier: Apache-2.0
#include "process/condition.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace motcua::process {

namespace {

constexpr std::pair<std::string_view, ValueType> kVariables[] = {
    {"decision", ValueType::kText},       {"channel", ValueType::kText},
    {"applicant_kind", ValueType::kText}, {"level", ValueType::kText},
    {"has_fee", ValueType::kBool},        {"fee_vnd", ValueType::kNumber},
    {"consultation", ValueType::kText},   {"supplements", ValueType::kNumber},
};

enum class Op { kEq, kNe, kLt, kLe, kGt, kGe };

}  // namespace

const ValueType* KnownVariableType(std::string_view name) {
  for (const auto& [n, t] : kVariables) {
    if (n == name) return &t;
  }
  return nullptr;
}

// An operand is a literal or a variable; a node is a comparison, a lone operand, or a boolean
// combination.
struct ConditionNode {
  enum class Kind { kAnd, kOr, kNot, kCompare, kOperand } kind = Kind::kOperand;
  std::shared_ptr<const ConditionNode> left, right;
  Op op = Op::kEq;
  // kOperand and both sides of kCompare (lhs in `a`, rhs in `b`).
  std::string a_var, b_var;  // empty: a literal
  Value a_lit, b_lit;
};

namespace {

struct Token {
  enum class Kind { kEnd, kIdent, kText, kNumber, kLParen, kRParen, kCmp, kAnd, kOr, kNot };
  Kind kind = Kind::kEnd;
  std::string text;
  Op op = Op::kEq;
  long long number = 0;
};

Error SyntaxError(std::string_view detail) {
  return MakeError(ErrorCode::kInvalidArgument,
                   "Biểu thức điều kiện không hợp lệ: " + std::string(detail));
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

Result<std::vector<Token>> Tokenize(std::string_view s) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
      continue;
    }
    Token t;
    if (c == '(' || c == ')') {
      t.kind = c == '(' ? Token::Kind::kLParen : Token::Kind::kRParen;
      ++i;
    } else if (c == '\'' || c == '"') {
      size_t end = s.find(c, i + 1);
      if (end == std::string_view::npos) return SyntaxError("thiếu dấu nháy đóng");
      t.kind = Token::Kind::kText;
      t.text = std::string(s.substr(i + 1, end - i - 1));
      i = end + 1;
    } else if (std::isdigit(static_cast<unsigned char>(c)) ||
               (c == '-' && i + 1 < s.size() &&
                std::isdigit(static_cast<unsigned char>(s[i + 1])))) {
      size_t j = i + 1;
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
      t.kind = Token::Kind::kNumber;
      auto [p, ec] = std::from_chars(s.data() + i, s.data() + j, t.number);
      if (ec != std::errc()) return SyntaxError("số quá lớn");
      i = j;
    } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      size_t j = i;
      while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_')) ++j;
      std::string word(s.substr(i, j - i));
      std::string lower = Lower(word);
      if (lower == "and")
        t.kind = Token::Kind::kAnd;
      else if (lower == "or")
        t.kind = Token::Kind::kOr;
      else if (lower == "not")
        t.kind = Token::Kind::kNot;
      else {
        t.kind = Token::Kind::kIdent;
        t.text = word;
      }
      i = j;
    } else {
      std::string_view two = s.substr(i, 2);
      t.kind = Token::Kind::kCmp;
      if (two == "==")
        t.op = Op::kEq;
      else if (two == "!=")
        t.op = Op::kNe;
      else if (two == "<=")
        t.op = Op::kLe;
      else if (two == ">=")
        t.op = Op::kGe;
      else if (two == "&&")
        t.kind = Token::Kind::kAnd;
      else if (two == "||")
        t.kind = Token::Kind::kOr;
      else
        two = {};
      if (!two.empty()) {
        i += 2;
      } else if (c == '<' || c == '>') {
        t.op = c == '<' ? Op::kLt : Op::kGt;
        ++i;
      } else if (c == '!') {
        t.kind = Token::Kind::kNot;
        ++i;
      } else {
        return SyntaxError("ký tự không được phép '" + std::string(1, c) + "'");
      }
    }
    out.push_back(std::move(t));
  }
  out.push_back(Token{});
  return out;
}

struct Operand {
  std::string var;  // empty: literal
  Value lit;
  ValueType type = ValueType::kBool;
};

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : t_(std::move(tokens)) {}

  Result<std::shared_ptr<const ConditionNode>> Parse() {
    MOTCUA_ASSIGN_OR_RETURN(root, Or());
    if (t_[pos_].kind != Token::Kind::kEnd) return SyntaxError("thừa phần cuối biểu thức");
    return root;
  }
  std::vector<std::string> variables;

 private:
  using NodeResult = Result<std::shared_ptr<const ConditionNode>>;

  NodeResult Binary(bool is_or) {
    auto sub = [&]() { return is_or ? Binary(false) : Unary(); };
    MOTCUA_ASSIGN_OR_RETURN(left, sub());
    auto want = is_or ? Token::Kind::kOr : Token::Kind::kAnd;
    while (t_[pos_].kind == want) {
      ++pos_;
      MOTCUA_ASSIGN_OR_RETURN(right, sub());
      auto n = std::make_shared<ConditionNode>();
      n->kind = is_or ? ConditionNode::Kind::kOr : ConditionNode::Kind::kAnd;
      n->left = std::move(left);
      n->right = std::move(right);
      left = std::move(n);
    }
    return left;
  }
  NodeResult Or() { return Binary(true); }

  NodeResult Unary() {
    if (t_[pos_].kind == Token::Kind::kNot) {
      ++pos_;
      MOTCUA_ASSIGN_OR_RETURN(inner, Unary());
      auto n = std::make_shared<ConditionNode>();
      n->kind = ConditionNode::Kind::kNot;
      n->left = std::move(inner);
      return std::shared_ptr<const ConditionNode>(std::move(n));
    }
    return Primary();
  }

  NodeResult Primary() {
    if (t_[pos_].kind == Token::Kind::kLParen) {
      ++pos_;
      MOTCUA_ASSIGN_OR_RETURN(inner, Or());
      if (t_[pos_].kind != Token::Kind::kRParen) return SyntaxError("thiếu dấu ')'");
      ++pos_;
      return inner;
    }
    MOTCUA_ASSIGN_OR_RETURN(a, ReadOperand());
    auto n = std::make_shared<ConditionNode>();
    n->a_var = a.var;
    n->a_lit = a.lit;
    if (t_[pos_].kind != Token::Kind::kCmp) {
      if (a.type != ValueType::kBool) {
        return SyntaxError("'" + (a.var.empty() ? std::string("giá trị") : a.var) +
                           "' không phải là giá trị đúng/sai");
      }
      n->kind = ConditionNode::Kind::kOperand;
      return std::shared_ptr<const ConditionNode>(std::move(n));
    }
    Op op = t_[pos_++].op;
    MOTCUA_ASSIGN_OR_RETURN(b, ReadOperand());
    if (a.type != b.type) return SyntaxError("so sánh hai giá trị khác kiểu");
    if (a.type != ValueType::kNumber && op != Op::kEq && op != Op::kNe) {
      return SyntaxError("chỉ so sánh lớn/nhỏ được giữa các số");
    }
    n->kind = ConditionNode::Kind::kCompare;
    n->op = op;
    n->b_var = b.var;
    n->b_lit = b.lit;
    return std::shared_ptr<const ConditionNode>(std::move(n));
  }

  Result<Operand> ReadOperand() {
    const Token& t = t_[pos_];
    Operand o;
    switch (t.kind) {
      case Token::Kind::kText:
        o.lit = t.text;
        o.type = ValueType::kText;
        break;
      case Token::Kind::kNumber:
        o.lit = t.number;
        o.type = ValueType::kNumber;
        break;
      case Token::Kind::kIdent: {
        std::string lower = Lower(t.text);
        if (lower == "true" || lower == "false") {
          o.lit = lower == "true";
          o.type = ValueType::kBool;
          break;
        }
        const ValueType* type = KnownVariableType(t.text);
        if (type == nullptr) return SyntaxError("biến không xác định '" + t.text + "'");
        o.var = t.text;
        o.type = *type;
        variables.push_back(t.text);
        break;
      }
      default:
        return SyntaxError("thiếu giá trị hoặc tên biến");
    }
    ++pos_;
    return o;
  }

  std::vector<Token> t_;
  size_t pos_ = 0;
};

// Fetches an operand's value; false when the variable is missing or of another type.
bool Fetch(const std::string& var, const Value& lit, const Variables& vars, Value& out) {
  if (var.empty()) {
    out = lit;
    return true;
  }
  auto it = vars.find(var);
  if (it == vars.end()) return false;
  const ValueType* type = KnownVariableType(var);
  if (type == nullptr || static_cast<size_t>(*type) != it->second.index()) return false;
  out = it->second;
  return true;
}

bool Compare(Op op, const Value& a, const Value& b) {
  switch (op) {
    case Op::kEq:
      return a == b;
    case Op::kNe:
      return a != b;
    case Op::kLt:
      return a < b;
    case Op::kLe:
      return a <= b;
    case Op::kGt:
      return a > b;
    case Op::kGe:
      return a >= b;
  }
  return false;
}

bool Eval(const ConditionNode& n, const Variables& vars) {
  switch (n.kind) {
    case ConditionNode::Kind::kAnd:
      return Eval(*n.left, vars) && Eval(*n.right, vars);
    case ConditionNode::Kind::kOr:
      return Eval(*n.left, vars) || Eval(*n.right, vars);
    case ConditionNode::Kind::kNot:
      return !Eval(*n.left, vars);
    case ConditionNode::Kind::kOperand: {
      Value v;
      return Fetch(n.a_var, n.a_lit, vars, v) && std::get<bool>(v);
    }
    case ConditionNode::Kind::kCompare: {
      Value a, b;
      return Fetch(n.a_var, n.a_lit, vars, a) && Fetch(n.b_var, n.b_lit, vars, b) &&
             Compare(n.op, a, b);
    }
  }
  return false;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

Result<Condition> Condition::Parse(std::string_view text) {
  std::string_view body = Trim(text);
  if (body.size() >= 3 && (body.starts_with("${") || body.starts_with("#{")) &&
      body.ends_with("}")) {
    body = Trim(body.substr(2, body.size() - 3));
  }
  if (body.empty()) return SyntaxError("biểu thức rỗng");
  MOTCUA_ASSIGN_OR_RETURN(tokens, Tokenize(body));
  Parser parser(std::move(tokens));
  MOTCUA_ASSIGN_OR_RETURN(root, parser.Parse());
  Condition c;
  c.text_ = std::string(body);
  c.variables_ = std::move(parser.variables);
  std::sort(c.variables_.begin(), c.variables_.end());
  c.variables_.erase(std::unique(c.variables_.begin(), c.variables_.end()), c.variables_.end());
  c.root_ = std::move(root);
  return c;
}

bool Condition::Evaluate(const Variables& vars) const {
  return root_ != nullptr && Eval(*root_, vars);
}

}  // namespace motcua::process
