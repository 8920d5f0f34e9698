// AST dumps of small programs. The expected strings were produced once by python3
// (ast.dump(ast.parse(src), indent=4) or include_attributes=True) and pasted here.
#include <catch2/catch.hpp>

#include "ast/dump.h"
#include "front/parse.h"

namespace {

std::string dump_of(const char* src, bool attributes = false) {
  ast::ParsedModule m = front::parse_module(src, "<test>");
  return attributes ? ast::dump(*m.module, true, std::nullopt) : ast::dump(*m.module, false, 4);
}

}  // namespace

TEST_CASE("ast dump: arithmetic precedence", "[front][dump]") {
  const char* src = R"PYDUMP(x = 1 + 2 * 3 ** -4 // 5
)PYDUMP";
  CHECK(dump_of(src) == R"PYDUMP(Module(
    body=[
        Assign(
            targets=[
                Name(id='x', ctx=Store())],
            value=BinOp(
                left=Constant(value=1),
                op=Add(),
                right=BinOp(
                    left=BinOp(
                        left=Constant(value=2),
                        op=Mult(),
                        right=BinOp(
                            left=Constant(value=3),
                            op=Pow(),
                            right=UnaryOp(
                                op=USub(),
                                operand=Constant(value=4)))),
                    op=FloorDiv(),
                    right=Constant(value=5))))],
    type_ignores=[]))PYDUMP");
}

TEST_CASE("ast dump: chained comparison and boolean operators", "[front][dump]") {
  const char* src = R"PYDUMP(ok = a < b <= c != d and not e or f in g and h is not i
)PYDUMP";
  CHECK(dump_of(src) == R"PYDUMP(Module(
    body=[
        Assign(
            targets=[
                Name(id='ok', ctx=Store())],
            value=BoolOp(
                op=Or(),
                values=[
                    BoolOp(
                        op=And(),
                        values=[
                            Compare(
                                left=Name(id='a', ctx=Load()),
                                ops=[
                                    Lt(),
                                    LtE(),
                                    NotEq()],
                                comparators=[
                                    Name(id='b', ctx=Load()),
                                    Name(id='c', ctx=Load()),
                                    Name(id='d', ctx=Load())]),
                            UnaryOp(
                                op=Not(),
                                operand=Name(id='e', ctx=Load()))]),
                    BoolOp(
                        op=And(),
                        values=[
                            Compare(
                                left=Name(id='f', ctx=Load()),
                                ops=[
                                    In()],
                                comparators=[
                                    Name(id='g', ctx=Load())]),
                            Compare(
                                left=Name(id='h', ctx=Load()),
                                ops=[
                                    IsNot()],
                                comparators=[
                                    Name(id='i', ctx=Load())])])]))],
    type_ignores=[]))PYDUMP");
}

TEST_CASE("ast dump: augmented and chained assignment with unpacking", "[front][dump]") {
  const char* src = R"PYDUMP(a = b = 1
c += 2
d, *e = f, g = h
)PYDUMP";
  CHECK(dump_of(src) == R"PYDUMP(Module(
    body=[
        Assign(
            targets=[
                Name(id='a', ctx=Store()),
                Name(id='b', ctx=Store())],
            value=Constant(value=1)),
        AugAssign(
            target=Name(id='c', ctx=Store()),
            op=Add(),
            value=Constant(value=2)),
        Assign(
            targets=[
                Tuple(
                    elts=[
                        Name(id='d', ctx=Store()),
                        Starred(
                            value=Name(id='e', ctx=Store()),
                            ctx=Store())],
                    ctx=Store()),
                Tuple(
                    elts=[
                        Name(id='f', ctx=Store()),
                        Name(id='g', ctx=Store())],
                    ctx=Store())],
            value=Name(id='h', ctx=Load()))],
    type_ignores=[]))PYDUMP");
}

