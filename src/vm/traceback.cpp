// Printing an uncaught exception as CPython 3.11 does (Python/traceback.c):
// chained exceptions, one entry per frame with its source line and caret
// line, repeated entries collapsed, then "Type: message".
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "runtime/objects/exceptions.h"
#include "runtime/ops.h"
#include "runtime/objects/str.h"
#include "vm/caret_anchors.h"
#include "vm/interpreter.h"
#include "vm/traceback.h"
#include "runtime/methods_util.h"

#include "runtime/methods_util.h"

namespace vm {

namespace {

const std::vector<std::string>* source_lines(const std::string& path) {
  static std::map<std::string, std::vector<std::string>> cache;
  auto it = cache.find(path);
  if (it != cache.end()) return it->second.empty() ? nullptr : &it->second;
  std::vector<std::string> lines;
  std::ifstream in(path, std::ios::binary);
  if (in) {
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      lines.push_back(line);
    }
  }
  auto& slot = cache[path] = std::move(lines);
  return slot.empty() ? nullptr : &slot;
}

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == '\v'; }

// Character offset of a UTF-8 byte offset within `line`.
size_t char_offset(const std::string& line, size_t byte) {
  if (byte > line.size()) byte = line.size();
  return static_cast<size_t>(text::code_point_count(std::string_view(line).substr(0, byte)));
}

void print_entry(std::string& out, const rt::TraceEntry& entry) {
  const rt::CodeObj* code = entry.code;
  const auto& locs = code->src->locations;
  bytecode::Location loc;
  if (entry.instr < locs.size()) loc = locs[entry.instr];
  const std::string& filename = code->filename->data;
  out += "  File \"" + filename + "\", line " + std::to_string(loc.line) + ", in " + code->name->data + "\n";
  const auto* lines = source_lines(filename);
  if (!lines || loc.line <= 0 || static_cast<size_t>(loc.line) > lines->size()) return;
  const std::string& line = (*lines)[loc.line - 1];
  size_t first = 0;
  while (first < line.size() && is_ws(line[first])) ++first;
  size_t last = line.size();
  while (last > first && is_ws(line[last - 1])) --last;
  if (first == last) return;
  out += "    " + line.substr(first, last - first) + "\n";
  if (loc.col < 0 || loc.end_col < 0 || loc.end_line <= 0) return;
  size_t truncation = char_offset(line, first);
  size_t start = char_offset(line, static_cast<size_t>(loc.col));
  size_t end;
  long left = -1, right = -1;
  bool binop = false;
  if (loc.end_line == loc.line) {
    end = char_offset(line, static_cast<size_t>(loc.end_col));
    size_t lb, rb;
    size_t byte_start = std::min(static_cast<size_t>(loc.col), line.size());
    size_t byte_end = std::min(static_cast<size_t>(loc.end_col), line.size());
    if (byte_end > byte_start) {
      std::string segment = line.substr(byte_start, byte_end - byte_start);
      if (caret_anchors(segment, lb, rb, binop)) {
        left = static_cast<long>(start + char_offset(segment, lb));
        right = static_cast<long>(start + char_offset(segment, rb));
      }
    }
  } else {
    end = char_offset(line, last);
  }
  size_t stripped_len = char_offset(line, last) - truncation;
  bool has_anchors = left >= 0;
  if (end - start == stripped_len && !has_anchors) return;
  const char* primary = has_anchors ? "~" : "^";
  std::string carets = "    ";
  for (size_t offset = truncation + 1; offset <= end; ++offset) {
    if (offset <= start) carets += ' ';
    else if (has_anchors && left < static_cast<long>(offset) && static_cast<long>(offset) <= right) carets += '^';
    else carets += primary;
  }
  out += carets + "\n";
}

void print_one(std::string& out, rt::Value exc) {
  auto* e = exc.as<rt::ExceptionObj>();
  if (!e->traceback.empty()) {
    out += "Traceback (most recent call last):\n";
    // Collapse runs of the same file/line/name after three, as CPython does.
    const rt::CodeObj* last_code = nullptr;
    int last_line = -1;
    int count = 0;
    auto flush_repeats = [&]() {
      if (count > 3) {
        int more = count - 3;
        out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
      }
    };
    for (size_t i = e->traceback.size(); i-- > 0;) {
      const rt::TraceEntry& entry = e->traceback[i];
      const auto& locs = entry.code->src->locations;
      int line = entry.instr < locs.size() ? locs[entry.instr].line : 0;
      bool same = last_code && entry.code->filename == last_code->filename && line == last_line &&
                  entry.code->name == last_code->name;
      if (!same) {
        flush_repeats();
        last_code = entry.code;
        last_line = line;
        count = 0;
      }
      ++count;
      if (count > 3) continue;
      print_entry(out, entry);
    }
    flush_repeats();
  }
  out += rt::exception_summary(exc) + "\n";
  // PEP 678 notes, one per line after the summary.
  if (!e->notes.is_null()) {
    try {
      for (rt::Value note : rt::iterate(e->notes)) out += rt::str_string(note) + "\n";
    } catch (rt::PyError&) {
      out += "<__notes__ repr() failed>\n";
    }
  }
}

void print_chain(std::string& out, rt::Value exc, std::vector<rt::Object*>& seen) {
  auto* e = exc.as<rt::ExceptionObj>();
  seen.push_back(e);
  auto unseen = [&](rt::Value v) {
    return v.is_object() && v.as_object()->type->is_exception &&
           std::find(seen.begin(), seen.end(), v.as_object()) == seen.end();
  };
  if (unseen(e->cause)) {
    print_chain(out, e->cause, seen);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (!e->suppress_context && unseen(e->context)) {
    print_chain(out, e->context, seen);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  print_one(out, exc);
}

}  // namespace

std::string format_frames(const std::vector<rt::TraceEntry>& innermost_first) {
  std::string out = "Traceback (most recent call last):\n";
  for (size_t i = innermost_first.size(); i-- > 0;) print_entry(out, innermost_first[i]);
  return out;
}

std::string format_traceback(rt::Value exc) {
  std::string out;
  std::vector<rt::Object*> seen;
  if (exc.is_object() && exc.as_object()->type->is_exception) print_chain(out, exc, seen);
  else out = "Error: " + rt::repr_string(exc) + "\n";
  return out;
}

}  // namespace vm
