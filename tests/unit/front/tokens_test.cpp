// Token streams (the parser's view: no COMMENT or NL) and `pyc tokens` output.
// Expected values were produced once by python3 (the tokenize module) and pasted here.
#include <catch2/catch.hpp>

#include "front/parse.h"
#include "front/tokenizer.h"

namespace {

// The tokenize module's type names for the parser's tokens.
std::string types_of(const char* src) {
  std::string out;
  for (const front::Token& t : front::tokenize(src).tokens) {
    std::string name = front::token_type_name(t.type);
    if (name[0] == '\'') name = std::isalpha(static_cast<unsigned char>(name[1])) ? "NAME" : "OP";
    if (name == "MATCH" || name == "CASE") name = "NAME";
    if (!out.empty()) out += ' ';
    out += name;
  }
  return out;
}

}  // namespace

TEST_CASE("tokens: blank and comment-only lines do not indent", "[front][tokens]") {
  CHECK(types_of(R"PYTOK(if x:

    # comment
        # deeper comment
    y = 1

# end
)PYTOK") ==
        "NAME NAME OP NEWLINE INDENT NAME OP NUMBER NEWLINE DEDENT ENDMARKER");
}

TEST_CASE("tokens: indentation inside brackets does not count", "[front][tokens]") {
  CHECK(types_of(R"PYTOK(x = [
        1,
  2,
]
y = 2
)PYTOK") ==
        "NAME OP OP NUMBER OP NUMBER OP OP NEWLINE NAME OP NUMBER NEWLINE ENDMARKER");
}

TEST_CASE("tokens: backslash continuation does not count", "[front][tokens]") {
  CHECK(types_of(R"PYTOK(if a and \
        b:
    pass
)PYTOK") ==
        "NAME NAME NAME NAME OP NEWLINE INDENT NAME NEWLINE DEDENT ENDMARKER");
}

TEST_CASE("tokens: several dedents at once", "[front][tokens]") {
  CHECK(types_of(R"PYTOK(if a:
    if b:
        if c:
            d
e
)PYTOK") ==
        "NAME NAME OP NEWLINE INDENT NAME NAME OP NEWLINE INDENT NAME NAME OP NEWLINE INDENT NAME NEWLINE DEDENT DEDENT DEDENT NAME NEWLINE ENDMARKER");
}

TEST_CASE("tokens: dedents at end of file without newline", "[front][tokens]") {
  CHECK(types_of(R"PYTOK(if a:
    if b:
        c)PYTOK") ==
        "NAME NAME OP NEWLINE INDENT NAME NAME OP NEWLINE INDENT NAME NEWLINE DEDENT DEDENT ENDMARKER");
}

TEST_CASE("tokens: tabs indent to multiples of eight", "[front][tokens]") {
  CHECK(types_of(R"PYTOK(if a:
	if b:
		c
	d
)PYTOK") ==
        "NAME NAME OP NEWLINE INDENT NAME NAME OP NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE DEDENT ENDMARKER");
}

TEST_CASE("tokens: form feed resets the column", "[front][tokens]") {
  CHECK(types_of(R"PYTOK(if a:
    b
c
)PYTOK") ==
        "NAME NAME OP NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE ENDMARKER");
}

TEST_CASE("tokens: semicolons and one-line blocks", "[front][tokens]") {
  CHECK(types_of(R"PYTOK(if a: b; c
while d: e
)PYTOK") ==
        "NAME NAME OP NAME OP NAME NEWLINE NAME NAME OP NAME NEWLINE ENDMARKER");
}

TEST_CASE("tokens: strings of every kind", "[front][tokens]") {
  CHECK(types_of(R"PYTOK(s = r'a\'' b"x" f'{y}' '''t
u''' Rb'z' u'w'
)PYTOK") ==
        "NAME OP STRING STRING STRING STRING STRING STRING NEWLINE ENDMARKER");
}

TEST_CASE("tokens: numbers of every kind", "[front][tokens]") {
  CHECK(types_of(R"PYTOK(n = 0x_1F + 0o17 + 0b1_0 + 1_000 + 1.5 + .5 + 5. + 1e-3 + 2J + 1if x else 0
)PYTOK") ==
        "NAME OP NUMBER OP NUMBER OP NUMBER OP NUMBER OP NUMBER OP NUMBER OP NUMBER OP NUMBER OP NUMBER OP NUMBER NAME NAME NAME NUMBER NEWLINE ENDMARKER");
}

TEST_CASE("tokens: operators longest match", "[front][tokens]") {
  CHECK(types_of(R"PYTOK(a **= b // c >> d -> e := f ... != g <= h
)PYTOK") ==
        "NAME OP NAME OP NAME OP NAME OP NAME OP NAME OP OP NAME OP NAME NEWLINE ENDMARKER");
}

TEST_CASE("tokens: soft keywords are names", "[front][tokens]") {
  CHECK(types_of(R"PYTOK(match = case = _ = 1
match x:
    case 1: pass
)PYTOK") ==
        "NAME OP NAME OP NAME OP NUMBER NEWLINE NAME NAME OP NEWLINE INDENT NAME NUMBER OP NAME NEWLINE DEDENT ENDMARKER");
}

TEST_CASE("tokens: tokenize dump of a small program", "[front][tokens]") {
  CHECK(front::tokenize_dump(R"PYTOK(def f(a):
    # c
    return a  # d

x = f(
  1)
)PYTOK") == R"PYTOK(0,0-0,0:            ENCODING       'utf-8'        
1,0-1,3:            NAME           'def'          
1,4-1,5:            NAME           'f'            
1,5-1,6:            OP             '('            
1,6-1,7:            NAME           'a'            
1,7-1,8:            OP             ')'            
1,8-1,9:            OP             ':'            
1,9-1,10:           NEWLINE        '\n'           
2,4-2,7:            COMMENT        '# c'          
2,7-2,8:            NL             '\n'           
3,0-3,4:            INDENT         '    '         
3,4-3,10:           NAME           'return'       
3,11-3,12:          NAME           'a'            
3,14-3,17:          COMMENT        '# d'          
3,17-3,18:          NEWLINE        '\n'           
4,0-4,1:            NL             '\n'           
5,0-5,0:            DEDENT         ''             
5,0-5,1:            NAME           'x'            
5,2-5,3:            OP             '='            
5,4-5,5:            NAME           'f'            
5,5-5,6:            OP             '('            
5,6-5,7:            NL             '\n'           
6,2-6,3:            NUMBER         '1'            
6,3-6,4:            OP             ')'            
6,4-6,5:            NEWLINE        '\n'           
7,0-7,0:            ENDMARKER      ''             
)PYTOK");
}

TEST_CASE("tokens: tokenize dump without final newline", "[front][tokens]") {
  CHECK(front::tokenize_dump(R"PYTOK(if x:
    y = 'é')PYTOK") == R"PYTOK(0,0-0,0:            ENCODING       'utf-8'        
1,0-1,2:            NAME           'if'           
1,3-1,4:            NAME           'x'            
1,4-1,5:            OP             ':'            
1,5-1,6:            NEWLINE        '\n'           
2,0-2,4:            INDENT         '    '         
2,4-2,5:            NAME           'y'            
2,6-2,7:            OP             '='            
2,8-2,11:           STRING         "'é'"          
2,11-2,12:          NEWLINE        ''             
3,0-3,0:            DEDENT         ''             
3,0-3,0:            ENDMARKER      ''             
)PYTOK");
}