TEST_CASE("ast dump: if elif else", "[front][dump]") {
  const char* src = R"PYDUMP(if x > 0:
    y = 1
elif x:
    pass
else:
    y = -1
)PYDUMP";
  CHECK(dump_of(src) == R"PYDUMP(Module(
    body=[
        If(
            test=Compare(
                left=Name(id='x', ctx=Load()),
                ops=[
                    Gt()],
                comparators=[
                    Constant(value=0)]),
            body=[
                Assign(
                    targets=[
                        Name(id='y', ctx=Store())],
                    value=Constant(value=1))],
            orelse=[
                If(
                    test=Name(id='x', ctx=Load()),
                    body=[
                        Pass()],
                    orelse=[
                        Assign(
                            targets=[
                                Name(id='y', ctx=Store())],
                            value=UnaryOp(
                                op=USub(),
                                operand=Constant(value=1)))])])],
    type_ignores=[]))PYDUMP");
}

TEST_CASE("ast dump: loops with break continue else", "[front][dump]") {
  const char* src = R"PYDUMP(for i in range(3):
    if i: break
    continue
else:
    pass
while x: x -= 1
)PYDUMP";
  CHECK(dump_of(src) == R"PYDUMP(Module(
    body=[
        For(
            target=Name(id='i', ctx=Store()),
            iter=Call(
                func=Name(id='range', ctx=Load()),
                args=[
                    Constant(value=3)],
                keywords=[]),
            body=[
                If(
                    test=Name(id='i', ctx=Load()),
                    body=[
                        Break()],
                    orelse=[]),
                Continue()],
            orelse=[
                Pass()]),
        While(
            test=Name(id='x', ctx=Load()),
            body=[
                AugAssign(
                    target=Name(id='x', ctx=Store()),
                    op=Sub(),
                    value=Constant(value=1))],
            orelse=[])],
    type_ignores=[]))PYDUMP");
}

TEST_CASE("ast dump: function definition with every parameter kind", "[front][dump]") {
  const char* src = R"PYDUMP(def f(a, /, b=1, *args, c, d=2, **kw) -> int:
    return a
)PYDUMP";
  CHECK(dump_of(src) == R"PYDUMP(Module(
    body=[
        FunctionDef(
            name='f',
            args=arguments(
                posonlyargs=[
                    arg(arg='a')],
                args=[
                    arg(arg='b')],
                vararg=arg(arg='args'),
                kwonlyargs=[
                    arg(arg='c'),
                    arg(arg='d')],
                kw_defaults=[
                    None,
                    Constant(value=2)],
                kwarg=arg(arg='kw'),
                defaults=[
                    Constant(value=1)]),
            body=[
                Return(
                    value=Name(id='a', ctx=Load()))],
            decorator_list=[],
            returns=Name(id='int', ctx=Load()))],
    type_ignores=[]))PYDUMP");
}

TEST_CASE("ast dump: calls keywords subscripts attributes", "[front][dump]") {
  const char* src = R"PYDUMP(r = obj.m(1, *xs, k=2, **kw)[1:2, ::3][i]
)PYDUMP";
  CHECK(dump_of(src) == R"PYDUMP(Module(
    body=[
        Assign(
            targets=[
                Name(id='r', ctx=Store())],
            value=Subscript(
                value=Subscript(
                    value=Call(
                        func=Attribute(
                            value=Name(id='obj', ctx=Load()),
                            attr='m',
                            ctx=Load()),
                        args=[
                            Constant(value=1),
                            Starred(
                                value=Name(id='xs', ctx=Load()),
                                ctx=Load())],
                        keywords=[
                            keyword(
                                arg='k',
                                value=Constant(value=2)),
                            keyword(
                                value=Name(id='kw', ctx=Load()))]),
                    slice=Tuple(
                        elts=[
                            Slice(
                                lower=Constant(value=1),
                                upper=Constant(value=2)),
                            Slice(
                                step=Constant(value=3))],
                        ctx=Load()),
                    ctx=Load()),
                slice=Name(id='i', ctx=Load()),
                ctx=Load()))],
    type_ignores=[]))PYDUMP");
}

