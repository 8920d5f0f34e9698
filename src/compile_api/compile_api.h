// The compiler as a shared library (libpyvm_compile.so, built beside pyc and
// pyvm): what pyvm loads with dlopen on the first compile()/exec()/eval() of
// source text, so that the VM itself never links the compiler or ANTLR.
//
// One C function, so the ABI does not depend on C++ types:
//   int pyvm_compile_source(const char* source, size_t size, const char* filename, int mode,
//                           char** out, size_t* out_size);
// mode: 0 exec, 1 eval, 2 single (compile()'s modes). Returns 0 and the code
// tree serialized (bytecode/serializer.h) in *out on success; 1 and a
// SyntaxError described as "type\nmsg\nfilename\nlineno\noffset\nend_lineno\n
// end_offset\ntext" on a syntax error; 2 and "type\nmessage" for any other
// failure (RecursionError...). *out is malloc'ed: the caller frees it.
#pragma once

#include <cstddef>

extern "C" {
using PyvmCompileSourceFn = int (*)(const char* source, size_t size, const char* filename, int mode, char** out,
                                    size_t* out_size);
int pyvm_compile_source(const char* source, size_t size, const char* filename, int mode, char** out,
                        size_t* out_size);
}

// The library's file name, and the symbol pyvm looks up.
inline constexpr const char* kCompileLibraryName = "libpyvm_compile.so";
inline constexpr const char* kCompileSymbol = "pyvm_compile_source";
