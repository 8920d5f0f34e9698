"""Writes the format test grid: every spec of a generated grid applied by
CPython (python3) to int, float, str and complex values, and printf-style
conversions, with the result or the exception. One case per line, tab
separated, text fields hex-encoded UTF-8:

    kind  value  spec  outcome

kind: int | float | str | complex | pct; value: int as decimal, float as
float.hex() (or nan/inf/-inf), str hex, complex as "re_hex,im_hex"; outcome:
"=" + hex(result) or "!" + ExceptionName + ":" + hex(message).
Run at build time (tests/CMakeLists.txt); never checked in as data.
"""
import itertools
import sys


def hx(s):
    return s.encode("utf-8", "surrogatepass").hex()


def fhex(x):
    if x != x:
        return "nan"
    if x in (float("inf"), float("-inf")):
        return "inf" if x > 0 else "-inf"
    return x.hex()


def outcome(f):
    try:
        return "=" + hx(f())
    except Exception as e:  # the message is part of what is compared
        return "!" + type(e).__name__ + ":" + hx(str(e))


INTS = [0, 1, -1, 7, -42, 255, 1234, -98765, 65, 0x10FFFF, 1234567890123,
        -2**63, 2**64 + 3, -(10**25 + 7), 12345678901234567890123]
FLOATS = [0.0, -0.0, 1.0, -1.5, 0.1, 3.14159265358979, -2.5, 1234.5678, 1e16,
          1.5e-5, 123456789.0, 1e-300, -1.7976931348623157e308, 2.5e22, 0.5, 9.995,
          float("nan"), float("inf"), float("-inf"), 1e100, 0.000123456]
STRS = ["", "a", "abc", "h\u00e9llo", "\u4e2d\u6587\u5b57", "0123456789abcdef"]
COMPLEX = [0j, 1 + 2j, -1.5 - 0.25j, complex(-0.0, 1), complex(0.0, -0.0), 1e16 + 1e-5j,
           complex(float("nan"), float("inf")), 3j, -1j, 1234.5 + 6789.25j]

FILLS = ["", "*", "0"]
ALIGNS = ["", "<", ">", "^", "="]
SIGNS = ["", "+", " "]
ZS = ["", "z"]
ALTS = ["", "#"]
ZEROS = ["", "0"]
WIDTHS = ["", "13"]
GROUPS = ["", ",", "_"]
PRECS = ["", ".0", ".3"]


def specs(types):
    for align in ALIGNS:
        for fill in FILLS if align else [""]:
            for parts in itertools.product(SIGNS, ZS, ALTS, ZEROS, WIDTHS, GROUPS, PRECS, types):
                yield fill + align + "".join(parts)


# Specs outside the grid: errors and corner cases the product does not reach.
EXTRA_SPECS = ["", "s", "d", "c", "n", ",n", "_n", "05n", "x<05", "<05", ",,", ",_", "_,", "._", ".", "10.",
               "1" * 25, ".99999999999999999999", "\x01", "\u00e9", "q", "%", "5%", "+c", "#c", "=5c", "^7c",
               "0=12,", "0>12,", "0<12_", "0=13_x", "#0=13_b", "=^10", "\u20ac^11,", "\u00e9<9", "\u00e9=+13,.2f", "\u00e9^8", " 5", "-5", "z", "zd", "zf",
               "zs", "010", "+010", "=+10", "#", "#.0", "#.3g", "#g", ".1", ".5", ".16", ".17", "e", "E", "F",
               "G", "g", ".0e", ".0f", ".0%", "15.2%", "+.3e", "012.3e", ",.2f", "_.2f", ",e", "_g", ",%", "xx",
               "0d", "00d", "#x", "#X", "#o", "#b", "_b", "_o", "_X", ",x", ",b", ",c", ",s", "_s", "=s", "+s",
               "#s", "zs", ".2s", "10.2s", "^10.2s", "j", "\ud800", "bb"]


def cases():
    int_types = ["", "b", "c", "d", "o", "x", "X", "n", "e", "f", "g", "%", "s"]
    float_types = ["", "e", "E", "f", "F", "g", "G", "n", "%", "d"]
    str_types = ["", "s", "d"]
    complex_types = ["", "e", "f", "g", "G", "n", "%"]
    grids = [("int", INTS, int_types), ("float", FLOATS, float_types), ("str", STRS, str_types),
             ("complex", COMPLEX, complex_types)]
    for kind, values, types in grids:
        i = 0
        all_specs = list(specs(types)) + EXTRA_SPECS
        for spec in all_specs:
            # Each spec against one of the values, rotating, so that every value
            # meets every part of the grid without a full cross product.
            v = values[(i * 7 + i // len(values)) % len(values)]
            yield kind, v, spec, outcome(lambda: format(v, spec))
            i += 1
        for v in values:
            for spec in EXTRA_SPECS:
                yield kind, v, spec, outcome(lambda: format(v, spec))
    # printf-style: flags x width x precision x conversion over ints, floats, strs.
    pct_values = INTS[:12] + FLOATS[:10] + FLOATS[16:19] + STRS[:4]
    i = 0
    for n in range(32):
        flags = "".join(c for k, c in enumerate("-+ #0") if n & (1 << k))
        for width in ["", "1", "9"]:
            for prec in ["", ".0", ".2", ".12"]:
                for conv in "diouxXeEfFgGcrsa":
                    fmt = "%" + flags + width + prec + conv
                    for v in (pct_values[i % len(pct_values)], pct_values[(i * 5 + 1) % len(pct_values)]):
                        yield "pct", v, fmt, outcome(lambda: fmt % (v,))
                    i += 1


# string.Formatter's parser hooks: the repr of what _string gives for each text.
PARSER_TEXTS = ["", "plain", "a{}b", "{0}", "{0!r}", "{0!r:>5}", "{x.y[z]:{w}}", "{{}}", "a{{b}}c{0}",
                "}}x{{", "{:}", "{!s}", "{0:{1:{2}}}", "\u00e9{\u00e9!a:\u00e9^3}", "{", "}", "a}b", "{0",
                "{0!", "{0!r", "{0!rx}", "{0:", "{a{b}", "{[}", "{0[1]}}", "x{0.a.b[c][1]}y"]
FIELD_NAMES = ["", "0", "abc", "a.b", "a[0]", "a[x].y[1]", "0.real", "12[3][4]", "a.", "a[", "a[]", "a]x",
               "a[0]x", "9" * 30, "\u00e9.\u00e9"]


def parser_cases():
    import _string
    for text in PARSER_TEXTS:
        yield "parser", text, "", outcome(lambda: repr(list(_string.formatter_parser(text))))
    for name in FIELD_NAMES:
        def split():
            first, rest = _string.formatter_field_name_split(name)
            return repr((first, list(rest)))
        yield "fieldname", name, "", outcome(split)


def encode_value(kind, v):
    if kind == "complex":
        return fhex(v.real) + "," + fhex(v.imag)
    if isinstance(v, bool) or isinstance(v, int):
        return "i" + str(v)
    if isinstance(v, float):
        return "f" + fhex(v)
    return "s" + hx(v)


def main():
    out = sys.argv[1]
    with open(out + ".tmp", "w") as f:
        for kind, v, spec, result in itertools.chain(cases(), parser_cases()):
            f.write("%s\t%s\t%s\t%s\n" % (kind, encode_value(kind, v), hx(spec), result))
    import os
    os.replace(out + ".tmp", out)


main()