TEST_CASE("ast dump: literals", "[front][dump]") {
  const char* src = R"PYDUMP(v = [0xFF, 1_000, 1.5e-5, 1e16, 2j, 'it''s', b'\x00\n', None, True, ..., {1: 'a', **d}, {1, 2}, ()]
)PYDUMP";
  CHECK(dump_of(src) == R"PYDUMP(Module(
    body=[
        Assign(
            targets=[
                Name(id='v', ctx=Store())],
            value=List(
                elts=[
                    Constant(value=255),
                    Constant(value=1000),
                    Constant(value=1.5e-05),
                    Constant(value=1e+16),
                    Constant(value=2j),
                    Constant(value='its'),
                    Constant(value=b'\x00\n'),
                    Constant(value=None),
                    Constant(value=True),
                    Constant(value=Ellipsis),
                    Dict(
                        keys=[
                            Constant(value=1),
                            None],
                        values=[
                            Constant(value='a'),
                            Name(id='d', ctx=Load())]),
                    Set(
                        elts=[
                            Constant(value=1),
                            Constant(value=2)]),
                    Tuple(elts=[], ctx=Load())],
                ctx=Load()))],
    type_ignores=[]))PYDUMP");
}

TEST_CASE("ast dump: f-strings", "[front][dump]") {
  const char* src = R"PYDUMP(s = f"{x!r:>{w}} and {y=} {'q'}"
)PYDUMP";
  CHECK(dump_of(src) == R"PYDUMP(Module(
    body=[
        Assign(
            targets=[
                Name(id='s', ctx=Store())],
            value=JoinedStr(
                values=[
                    FormattedValue(
                        value=Name(id='x', ctx=Load()),
                        conversion=114,
                        format_spec=JoinedStr(
                            values=[
                                Constant(value='>'),
                                FormattedValue(
                                    value=Name(id='w', ctx=Load()),
                                    conversion=-1)])),
                    Constant(value=' and y='),
                    FormattedValue(
                        value=Name(id='y', ctx=Load()),
                        conversion=114),
                    Constant(value=' '),
                    FormattedValue(
                        value=Constant(value='q'),
                        conversion=-1)]))],
    type_ignores=[]))PYDUMP");
}

TEST_CASE("ast dump: imports", "[front][dump]") {
  const char* src = R"PYDUMP(import os.path as p, sys
from . import a
from ..m import (b as c, d)
)PYDUMP";
  CHECK(dump_of(src) == R"PYDUMP(Module(
    body=[
        Import(
            names=[
                alias(name='os.path', asname='p'),
                alias(name='sys')]),
        ImportFrom(
            names=[
                alias(name='a')],
            level=1),
        ImportFrom(
            module='m',
            names=[
                alias(name='b', asname='c'),
                alias(name='d')],
            level=2)],
    type_ignores=[]))PYDUMP");
}

TEST_CASE("ast dump: comprehensions and lambda", "[front][dump]") {
  const char* src = R"PYDUMP(z = [i for i in r if i], {k: v for k, v in d}, (j async for j in g), lambda a, *b, c=1: a
)PYDUMP";
  CHECK(dump_of(src) == R"PYDUMP(Module(
    body=[
        Assign(
            targets=[
                Name(id='z', ctx=Store())],
            value=Tuple(
                elts=[
                    ListComp(
                        elt=Name(id='i', ctx=Load()),
                        generators=[
                            comprehension(
                                target=Name(id='i', ctx=Store()),
                                iter=Name(id='r', ctx=Load()),
                                ifs=[
                                    Name(id='i', ctx=Load())],
                                is_async=0)]),
                    DictComp(
                        key=Name(id='k', ctx=Load()),
                        value=Name(id='v', ctx=Load()),
                        generators=[
                            comprehension(
                                target=Tuple(
                                    elts=[
                                        Name(id='k', ctx=Store()),
                                        Name(id='v', ctx=Store())],
                                    ctx=Store()),
                                iter=Name(id='d', ctx=Load()),
                                ifs=[],
                                is_async=0)]),
                    GeneratorExp(
                        elt=Name(id='j', ctx=Load()),
                        generators=[
                            comprehension(
                                target=Name(id='j', ctx=Store()),
                                iter=Name(id='g', ctx=Load()),
                                ifs=[],
                                is_async=1)]),
                    Lambda(
                        args=arguments(
                            posonlyargs=[],
                            args=[
                                arg(arg='a')],
                            vararg=arg(arg='b'),
                            kwonlyargs=[
                                arg(arg='c')],
                            kw_defaults=[
                                Constant(value=1)],
                            defaults=[]),
                        body=Name(id='a', ctx=Load()))],
                ctx=Load()))],
    type_ignores=[]))PYDUMP");
}

