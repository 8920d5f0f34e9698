// Printing an uncaught exception as CPython 3.11 does (Python/traceback.c,
// Python/pythonrun.c): chained exceptions, one entry per frame with its source
// line and caret line, repeated entries collapsed, then "Type: message" and
// the notes; exception groups with their members in nested boxes.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "runtime/objects/exception_group.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"
#include "runtime/objects/str.h"
#include "ast/syntax_error.h"
#include "vm/caret_anchors.h"
#include "vm/interpreter.h"
#include "vm/traceback.h"
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

}  // namespace

std::string source_line(const std::string& path, int line) {
  const auto* lines = source_lines(path);
  if (!lines || line <= 0 || static_cast<size_t>(line) > lines->size()) return "";
  const std::string& text = (*lines)[line - 1];
  size_t first = 0, last = text.size();
  while (first < last && is_ws(text[first])) ++first;
  while (last > first && is_ws(text[last - 1])) --last;
  return text.substr(first, last - first);
}

namespace {

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

// CPython's exception_print_context (Python/pythonrun.c): how deep in
// exception groups the printer is (each level indents by two and writes "| "
// in the margin), whether the innermost group's box still needs its closing
// line, and the exceptions already printed (a chain shows each once).
class ExceptionPrinter {
 public:
  explicit ExceptionPrinter(std::string& out) : out_(out) {}

  // print_exception_recursive: the chain that led to `exc`, then exc itself.
  void print_recursive(rt::Value exc) {
    print_cause_and_context(exc);
    if (rt::is_exception_group(exc)) print_group(exc);
    else print_exception(exc);
  }

 private:
  static constexpr size_t kMaxGroupWidth = 15;
  static constexpr int kMaxGroupDepth = 10;

  std::string indent() const { return std::string(2 * static_cast<size_t>(group_depth_), ' '); }
  const char* margin() const { return group_depth_ ? "| " : ""; }
  void write_indented_margin() { out_ += indent() + margin(); }
  // Each line of `text` (lines ending in '\n') behind the indent and margin.
  void emit_lines(const std::string& text) {
    size_t pos = 0;
    while (pos < text.size()) {
      size_t end = text.find('\n', pos);
      end = end == std::string::npos ? text.size() : end + 1;
      write_indented_margin();
      out_.append(text, pos, end - pos);
      pos = end;
    }
  }

  bool seen(rt::Value v) const { return std::find(seen_.begin(), seen_.end(), v.as_object()) != seen_.end(); }

  void print_cause_and_context(rt::Value exc) {
    seen_.push_back(exc.as_object());
    auto* e = exc.as<rt::ExceptionObj>();
    auto is_exception = [](rt::Value v) { return v.is_object() && v.as_object()->type->is_exception; };
    // A cause already printed hides the context too, as in CPython.
    if (is_exception(e->cause)) {
      if (!seen(e->cause))
        print_chained(e->cause, "The above exception was the direct cause of the following exception:\n");
      return;
    }
    if (e->suppress_context || !is_exception(e->context)) return;
    if (!seen(e->context))
      print_chained(e->context, "During handling of the above exception, another exception occurred:\n");
  }

  void print_chained(rt::Value exc, const char* message) {
    bool need_close = need_close_;
    print_recursive(exc);
    need_close_ = need_close;
    write_indented_margin();
    out_ += "\n";
    write_indented_margin();
    out_ += message;
    write_indented_margin();
    out_ += "\n";
  }

  // print_exception: traceback, "Type: message" (its further lines without
  // a margin, as CPython writes it in one piece), notes.
  void print_exception(rt::Value exc) {
    auto* e = exc.as<rt::ExceptionObj>();
    if (!e->traceback.empty()) print_traceback(e, rt::is_exception_group(exc));
    write_indented_margin();
    std::string syntax = syntax_error_report(exc);
    out_ += syntax.empty() ? rt::exception_summary(exc) + "\n" : syntax;
    print_notes(exc);
  }

  // A SyntaxError (from compile/exec/eval) shows the file, line, text and
  // caret from its attributes, then "SyntaxError: msg" (CPython's
  // parse_syntax_error / print_error_text); "" when it lacks the details.
  static std::string syntax_error_report(rt::Value exc) {
    if (!rt::isinstance(exc, &rt::exc::SyntaxError)) return "";
    try {
      auto attr = [&](const char* name) { return rt::getattr(exc, rt::intern(name)); };
      rt::Value filename = attr("filename"), lineno = attr("lineno"), msg = attr("msg");
      if (!rt::is_type(filename, &rt::types::str) || !rt::is_type(lineno, &rt::types::int_) || msg.is_none())
        return "";
      std::string name = rt::exception_summary(exc);
      ast::SyntaxError e(name.substr(0, name.find(':')), rt::str_string(msg));
      e.filename = rt::str_string(filename);
      e.lineno = static_cast<int>(rt::index_value(lineno, "lineno"));
      auto number = [&](const char* n) {
        rt::Value v = attr(n);
        return rt::is_type(v, &rt::types::int_) ? static_cast<int>(rt::index_value(v, n)) : 0;
      };
      e.offset = number("offset");
      e.end_lineno = number("end_lineno");
      e.end_offset = number("end_offset");
      rt::Value text = attr("text");
      if (rt::is_type(text, &rt::types::str)) {
        e.text = rt::str_string(text);
        while (!e.text.empty() && e.text.back() == '\n') e.text.pop_back();
      }
      return e.format();
    } catch (const rt::PyError&) {
      return "";
    }
  }

