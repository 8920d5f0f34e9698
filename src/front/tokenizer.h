// Python 3.11's tokenizer, written by hand (see grammar/PythonLexer.g4 for why):
// INDENT/DEDENT from an indentation stack, NEWLINE only outside brackets, line
// continuations, string prefixes and triple quotes, CPython's tokenizer errors.
// Token types are the ANTLR vocabulary's (pygen::PythonLexer::NAME, ...).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace front {

// Token types that exist only for `pyc tokens` (CPython's tokenize module), never
// handed to the parser.
enum TriviaType : int { kComment = -2, kNL = -3 };
// antlr4::Token::EOF as our int token type (CPython's ENDMARKER).
constexpr int kEndMarker = -1;

struct Token {
  int type = 0;
  unsigned begin = 0, end = 0;  // byte offsets into the source
  int line = 0, col = 0;        // 1-based line, 0-based byte column
  int end_line = 0, end_col = 0;
};

// An open bracket still open at end of input (for "'(' was never closed").
struct OpenBracket {
  char ch;
  int line, col;
};

struct TokenStreamResult {
  std::vector<Token> tokens;                // ends with EOF (type antlr4::Token::EOF)
  std::vector<OpenBracket> unclosed;        // non-empty: input ended inside brackets
  std::vector<unsigned> line_starts;        // byte offset of each line (index 0 = line 1)
};

struct TokenizeOptions {
  bool trivia = false;  // also emit COMMENT and NL tokens (for `pyc tokens`)
};

// Throws ast::SyntaxError (filename left empty; the caller fills it in) for errors
// the tokenizer itself detects: unterminated strings, bad indentation, invalid
// characters or number literals, unmatched closing brackets.
TokenStreamResult tokenize(std::string_view source, TokenizeOptions options = {});

// The display name of a token type: "NAME", "'if'", ...
std::string token_type_name(int type);

}  // namespace front
