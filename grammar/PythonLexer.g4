// The token vocabulary of Python 3.11. Tokens are produced by the hand-written
// tokenizer in src/front/tokenizer.cpp (indentation, brackets, continuations,
// string prefixes and f-strings need context an ANTLR lexer handles slowly, see
// DESIGN.md); this grammar only fixes the token types and their literal spellings,
// which the parser grammar uses and the tokenizer reads back from the vocabulary
// to classify keywords and operators. The generated lexer is never run.
lexer grammar PythonLexer;

tokens { NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT }

// Keywords.
FALSE: 'False'; NONE: 'None'; TRUE: 'True'; AND: 'and'; AS: 'as'; ASSERT: 'assert';
ASYNC: 'async'; AWAIT: 'await'; BREAK: 'break'; CLASS: 'class'; CONTINUE: 'continue';
DEF: 'def'; DEL: 'del'; ELIF: 'elif'; ELSE: 'else'; EXCEPT: 'except';
FINALLY: 'finally'; FOR: 'for'; FROM: 'from'; GLOBAL: 'global'; IF: 'if';
IMPORT: 'import'; IN: 'in'; IS: 'is'; LAMBDA: 'lambda'; NONLOCAL: 'nonlocal';
NOT: 'not'; OR: 'or'; PASS: 'pass'; RAISE: 'raise'; RETURN: 'return'; TRY: 'try';
WHILE: 'while'; WITH: 'with'; YIELD: 'yield';
// Soft keywords: the tokenizer gives them their own types and the parser accepts
// them wherever a NAME is (rule `name`).
MATCH: 'match'; CASE: 'case';

// Operators and delimiters.
LPAR: '('; RPAR: ')'; LSQB: '['; RSQB: ']'; LBRACE: '{'; RBRACE: '}';
COLON: ':'; COMMA: ','; SEMI: ';'; PLUS: '+'; MINUS: '-'; STAR: '*'; SLASH: '/';
VBAR: '|'; AMPER: '&'; LESS: '<'; GREATER: '>'; EQUAL: '='; DOT: '.'; PERCENT: '%';
EQEQUAL: '=='; NOTEQUAL: '!='; LESSEQUAL: '<='; GREATEREQUAL: '>='; TILDE: '~';
CIRCUMFLEX: '^'; LEFTSHIFT: '<<'; RIGHTSHIFT: '>>'; DOUBLESTAR: '**';
PLUSEQUAL: '+='; MINEQUAL: '-='; STAREQUAL: '*='; SLASHEQUAL: '/='; PERCENTEQUAL: '%=';
AMPEREQUAL: '&='; VBAREQUAL: '|='; CIRCUMFLEXEQUAL: '^='; LEFTSHIFTEQUAL: '<<=';
RIGHTSHIFTEQUAL: '>>='; DOUBLESTAREQUAL: '**='; DOUBLESLASH: '//';
DOUBLESLASHEQUAL: '//='; AT: '@'; ATEQUAL: '@='; RARROW: '->'; ELLIPSIS: '...';
COLONEQUAL: ':=';

// What the tokenizer hands the parser for text no token matches (never parsed).
ERRORTOKEN: . ;
