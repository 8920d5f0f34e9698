// The text CPython 3.11 prints to stderr for an uncaught exception.
#pragma once

#include <string>

#include <vector>

#include "runtime/objects/exceptions.h"
#include "runtime/value.h"

namespace vm {

std::string format_traceback(rt::Value exc);
// "Traceback (most recent call last):" and the given frames (innermost first).
std::string format_frames(const std::vector<rt::TraceEntry>& innermost_first);
// Line `line` (1-based) of a source file without surrounding white space; ""
// if unavailable.
std::string source_line(const std::string& path, int line);

}  // namespace vm
