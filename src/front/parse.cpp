// The two-stage parse: SLL with a bail-out strategy first (fast, enough for every
// valid program), full LL only when that fails, and then only to find where and
// why, so the error can be reported with CPython's message.
#include "front/parse.h"

#include <antlr4-runtime.h>

#include <cstdio>
#include <cstdlib>

#include "PythonLexer.h"
#include "PythonParser.h"
#include "ast/stack_depth.h"
#include "front/builder.h"
#include "front/parse_internal.h"
#include "front/source_encoding.h"
#include "front/operator_chains.h"
#include "front/source_error.h"
#include "front/syntax_errors.h"
#include "front/tokenizer.h"

namespace front {
namespace {

// Hands the pre-tokenized stream to ANTLR; token index i is tokens[i].
class VectorTokenSource : public antlr4::TokenSource {
 public:
  explicit VectorTokenSource(const std::vector<Token>& tokens) : tokens_(tokens) {}
  std::unique_ptr<antlr4::Token> nextToken() override {
    const Token& t = tokens_[std::min(next_, tokens_.size() - 1)];
    ++next_;
    auto tok = std::make_unique<PooledToken>(static_cast<size_t>(t.type));
    tok->setLine(static_cast<size_t>(t.line));
    tok->setCharPositionInLine(static_cast<size_t>(t.col));
    tok->setStartIndex(t.begin);
    tok->setStopIndex(t.end == t.begin ? t.begin : t.end - 1);
    return tok;
  }
  size_t getLine() const override { return 0; }
  size_t getCharPositionInLine() override { return 0; }
  antlr4::CharStream* getInputStream() override { return nullptr; }
  std::string getSourceName() override { return "<source>"; }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override {
    return antlr4::CommonTokenFactory::DEFAULT.get();
  }

 private:
  const std::vector<Token>& tokens_;
  size_t next_ = 0;
};

// The generated parser with a stack check on every rule entry (deeply nested
// input ends in CPython's MemoryError instead of a stack overflow).
class GuardedParser : public P {
 public:
  using P::P;
  void enterRule(antlr4::ParserRuleContext* ctx, size_t state, size_t rule) override {
    check();
    P::enterRule(ctx, state, rule);
  }
  void enterRecursionRule(antlr4::ParserRuleContext* ctx, size_t state, size_t rule, int precedence) override {
    check();
    P::enterRecursionRule(ctx, state, rule, precedence);
  }

 private:
  static void check() {
    if (ast::StackDepth::exhausted()) throw_too_deep();
  }
};

// Stops at the first error and remembers where the parser was (no recovery).
class FirstErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  ParseFailure failure;

  void recover(antlr4::Parser* parser, std::exception_ptr e) override {
    try {
      std::rethrow_exception(e);
    } catch (antlr4::RecognitionException& re) {
      record(parser, re.getOffendingToken(), re.getExpectedTokens(), false);
    } catch (...) {
      record(parser, parser->getCurrentToken(), antlr4::misc::IntervalSet(), false);
    }
    throw antlr4::ParseCancellationException();
  }
  antlr4::Token* recoverInline(antlr4::Parser* parser) override {
    record(parser, parser->getCurrentToken(), parser->getExpectedTokens(), true);
    throw antlr4::ParseCancellationException();
  }
  void sync(antlr4::Parser*) override {}
  void reportError(antlr4::Parser*, const antlr4::RecognitionException&) override {}

