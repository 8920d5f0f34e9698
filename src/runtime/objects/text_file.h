// Files: open() and the standard streams (CPython's Modules/_io).
//
// Two layers, as in CPython: RawFile is the file descriptor (FileIO: open
// flags, read/write/seek system calls, OSError with the file name), and
// TextFile is _io.TextIOWrapper over it with its own byte buffers (the
// BufferedReader/BufferedWriter part), the codec and newline translation.
// Binary mode (binary_file.cpp: FileIO, BufferedReader/Writer/Random) uses
// the same RawFile.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

#include "runtime/object.h"

namespace rt {

namespace exc {
extern Type UnsupportedOperation;  // io.UnsupportedOperation(OSError, ValueError)
}

// A file descriptor and what it was opened for; errors raise OSError subclasses.
struct RawFile {
  int fd = -1;
  bool readable = false, writable = false, appending = false, created = false;
  bool closefd = true;
  int seekable = -1;  // -1: not asked yet
  Value name;         // the file name (or fd) given to open(): OSError's filename

  // Opens `path` for mode flags; raises the errno's OSError subclass.
  void open_path(const std::string& path, Value name_value, int flags);
  size_t read(char* buf, size_t n);             // 0 at end of file
  void write_all(const char* data, size_t n);
  int64_t seek(int64_t offset, int whence);
  bool is_seekable();
  void truncate(int64_t size);
  void close();
};

struct TextFile : Object {
  RawFile raw;
  Value name, mode, encoding, errors, newline;  // the attributes as given
  enum class Codec : uint8_t { Utf8, Latin1, Ascii } codec = Codec::Utf8;
  bool closed = false;
  bool line_buffering = false, write_through = false;
  // Reading: newline=None translates \r and \r\n to \n; '' splits lines there
  // without translating; '\n', '\r', '\r\n' end lines only there.
  bool read_translate = true, read_universal = true;
  std::string read_terminator;  // with a fixed newline
  std::string write_newline;    // what '\n' becomes on writing ("" = unchanged)
  int seen_newlines = 0;        // CR=1, LF=2, CRLF=4 (the newlines attribute)
  size_t buffer_size = 8192;
  std::string wbuf;             // encoded, not yet written
  // Bytes written through the `buffer` attribute and not yet written: CPython's
  // BufferedWriter under the text layer, which wbuf (the text layer's pending
  // bytes) always follows.
  std::string bbuf;
  Value buffer;                 // the `buffer` attribute once asked for
  std::string rbuf;             // raw bytes read ahead; rpos is the next unread
  size_t rpos = 0;
  int64_t rbuf_origin = 0;      // raw file offset of rbuf[0] (UnicodeDecodeError positions)
  bool at_eof = false;
  const char* std_name = nullptr;  // "<stdout>" for the standard streams
  TextFile();
  ~TextFile() override;
  void trace(Tracer& t) override;
};

namespace types {
extern Type text_file;
}

// sys.stdin/stdout/stderr as CPython creates them (create_stdio).
Value new_std_stream(int fd);
// Writes text to a file-like value: a TextFile directly, else its write() method.
void write_to(Value file, const std::string& text);
void flush_file(Value file);
// print()'s and input()'s default streams: sys.stdout/sys.stdin/sys.stderr as
// the program left them (the module's dict is registered by the sys module),
// None when deleted or set to None.
void set_sys_dict(Dict* sys_dict);
Value sys_stream(const char* name);
// Flushes the buffered output of every open file (at exit, before tracebacks).
void flush_all_files();
// One line of a TextFile as input() reads it; null at end of file.
Value text_file_readline(Value file);
void install_text_file_type(Dict* builtins);

// Opens raw for `file` (a path str, or an fd int) with open()'s flags, calling opener if not None.
void open_raw(RawFile& raw, Value file, int flags, Value opener);
// binary_file.cpp: open() in binary mode (raw's mode flags set, not yet opened).
Value open_binary(RawFile proto, Value file, int flags, Value opener, int64_t buffering);
// TextIOWrapper.buffer: a BufferedReader/Writer/Random over f's descriptor and bbuf.
Value text_file_buffer(TextFile* f);
// Writes the pending output of binary files (at exit).
void flush_binary_files();
void install_binary_file_types();  // called by install_text_file_type

}  // namespace rt