TEST_CASE("ast dump: try with class decorators", "[front][dump]") {
  const char* src = R"PYDUMP(@dec
class C(B, metaclass=M):
    try:
        pass
    except (A, B) as e:
        raise X from e
    finally:
        del x
)PYDUMP";
  CHECK(dump_of(src) == R"PYDUMP(Module(
    body=[
        ClassDef(
            name='C',
            bases=[
                Name(id='B', ctx=Load())],
            keywords=[
                keyword(
                    arg='metaclass',
                    value=Name(id='M', ctx=Load()))],
            body=[
                Try(
                    body=[
                        Pass()],
                    handlers=[
                        ExceptHandler(
                            type=Tuple(
                                elts=[
                                    Name(id='A', ctx=Load()),
                                    Name(id='B', ctx=Load())],
                                ctx=Load()),
                            name='e',
                            body=[
                                Raise(
                                    exc=Name(id='X', ctx=Load()),
                                    cause=Name(id='e', ctx=Load()))])],
                    orelse=[],
                    finalbody=[
                        Delete(
                            targets=[
                                Name(id='x', ctx=Del())])])],
            decorator_list=[
                Name(id='dec', ctx=Load())])],
    type_ignores=[]))PYDUMP");
}

TEST_CASE("ast dump: match statement", "[front][dump]") {
  const char* src = R"PYDUMP(match p:
    case [1, *rest] | {'k': v, **kw} if v:
        pass
    case Point(x=0, y=_) as q:
        pass
    case -1 | 1+2j | None | a.b:
        pass
)PYDUMP";
  CHECK(dump_of(src) == R"PYDUMP(Module(
    body=[
        Match(
            subject=Name(id='p', ctx=Load()),
            cases=[
                match_case(
                    pattern=MatchOr(
                        patterns=[
                            MatchSequence(
                                patterns=[
                                    MatchValue(
                                        value=Constant(value=1)),
                                    MatchStar(name='rest')]),
                            MatchMapping(
                                keys=[
                                    Constant(value='k')],
                                patterns=[
                                    MatchAs(name='v')],
                                rest='kw')]),
                    guard=Name(id='v', ctx=Load()),
                    body=[
                        Pass()]),
                match_case(
                    pattern=MatchAs(
                        pattern=MatchClass(
                            cls=Name(id='Point', ctx=Load()),
                            patterns=[],
                            kwd_attrs=[
                                'x',
                                'y'],
                            kwd_patterns=[
                                MatchValue(
                                    value=Constant(value=0)),
                                MatchAs()]),
                        name='q'),
                    body=[
                        Pass()]),
                match_case(
                    pattern=MatchOr(
                        patterns=[
                            MatchValue(
                                value=UnaryOp(
                                    op=USub(),
                                    operand=Constant(value=1))),
                            MatchValue(
                                value=BinOp(
                                    left=Constant(value=1),
                                    op=Add(),
                                    right=Constant(value=2j))),
                            MatchSingleton(value=None),
                            MatchValue(
                                value=Attribute(
                                    value=Name(id='a', ctx=Load()),
                                    attr='b',
                                    ctx=Load()))]),
                    body=[
                        Pass()])])],
    type_ignores=[]))PYDUMP");
}