 private:
  void record(antlr4::Parser* parser, antlr4::Token* offending, const antlr4::misc::IntervalSet& expected,
              bool mismatch) {
    if (failure.valid) return;
    failure.valid = true;
    failure.token_index = offending ? offending->getTokenIndex() : 0;
    failure.mismatch = mismatch;
    for (size_t t : expected.toList()) failure.expected.push_back(static_cast<int>(t));
    for (auto* c = parser->getContext(); c; c = dynamic_cast<antlr4::ParserRuleContext*>(c->parent))
      failure.rule_stack.push_back(c);
  }
};

// Runs both stages on `tokens` for `rule`; returns the tree or throws.
template <class Tree>
Tree* run_parser(GuardedParser& parser, FilledTokenStream& stream, Tree* (P::*rule)(),
                 const ParseErrorContext& ectx) {
  parser.removeErrorListeners();
  auto* interp = parser.simulator();
  interp->setPredictionMode(antlr4::atn::PredictionMode::SLL);
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  try {
    return (parser.*rule)();
  } catch (antlr4::ParseCancellationException&) {
  }
  if (std::getenv("PYVM_FRONT_TRACE_LL")) std::fprintf(stderr, "front: SLL failed, retrying with LL\n");
  stream.seek(0);
  parser.reset();
  interp->setPredictionMode(antlr4::atn::PredictionMode::LL);
  auto strategy = std::make_shared<FirstErrorStrategy>();
  parser.setErrorHandler(strategy);
  try {
    return (parser.*rule)();
  } catch (antlr4::ParseCancellationException&) {
  }
  report_parse_failure(ectx, strategy->failure);
}

// CPython's parser pulls tokens one at a time, so a syntax error before the line
// where the tokenizer fails is the one it reports. We tokenize whole files first;
// to give the same verdict, a tokenizer error on line L is preceded by a parse of
// the lines before L, and a parser error found there at a real token wins. Errors
// that only the cut itself causes (input ending inside a block, bracket, string
// or continuation) are not taken.
[[noreturn]] void raise_earliest_error(const std::string& source, const ast::SyntaxError& tokenizer_error) {
  const int cut_line = tokenizer_error.lineno;
  size_t cut = 0;
  for (int line = 1; line < cut_line && cut != std::string::npos; ++line) {
    cut = source.find('\n', cut);
    if (cut != std::string::npos) ++cut;
  }
  if (cut_line > 1 && cut != std::string::npos) {
    const std::string prefix = source.substr(0, cut);
    TokenStreamResult toks;
    try {
      toks = tokenize(prefix);
    } catch (const ast::SyntaxError&) {
      throw tokenizer_error;  // the cut left a string or continuation open
    }
    if (!toks.unclosed.empty()) throw tokenizer_error;  // ... or a bracket
    // The parser must fail before the prefix's last NEWLINE: on a token CPython
    // would also have reached, not on the end the cut made.
    const Token* last_newline = nullptr;
    for (const Token& t : toks.tokens)
      if (t.type == pygen::PythonLexer::NEWLINE) last_newline = &t;
    try {
      VectorTokenSource src(toks.tokens);
      TreePool::Scope tree_pool;  // outlives the parser, which deletes the tree
      FilledTokenStream stream(&src);
      stream.load();
      GuardedParser parser(&stream);
      ParseErrorContext ectx{prefix, toks};
      run_parser(parser, stream, &P::file_input, ectx);
    } catch (const ast::SyntaxError& e) {
      const bool before_end = last_newline && e.lineno >= 1 &&
                              (e.lineno < last_newline->line ||
                               (e.lineno == last_newline->line && e.offset - 1 < last_newline->col));
      if (before_end && e.msg.rfind("expected an indented block", 0) != 0) throw e;
    }
  }
  throw tokenizer_error;
}

}  // namespace

namespace {

// Decodes, tokenizes and parses `raw_source` from the grammar rule `start`,
// then builds the result from the tree with `build(builder, tree)`.
template <class Result, class Context, class Build>
Result parse_with(std::string_view raw_source, const std::string& filename, Context* (P::*start)(), Build build) {
  ast::StackDepth depth;
  try {
    std::string source = decode_source(raw_source, filename);
    TokenStreamResult toks;
    try {
      toks = tokenize(source);
    } catch (const ast::SyntaxError& e) {
      raise_earliest_error(source, e);
    }
    check_operator_chains(toks.tokens);
    VectorTokenSource src(toks.tokens);
    TreePool::Scope tree_pool;  // outlives the parser, which deletes the tree
    FilledTokenStream stream(&src);
    stream.load();
    GuardedParser parser(&stream);
    ParseErrorContext ectx{source, toks};
    auto* tree = run_parser(parser, stream, start, ectx);
    Result result;
    Builder builder(*result.arena, source, toks.tokens, source);
    build(result, builder, tree);
    return result;
  } catch (ast::SyntaxError& e) {
    e.filename = filename;
    throw;
  }
}

}  // namespace

ast::ParsedModule parse_module(std::string_view raw_source, const std::string& filename) {
  return parse_with<ast::ParsedModule>(raw_source, filename, &P::file_input,
                                       [](ast::ParsedModule& r, Builder& b, auto* tree) { r.module = b.file_input(tree); });
}

ast::ParsedExpression parse_expression(std::string_view raw_source, const std::string& filename) {
  return parse_with<ast::ParsedExpression>(raw_source, filename, &P::eval_input,
                                           [](ast::ParsedExpression& r, Builder& b, auto* tree) { r.body = b.eval_input(tree); });
}

ast::expr* parse_fstring_expression(ast::Arena& arena, std::string_view file_source,
                                    std::string_view sub_source, PositionShift shift) {
  try {
    TokenStreamResult toks = tokenize(sub_source);
    VectorTokenSource src(toks.tokens);
    TreePool::Scope tree_pool;  // outlives the parser, which deletes the tree
    FilledTokenStream stream(&src);
    stream.load();
    GuardedParser parser(&stream);
    ParseErrorContext ectx{sub_source, toks};
    auto* tree = run_parser(parser, stream, &P::fstring_expr_input, ectx);
    Builder builder(arena, sub_source, toks.tokens, file_source, shift);
    return builder.fstring_expr(tree);
  } catch (ast::SyntaxError& e) {
    if (e.msg.rfind("f-string", 0) != 0) {
      ast::SyntaxError f(e.type, "f-string: " + e.msg);
      f.lineno = shift.line_delta + e.lineno;
      // CPython shows the "(expression)" it parsed, with columns in it.
      f.offset = e.offset;
      f.end_lineno = shift.line_delta + e.end_lineno;
      f.end_offset = e.end_offset;
      f.text = e.text;
      throw f;
    }
    throw;
  }
}

}  // namespace front
