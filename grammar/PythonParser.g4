// Python 3.11 syntax, shaped for ANTLR's ALL(*) rather than transcribed from
// CPython's PEG grammar (Grammar/python.gram):
//   - statements are left-factored (an expression statement, an assignment and an
//     annotated assignment share one prefix; try/except/finally is one rule), so
//     prediction never has to look far ahead;
//   - the binary-operator precedence chain is one left-recursive rule (`arith`),
//     with boolean operators in a second (`logical`) because `not` may not appear
//     as an operand of a comparison or arithmetic operator;
//   - no actions and no predicates: anything that is not a context-free property
//     (assignment targets, parameter order, keyword-argument order, `except` vs
//     `except*` mixing, ...) is checked by the AST builder with CPython's messages.
// Tokens come from the hand-written tokenizer (src/front/tokenizer.cpp), which
// already resolved INDENT/DEDENT/NEWLINE, brackets and continuations.
parser grammar PythonParser;

// The superclasses replace slow general runtime code (src/front/fast_parser_base.h);
// it adds no actions or predicates.
options { tokenVocab = PythonLexer; superClass = FastParserBase; contextSuperClass = FastContext; }
@parser::header { #include "front/fast_parser_base.h" }

file_input: (NEWLINE | stmt)* EOF;
// The expression inside an f-string replacement field `{...}`.
fstring_expr_input: (yield_expr | star_expressions) NEWLINE? EOF;
// eval() and compile(..., 'eval'): CPython's `eval: expressions NEWLINE* ENDMARKER`.
eval_input: star_expressions NEWLINE* EOF;

stmt: simple_stmts | compound_stmt;
simple_stmts: simple_stmt (';' simple_stmt)* ';'? NEWLINE;

simple_stmt
  : expr_stmt                                   # exprStmt
  | 'return' star_expressions?                  # returnStmt
  | import_name                                 # importStmt
  | import_from                                 # importFromStmt
  | 'raise' (test ('from' test)?)?              # raiseStmt
  | 'pass'                                      # passStmt
  | 'del' star_expressions                      # delStmt
  | 'assert' test (',' test)?                   # assertStmt
  | 'break'                                     # breakStmt
  | 'continue'                                  # continueStmt
  | 'global' name (',' name)*                   # globalStmt
  | 'nonlocal' name (',' name)*                 # nonlocalStmt
  ;

// Expression statement, assignment, augmented and annotated assignment.
expr_stmt
  : first=rhs ( ':' annotation=test ('=' annotated=rhs)?
              | augassign aug=rhs
              | ('=' rhs)* )
  ;
rhs: yield_expr | star_expressions;
augassign
  : '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>='
  | '**=' | '//='
  ;

import_name: 'import' dotted_as_name (',' dotted_as_name)*;
import_from
  : 'from' dots* dotted_name 'import' import_targets
  | 'from' dots+ 'import' import_targets
  ;
dots: '.' | '...';
import_targets: '*' | '(' import_as_names ','? ')' | import_as_names;
import_as_names: import_as_name (',' import_as_name)*;
import_as_name: name ('as' name)?;
dotted_as_name: dotted_name ('as' name)?;
dotted_name: name ('.' name)*;

compound_stmt
  : if_stmt | while_stmt | for_stmt | try_stmt | with_stmt | funcdef | classdef
  | decorated | async_stmt | match_stmt
  ;

if_stmt: 'if' namedexpr_test ':' block elif_clause* else_clause?;
elif_clause: 'elif' namedexpr_test ':' block;
else_clause: 'else' ':' block;
while_stmt: 'while' namedexpr_test ':' block else_clause?;
for_stmt: 'for' target_list 'in' star_expressions ':' block else_clause?;
try_stmt: 'try' ':' block (except_clause+ else_clause? finally_clause? | finally_clause);
except_clause: 'except' '*'? (test ('as' name)?)? ':' block;
finally_clause: 'finally' ':' block;
// `with (a as b, c):` is tried first: `with (a, b):` means two items, as in CPython.
with_stmt
  : 'with' '(' with_item (',' with_item)* ','? ')' ':' block
  | 'with' with_item (',' with_item)* ':' block
  ;
with_item: test ('as' star_target)?;
funcdef: 'def' name parameters ('->' test)? ':' block;
parameters: '(' typedargslist? ')';
classdef: 'class' name ('(' arglist? ')')? ':' block;
decorated: decorator+ (classdef | funcdef | async_funcdef);
decorator: '@' namedexpr_test NEWLINE;
async_funcdef: 'async' funcdef;
async_stmt: 'async' (funcdef | with_stmt | for_stmt);
block: simple_stmts | NEWLINE INDENT stmt+ DEDENT;

// Parameters of `def` (annotated) and `lambda` (not). The order rules (`/` before
// `*`, defaults, one `*`, `**` last) are checked by the builder.
typedargslist: tparam (',' tparam)* ','?;
tparam
  : tfpdef ('=' test)?
  | '/'
  | '*' (name (':' (star_expr | test))?)?
  | '**' tfpdef
  ;
tfpdef: name (':' test)?;
varargslist: vparam (',' vparam)* ','?;
vparam: name ('=' test)? | '/' | '*' name? | '**' name;

// ---- match statement (soft keywords) --------------------------------------------
match_stmt: 'match' subject=star_named_expressions ':' NEWLINE INDENT case_block+ DEDENT;
case_block: 'case' patterns ('if' guard=namedexpr_test)? ':' block;
patterns: maybe_star_pattern (',' maybe_star_pattern)* ','?;
maybe_star_pattern: '*' name | pattern;
pattern: or_pattern ('as' name)?;
or_pattern: closed_pattern ('|' closed_pattern)*;
closed_pattern
  : literal_pattern                                                   # literalPattern
  | name_or_attr ('(' (pattern_arg (',' pattern_arg)* ','?)? ')')?      # nameOrClassPattern
  | '(' (maybe_star_pattern (',' maybe_star_pattern)* ','?)? ')'      # parenPattern
  | '[' (maybe_star_pattern (',' maybe_star_pattern)* ','?)? ']'      # listPattern
  | '{' (mapping_item (',' mapping_item)* ','?)? '}'                  # mappingPattern
  ;
literal_pattern
  : '-'? NUMBER (('+' | '-') NUMBER)?
  | STRING+
  | 'None' | 'True' | 'False'
  ;
name_or_attr: name ('.' name)*;
pattern_arg: name '=' pattern | pattern;
mapping_item: (literal_pattern | name_or_attr) ':' pattern | '**' name;

// ---- expressions ------------------------------------------------------------------
star_expressions: star_expr_or_test (',' star_expr_or_test)* ','?;
star_expr_or_test: star_expr | test;
star_named_expressions: star_named_expression (',' star_named_expression)* ','?;
star_named_expression: star_expr | namedexpr_test;
star_expr: '*' arith;
target_list: star_target (',' star_target)* ','?;
star_target: '*'? arith;

namedexpr_test: test (':=' test)?;
test
  : logical ('if' logical 'else' test)?
  | lambdef
  ;
lambdef: 'lambda' varargslist? ':' test;

logical
  : 'not' logical                # notExpr
  | logical 'and' logical        # andExpr
  | logical 'or' logical         # orExpr
  | comparison                   # comparisonExpr
  ;
comparison: arith (comp_op arith)*;
comp_op: '<' | '>' | '==' | '>=' | '<=' | '!=' | 'in' | 'not' 'in' | 'is' | 'is' 'not';

// Precedence climbs from the bottom alternative to the top one.
arith
  : primary                                                 # primaryExpr
  | <assoc=right> arith '**' arith                          # powerExpr
  | op=('+' | '-' | '~') arith                              # unaryExpr
  | arith op=('*' | '/' | '//' | '%' | '@') arith           # mulExpr
  | arith op=('+' | '-') arith                              # addExpr
  | arith op=('<<' | '>>') arith                            # shiftExpr
  | arith '&' arith                                         # bitAndExpr
  | arith '^' arith                                         # bitXorExpr
  | arith '|' arith                                         # bitOrExpr
  ;

primary: 'await'? atom trailer*;
trailer: '(' arglist? ')' | '[' subscripts ']' | '.' name;
atom
  : '(' (yield_expr | testlist_comp)? ')'        # parenAtom
  | '[' testlist_comp? ']'                        # listAtom
  | '{' dictorsetmaker? '}'                       # braceAtom
  | name                                          # nameAtom
  | NUMBER                                        # numberAtom
  | STRING+                                       # stringAtom
  | '...'                                         # ellipsisAtom
  | 'None'                                        # noneAtom
  | 'True'                                        # trueAtom
  | 'False'                                       # falseAtom
  ;
testlist_comp: star_named_expression (comp_for | (',' star_named_expression)* ','?);
// Dict and set displays share their first item's prefix; the builder checks that
// all items are of one kind.
dictorsetmaker: dict_or_set_item (comp_for | (',' dict_or_set_item)* ','?);
dict_or_set_item
  : key=test (':' value=test | ':=' walrus=test)?     # keyOrElementItem
  | '**' arith                                         # doubleStarItem
  | star_expr                                          # starItem
  ;

subscripts: subscript (',' subscript)* ','?;
// An index and a slice share their first expression.
subscript
  : star_expr                                              # starSubscript
  | lower=test (slice_tail | ':=' walrus=test)?            # indexOrSlice
  | slice_tail                                             # sliceOnly
  ;
slice_tail: ':' upper=test? (':' step=test?)?;

comp_for: comp_clause+;
comp_clause: 'async'? 'for' target_list 'in' logical ('if' logical)*;

arglist: argument (',' argument)* ','?;
// Positional, keyword, walrus and generator arguments share their first expression.
argument
  : test (comp_for | '=' value=test | ':=' walrus=test)?  # plainArgument
  | '**' test                                             # doubleStarArgument
  | '*' test                                              # starArgument
  ;

yield_expr: 'yield' ('from' test | star_expressions)?;

name: NAME | 'match' | 'case';