TEST_CASE("ast dump: async and with", "[front][dump]") {
  const char* src = R"PYDUMP(async def f():
    async with a as b, c:
        await x
    with (d as e, f):
        yield
)PYDUMP";
  CHECK(dump_of(src) == R"PYDUMP(Module(
    body=[
        AsyncFunctionDef(
            name='f',
            args=arguments(
                posonlyargs=[],
                args=[],
                kwonlyargs=[],
                kw_defaults=[],
                defaults=[]),
            body=[
                AsyncWith(
                    items=[
                        withitem(
                            context_expr=Name(id='a', ctx=Load()),
                            optional_vars=Name(id='b', ctx=Store())),
                        withitem(
                            context_expr=Name(id='c', ctx=Load()))],
                    body=[
                        Expr(
                            value=Await(
                                value=Name(id='x', ctx=Load())))]),
                With(
                    items=[
                        withitem(
                            context_expr=Name(id='d', ctx=Load()),
                            optional_vars=Name(id='e', ctx=Store())),
                        withitem(
                            context_expr=Name(id='f', ctx=Load()))],
                    body=[
                        Expr(value=Yield())])],
            decorator_list=[])],
    type_ignores=[]))PYDUMP");
}

TEST_CASE("ast dump: global nonlocal assert walrus", "[front][dump]") {
  const char* src = R"PYDUMP(def g():
    global a
    nonlocal b
    assert (c := 1), 'm'
)PYDUMP";
  CHECK(dump_of(src) == R"PYDUMP(Module(
    body=[
        FunctionDef(
            name='g',
            args=arguments(
                posonlyargs=[],
                args=[],
                kwonlyargs=[],
                kw_defaults=[],
                defaults=[]),
            body=[
                Global(
                    names=[
                        'a']),
                Nonlocal(
                    names=[
                        'b']),
                Assert(
                    test=NamedExpr(
                        target=Name(id='c', ctx=Store()),
                        value=Constant(value=1)),
                    msg=Constant(value='m'))],
            decorator_list=[])],
    type_ignores=[]))PYDUMP");
}

TEST_CASE("ast dump: positions of a multi-line statement", "[front][dump]") {
  const char* src = R"PYDUMP(if a:
    b = f(1,
          2)  # c
)PYDUMP";
  CHECK(dump_of(src, true) == R"PYDUMP(Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Assign(targets=[Name(id='b', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], value=Call(func=Name(id='f', ctx=Load(), lineno=2, col_offset=8, end_lineno=2, end_col_offset=9), args=[Constant(value=1, lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), Constant(value=2, lineno=3, col_offset=10, end_lineno=3, end_col_offset=11)], keywords=[], lineno=2, col_offset=8, end_lineno=3, end_col_offset=12), lineno=2, col_offset=4, end_lineno=3, end_col_offset=12)], orelse=[], lineno=1, col_offset=0, end_lineno=3, end_col_offset=12)], type_ignores=[]))PYDUMP");
}

TEST_CASE("ast dump: positions in UTF-8 bytes", "[front][dump]") {
  const char* src = R"PYDUMP(s = 'é' + é
)PYDUMP";
  CHECK(dump_of(src, true) == R"PYDUMP(Module(body=[Assign(targets=[Name(id='s', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Constant(value='é', lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), op=Add(), right=Name(id='é', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=13), lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[]))PYDUMP");
}

TEST_CASE("ast dump: positions inside an f-string", "[front][dump]") {
  const char* src = R"PYDUMP(x = f'a{b}c' 'd'
)PYDUMP";
  CHECK(dump_of(src, true) == R"PYDUMP(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='a', lineno=1, col_offset=4, end_lineno=1, end_col_offset=16), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=16), Constant(value='cd', lineno=1, col_offset=4, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], type_ignores=[]))PYDUMP");
}
