// The bytes attributes of code objects: co_code, co_linetable and
// co_exceptiontable. pyvm's instructions are its own (opcodes.def), but their
// layout follows CPython's code units so offsets agree with f_lasti and
// co_lines(): co_code holds two bytes per instruction (opcode, low byte of the
// argument), and the two tables use CPython 3.11's encodings
// (Objects/locations.md and Objects/exception_handling_notes.txt) over those
// units, so tools that decode them (dis._parse_exception_table, a location
// table reader) see pyvm's real positions and handlers.
#include <string>

#include "runtime/objects/bytes.h"
#include "runtime/objects/function.h"

namespace rt {

namespace {

void put_varint(std::string& out, uint32_t v) {  // 6-bit groups, least significant first
  while (v >= 64) {
    out += static_cast<char>(0x40 | (v & 63));
    v >>= 6;
  }
  out += static_cast<char>(v);
}

void put_svarint(std::string& out, int32_t v) {
  put_varint(out, v < 0 ? (static_cast<uint32_t>(-v) << 1) | 1 : static_cast<uint32_t>(v) << 1);
}

// One location entry covering `length` (1..8) code units.
void put_location(std::string& out, const bytecode::Location& loc, int32_t& prev_line, uint32_t length) {
  auto head = [&](int code) { out += static_cast<char>(0x80 | (code << 3) | (length - 1)); };
  if (loc.line <= 0) {
    head(15);  // no location
    return;
  }
  int32_t delta = loc.line - prev_line;
  prev_line = loc.line;
  if (loc.col < 0 || loc.end_col < 0) {
    head(13);  // line only
    put_svarint(out, delta);
    return;
  }
  bool one_line = loc.end_line == loc.line;
  if (one_line && delta == 0 && loc.col < 80 && loc.end_col - loc.col < 16 && loc.end_col >= loc.col) {
    head(loc.col / 8);  // short form
    out += static_cast<char>(((loc.col % 8) << 4) | (loc.end_col - loc.col));
    return;
  }
  if (one_line && delta >= 0 && delta < 3 && loc.col < 128 && loc.end_col < 128) {
    head(10 + delta);  // one-line form
    out += static_cast<char>(loc.col);
    out += static_cast<char>(loc.end_col);
    return;
  }
  head(14);  // long form
  put_svarint(out, delta);
  put_varint(out, static_cast<uint32_t>(loc.end_line - loc.line));
  put_varint(out, static_cast<uint32_t>(loc.col + 1));
  put_varint(out, static_cast<uint32_t>(loc.end_col + 1));
}

// An exception-table number: 6-bit groups, most significant first; `start`
// marks the first number of an entry.
void put_table_item(std::string& out, uint32_t v, bool start) {
  char msb = start ? static_cast<char>(0x80) : 0;
  for (int shift = 24; shift > 0; shift -= 6) {
    if (v >= (1u << shift)) {
      out += static_cast<char>(((v >> shift) & 0x3f) | 0x40 | msb);
      msb = 0;
    }
  }
  out += static_cast<char>((v & 0x3f) | msb);
}

}  // namespace

Value code_co_code(const CodeObj* c) {
  std::string out;
  out.reserve(c->src->code.size() * 2);
  for (bytecode::Instr ins : c->src->code) {
    out += static_cast<char>(ins & 0xff);
    out += static_cast<char>((ins >> 8) & 0xff);
  }
  return bytes_value(std::move(out));
}

Value code_co_linetable(const CodeObj* c) {
  const auto& locs = c->src->locations;
  std::string out;
  int32_t prev_line = c->first_line;
  for (size_t i = 0; i < locs.size();) {
    // Runs of identical locations share entries of up to 8 units.
    size_t run = 1;
    while (i + run < locs.size() && run < 8 && locs[i + run].line == locs[i].line &&
           locs[i + run].end_line == locs[i].end_line && locs[i + run].col == locs[i].col &&
           locs[i + run].end_col == locs[i].end_col)
      ++run;
    put_location(out, locs[i], prev_line, static_cast<uint32_t>(run));
    i += run;
  }
  return bytes_value(std::move(out));
}

Value code_co_exceptiontable(const CodeObj* c) {
  std::string out;
  for (const bytecode::ExceptionEntry& e : c->src->exception_table) {
    put_table_item(out, e.start, true);
    put_table_item(out, e.end - e.start, false);
    put_table_item(out, e.target, false);
    put_table_item(out, (e.depth << 1) | (e.push_lasti ? 1 : 0), false);
  }
  return bytes_value(std::move(out));
}

}  // namespace rt