  void print_traceback(const rt::ExceptionObj* e, bool is_group) {
    // The outermost group's header line opens its box with "+".
    const char* header_margin = is_group && group_depth_ == 1 ? "+ " : margin();
    out_ += indent() + header_margin +
            (is_group ? "Exception Group Traceback (most recent call last):\n" : "Traceback (most recent call last):\n");
    // Collapse runs of the same file/line/name after three, as CPython does
    // (its "[Previous line repeated]" line has no margin).
    const rt::CodeObj* last_code = nullptr;
    int last_line = -1;
    int count = 0;
    auto flush_repeats = [&]() {
      if (count > 3) {
        int more = count - 3;
        out_ += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
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
      std::string lines;
      print_entry(lines, entry);
      emit_lines(lines);
    }
    flush_repeats();
  }

  // PEP 678 notes after the message, as CPython 3.11's print_exception_notes:
  // each line of each note behind the margin; __notes__ that is not a
  // sequence shows as its repr (with no newline after it, as 3.11 prints it).
  void print_notes(rt::Value exc) {
    rt::Value notes;
    try {
      notes = rt::getattr_opt(exc, rt::intern("__notes__"));
    } catch (rt::PyError&) {
      return;
    }
    if (notes.is_null()) return;
    if (!rt::is_sequence(notes)) {
      write_indented_margin();
      try {
        out_ += rt::repr_string(notes);
      } catch (rt::PyError&) {
        out_ += "<__notes__ repr() failed>";
      }
      return;
    }
    try {
      for (rt::Value note : rt::iterate(notes)) {
        print_note(note);
        out_ += "\n";
      }
    } catch (rt::PyError&) {
    }
  }

  void print_note(rt::Value note) {
    rt::Value text;
    try {
      text = rt::to_str(note);
    } catch (rt::PyError&) {
      out_ += "<note str() failed>";
      return;
    }
    rt::Value keepends = rt::Value::boolean(true);
    rt::Value lines = rt::call(rt::getattr(text, rt::intern("splitlines")), &keepends, 1);
    for (rt::Value line : rt::iterate(lines)) {
      write_indented_margin();
      out_ += rt::str_string(line);
    }
  }

  // print_exception_group: the group, then each member in a numbered box,
  // nested groups one level further in; at most kMaxGroupWidth members and
  // kMaxGroupDepth levels.
  void print_group(rt::Value exc) {
    if (group_depth_ > kMaxGroupDepth) {
      write_indented_margin();
      out_ += "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n";
      return;
    }
    if (group_depth_ == 0) ++group_depth_;
    print_exception(exc);
    const auto& excs = rt::exception_group_exceptions(exc)->items;
    size_t n = excs.size() <= kMaxGroupWidth ? excs.size() : kMaxGroupWidth + 1;
    need_close_ = false;
    for (size_t i = 0; i < n; ++i) {
      bool last = i == n - 1;
      // The closing line may come from a nested group's last box instead.
      if (last) need_close_ = true;
      bool truncated = i >= kMaxGroupWidth;
      out_ += indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + (truncated ? "..." : std::to_string(i + 1)) +
              " ----------------\n";
      ++group_depth_;
      if (!truncated) {
        print_recursive(excs[i]);
      } else {
        size_t remaining = excs.size() - kMaxGroupWidth;
        write_indented_margin();
        out_ += "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n";
      }
      if (last && need_close_) {
        out_ += indent() + "+------------------------------------\n";
        need_close_ = false;
      }
      --group_depth_;
    }
    if (group_depth_ == 1) --group_depth_;
  }

  std::string& out_;
  int group_depth_ = 0;
  bool need_close_ = false;
  std::vector<const rt::Object*> seen_;
};

}  // namespace

std::string format_frames(const std::vector<rt::TraceEntry>& innermost_first) {
  std::string out = "Traceback (most recent call last):\n";
  for (size_t i = innermost_first.size(); i-- > 0;) print_entry(out, innermost_first[i]);
  return out;
}

std::string format_traceback(rt::Value exc) {
  std::string out;
  if (exc.is_object() && exc.as_object()->type->is_exception) ExceptionPrinter(out).print_recursive(exc);
  else out = "Error: " + rt::repr_string(exc) + "\n";
  return out;
}

}  // namespace vm
