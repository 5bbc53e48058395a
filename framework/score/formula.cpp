#include "score/formula.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <set>

namespace duban {

namespace {

using Kind = FormulaNode::Kind;

struct FunctionArity {
  std::string_view name;
  std::size_t least;
  std::size_t most;  ///< 0 = any number
};

constexpr FunctionArity kFunctions[] = {{"min", 2, 0}, {"max", 2, 0}, {"clamp", 3, 3}};

const FunctionArity* function_named(std::string_view name) {
  for (const auto& f : kFunctions) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

bool is_name_start(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_';
}

bool is_name_char(char c) {
  return is_name_start(c) || std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// Recursive descent over:  sum := product (('+'|'-') product)*
//                          product := unary (('*'|'/') unary)*
//                          unary := '-' unary | atom
//                          atom := number | name | name '(' sum (',' sum)* ')' | '(' sum ')'
// The first error stops the parse (it throws FormulaError to unwind).
class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  FormulaNode parse() {
    FormulaNode node = sum();
    skip_space();
    if (pos_ < text_.size()) fail("unexpected '" + std::string(1, text_[pos_]) + "'");
    return node;
  }

 private:
  [[noreturn]] void fail(std::string message) const {
    throw FormulaError{std::move(message), pos_};
  }

  void skip_space() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_])) != 0)
      ++pos_;
  }

  bool take(char c) {
    skip_space();
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }

  static FormulaNode binary(Kind kind, FormulaNode left, FormulaNode right) {
    FormulaNode node;
    node.kind = kind;
    node.offset = left.offset;
    node.operands.push_back(std::move(left));
    node.operands.push_back(std::move(right));
    return node;
  }

  FormulaNode sum() {
    FormulaNode left = product();
    for (;;) {
      if (take('+'))
        left = binary(Kind::add, std::move(left), product());
      else if (take('-'))
        left = binary(Kind::subtract, std::move(left), product());
      else
        return left;
    }
  }

  FormulaNode product() {
    FormulaNode left = unary();
    for (;;) {
      if (take('*'))
        left = binary(Kind::multiply, std::move(left), unary());
      else if (take('/'))
        left = binary(Kind::divide, std::move(left), unary());
      else
        return left;
    }
  }

  FormulaNode unary() {
    skip_space();
    const std::size_t start = pos_;
    if (take('-')) {
      FormulaNode node;
      node.kind = Kind::negate;
      node.offset = start;
      node.operands.push_back(unary());
      return node;
    }
    return atom();
  }

  FormulaNode number() {
    FormulaNode node;
    node.offset = pos_;
    const char* first = text_.data() + pos_;
    const char* last = text_.data() + text_.size();
    auto [end, ec] = std::from_chars(first, last, node.number);
    if (ec != std::errc()) fail("'" + std::string(first, 1) + "' does not start a number");
    pos_ += static_cast<std::size_t>(end - first);
    return node;
  }

  FormulaNode call(FormulaNode node) {
    const FunctionArity* f = function_named(node.name);
    if (!f) {
      pos_ = node.offset;
      fail("unknown function '" + node.name + "' (use min, max or clamp)");
    }
    node.kind = Kind::call;
    if (!take(')')) {
      do {
        node.operands.push_back(sum());
      } while (take(','));
      if (!take(')')) fail("expected ',' or ')' in the arguments of " + node.name);
    }
    const std::size_t n = node.operands.size();
    if (n < f->least || (f->most != 0 && n > f->most)) {
      pos_ = node.offset;
      fail(node.name + " takes " +
           (f->most == f->least ? std::to_string(f->least)
                                : "at least " + std::to_string(f->least)) +
           " arguments, not " + std::to_string(n));
    }
    return node;
  }

  FormulaNode atom() {
    skip_space();
    if (pos_ >= text_.size()) fail("the formula ends where a value is expected");
    const char c = text_[pos_];
    if (std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '.') return number();
    if (is_name_start(c)) {
      FormulaNode node;
      node.kind = Kind::name;
      node.offset = pos_;
      while (pos_ < text_.size() && is_name_char(text_[pos_])) ++pos_;
      node.name = std::string(text_.substr(node.offset, pos_ - node.offset));
      if (take('(')) return call(std::move(node));
      return node;
    }
    if (take('(')) {
      FormulaNode inner = sum();
      if (!take(')')) fail("expected ')'");
      return inner;
    }
    fail("unexpected '" + std::string(1, c) + "' where a value is expected");
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

void collect(const FormulaNode& node, std::vector<FormulaName>& out, std::set<std::string>& seen) {
  if (node.kind == Kind::name && seen.insert(node.name).second)
    out.push_back({node.name, node.offset});
  for (const auto& operand : node.operands) collect(operand, out, seen);
}

}  // namespace

Formula parse_formula(std::string_view text) {
  Formula formula;
  formula.text = std::string(text);
  try {
    formula.root = Parser(text).parse();
  } catch (const FormulaError& error) {
    formula.error = error;
  }
  return formula;
}

std::vector<FormulaName> Formula::names() const {
  std::vector<FormulaName> out;
  std::set<std::string> seen;
  if (root) collect(*root, out, seen);
  return out;
}

double evaluate(const FormulaNode& node, const std::function<double(const std::string&)>& value) {
  auto arg = [&](std::size_t i) { return evaluate(node.operands[i], value); };
  switch (node.kind) {
    case Kind::number: return node.number;
    case Kind::name: return value(node.name);
    case Kind::add: return arg(0) + arg(1);
    case Kind::subtract: return arg(0) - arg(1);
    case Kind::multiply: return arg(0) * arg(1);
    case Kind::divide: {
      const double divisor = arg(1);
      return divisor == 0 ? 0.0 : arg(0) / divisor;
    }
    case Kind::negate: return -arg(0);
    case Kind::call: {
      if (node.name == "clamp") return std::clamp(arg(0), arg(1), std::max(arg(1), arg(2)));
      double result = arg(0);
      for (std::size_t i = 1; i < node.operands.size(); ++i) {
        result = node.name == "min" ? std::min(result, arg(i)) : std::max(result, arg(i));
      }
      return result;
    }
  }
  return 0;
}

}  // namespace duban
