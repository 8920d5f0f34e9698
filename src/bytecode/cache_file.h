// Cache files: `<dir>/__pycache__/<module>.pyvm-<N>.pyc` next to the source, as
// PEP 3147, with a PEP 552-style header so a stale or foreign file is never run.
//
// Layout (little-endian, explicit widths; 56-byte header, then the payload):
//   0  magic             8 bytes  "PYVM\r\n\x1a\n" (the \r\n and ^Z catch text-mode damage)
//   8  format version    u32      kFormatVersion
//  12  flags             u32      bit 0 hash-based, bit 1 check source (PEP 552)
//  16  opcode table      u64      opcode_table_fingerprint() of the writer
//  24  stamp_a           u64      timestamp: source mtime in ns (i64); hash: source hash
//  32  stamp_b           u64      timestamp: source size in bytes; hash: 0
//  40  payload length    u64
//  48  payload checksum  u64      checksum64() of the payload bytes
//  56  payload                    serialize(code) (see serializer.h)
//
// The opcode-table fingerprint makes files written before a change to the
// generic opcodes in opcodes.def (numbering, operands, stack effects) stale
// instead of silently meaning something else: pyc recompiles them.
//
// Typical use:
//   compiler (pyc compile):
//     if (!bytecode::cache_is_fresh(src)) {
//       auto stamp = bytecode::timestamp_stamp(src);   // stat BEFORE reading the source
//       std::string text = read(src); auto code = compile(text);
//       bytecode::write_cache_file(src, *code, stamp);  // atomic; throws WriteError
//     }
//   vm (pyvm app.py / import):
//     if (bytecode::cache_is_fresh(src)) code = bytecode::load_cache_file(bytecode::cache_path_for(src));
//     else  ... run `pyc compile src`, then load ...
//   vm (pyvm app.pyc):  code = bytecode::load_cache_file("app.pyc");  // throws LoadError
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "bytecode/code.h"
#include "bytecode/errors.h"

namespace bytecode {

// Bumped whenever the payload encoding changes, or a meaning the opcode-table
// fingerprint cannot see (BinaryOp/CompareOp numbering, CodeFlags, an opcode's
// semantics under an unchanged row). It is part of the file name too, so two
// formats never fight over one file.
constexpr uint32_t kFormatVersion = 1;
constexpr char kMagic[8] = {'P', 'Y', 'V', 'M', '\r', '\n', '\x1a', '\n'};
constexpr std::size_t kHeaderSize = 56;

// A hash of the generic rows of opcodes.def (names, operands, stack effects, order).
uint64_t opcode_table_fingerprint();

// How a cache file proves it belongs to its source (PEP 552).
enum class Validation : uint8_t {
  Timestamp,      // default: source mtime (ns) and size must match
  CheckedHash,    // checksum64 of the source bytes must match
  UncheckedHash,  // hash stored but never checked (the file is trusted as is)
};

struct SourceStamp {
  Validation validation = Validation::Timestamp;
  int64_t mtime_ns = 0;  // Timestamp only
  uint64_t size = 0;     // Timestamp only
  uint64_t hash = 0;     // hash-based only
};

// The fixed header, as read from a file.
struct CacheHeader {
  uint32_t format_version = 0;
  uint64_t opcode_table = 0;
  SourceStamp stamp;
  uint64_t payload_length = 0;
  uint64_t payload_checksum = 0;
};

// "<dir>/__pycache__/<module>.pyvm-<N>.pyc" for "<dir>/<module>.py" (the last
// extension is dropped; a path without a directory gives "__pycache__/...").
std::string cache_path_for(const std::string& source_path);

// The stamp of a source file as it is now: stat for Timestamp (throws LoadError
// naming the file if it cannot be stat'ed), or the hash of `source_bytes`.
SourceStamp timestamp_stamp(const std::string& source_path);
SourceStamp hash_stamp(std::string_view source_bytes, bool check_source = true);

// True when cache_path_for(source_path) exists, has a valid header of this format
// version and opcode table, its stamp matches the source (mtime+size, or the
// hash of the source's bytes), and its payload has the recorded length and
// checksum (so a damaged file is recompiled, not kept). Never throws: any
// problem just means "not fresh". Does not decode or verify the payload
// (load_cache_file does).
bool cache_is_fresh(const std::string& source_path);
// Same, for an explicit cache path.
bool cache_matches_source(const std::string& cache_path, const std::string& source_path);

// Serialises `code` and writes it atomically to cache_path_for(source_path),
// creating __pycache__ if needed. Without a stamp, timestamp_stamp(source_path)
// is taken now (prefer passing one taken before the source was read). Throws
// WriteError naming the file; on failure no partial or temporary file remains.
void write_cache_file(const std::string& source_path, const Code& code, const SourceStamp& stamp);
void write_cache_file(const std::string& source_path, const Code& code);
// Same, to an explicit path (its folder must exist or is created).
void write_cache_file_at(const std::string& cache_path, const Code& code, const SourceStamp& stamp);

// Reads, checks (header, checksum, every field and bound) and verifies
// (verifier.h) a cache file. Throws LoadError "<cache_path>: <reason>", e.g.
// "not a pyvm cache file (bad magic)", "unsupported format version 7 (this pyvm reads 1)",
// "written for a different opcode table", "truncated (...)", "payload checksum mismatch",
// "bad payload: ...", "invalid bytecode in code object ...".
std::shared_ptr<const Code> load_cache_file(const std::string& cache_path);

// The in-memory halves of the above, for tests and for callers with the bytes at
// hand. `name` is used only in error messages.
std::string encode_cache_file(const Code& code, const SourceStamp& stamp);
std::shared_ptr<const Code> decode_cache_file(std::string_view bytes, const std::string& name);
// Parses just the header (no payload check). Throws LoadError naming `name`.
CacheHeader decode_cache_header(std::string_view bytes, const std::string& name);

}  // namespace bytecode
