// Binary files: _io.FileIO (open(..., buffering=0)) and _io.BufferedReader /
// BufferedWriter / BufferedRandom (open(..., 'rb'/'wb'/'r+b'...)), and the
// `buffer` attribute of text files, as CPython 3.11's Modules/_io/fileio.c
// and bufferedio.c (methods, reprs, error messages).
//
// The descriptor is text_file.h's RawFile. A FileIO either owns one (binary
// open()) or borrows a TextFile's (TextIOWrapper.buffer.raw). The bytes the
// buffered writer has not written yet live with the descriptor (FileIO's own
// string, or TextFile::bbuf) so whoever closes the descriptor writes them
// first, and the text layer's pending output follows them, as in CPython
// where the text layer hands its bytes to the buffer.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "runtime/methods_util.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/containers.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/text_file.h"
#include "runtime/objects/type.h"
#include "runtime/warnings.h"

namespace rt {

namespace types {
Type file_io("FileIO", &object);
Type buffered_reader("BufferedReader", &object);
Type buffered_writer("BufferedWriter", &object);
Type buffered_random("BufferedRandom", &object);
}  // namespace types

namespace {

struct FileIO;
// Never destroyed: flush_all_files() reads it from an atexit handler that may
// have been registered before this static would have been constructed.
std::vector<FileIO*>& binary_files() {
  static auto* files = new std::vector<FileIO*>;
  return *files;
}

struct FileIO : Object {
  RawFile own;
  std::string own_pending;
  RawFile* raw = &own;
  std::string* pending = &own_pending;  // the buffered writer's bytes not yet written
  Value owner;                          // the TextFile whose descriptor this is, or null
  FileIO() : Object(&types::file_io) { binary_files().push_back(this); }
  ~FileIO() override {
    auto& files = binary_files();
    files.erase(std::remove(files.begin(), files.end(), this), files.end());
    if (!owner.is_null()) return;  // the TextFile writes and closes its own descriptor
    // An unreachable file is closed, its output written first (CPython's dealloc).
    try {
      if (own.fd >= 0 && !own_pending.empty()) own.write_all(own_pending.data(), own_pending.size());
    } catch (...) {
    }
    own.close();
  }
  void trace(Tracer& t) override {
    t.mark(own.name);
    t.mark(owner);
  }
  bool closed() const { return raw->fd < 0; }
  void flush_pending() {
    if (pending->empty()) return;
    std::string data;
    data.swap(*pending);
    raw->write_all(data.data(), data.size());
  }
};

struct Buffered : Object {
  Value raw_value;  // the FileIO
  FileIO* fio;
  std::string rbuf;  // bytes read ahead; rpos is the next unread
  size_t rpos = 0;
  size_t buffer_size = 8192;
  bool detached = false;  // detach() gave the FileIO away
  Buffered(Type* t, FileIO* f) : Object(t), raw_value(Value::object(f)), fio(f) {}
  void trace(Tracer& t) override { t.mark(raw_value); }
  RawFile& raw() { return *fio->raw; }
  size_t avail() const { return rbuf.size() - rpos; }
};

FileIO* as_fio(Value v) { return static_cast<FileIO*>(v.as_object()); }
Buffered* as_buf(Value v) { return static_cast<Buffered*>(v.as_object()); }
// A buffered object that still has its raw stream (CPython's CHECK_ATTACHED).
Buffered* live_buf(Value v) {
  Buffered* b = as_buf(v);
  if (b->detached) raise(&exc::ValueError, "raw stream has been detached");
  return b;
}

[[noreturn]] void unsupported(const std::string& what) { raise(&exc::UnsupportedOperation, what); }
[[noreturn]] void closed_error(const char* msg) { raise(&exc::ValueError, msg); }

void fio_check_open(FileIO* f) {
  if (f->closed()) closed_error("I/O operation on closed file");
}

std::string fio_mode(const RawFile& r) {
  std::string m = r.created ? "xb" : r.appending ? "ab" : r.readable ? "rb" : "wb";
  if (r.readable && r.writable) m += '+';
  return m;
}

int64_t size_arg(Value v) {
  if (v.is_null() || v.is_none()) return -1;
  if (!is_int(v)) raise(&exc::TypeError, "argument should be integer or None, not '" + type_name(v) + "'");
  return index_value(v, "size");
}

// A writable contiguous buffer (readinto's argument): bytearray or a writable memoryview.
std::pair<char*, size_t> writable_buffer(Value v, const char* who) {
  if (is_bytearray(v)) {
    Bytes* b = v.as<Bytes>();
    return {b->data.data(), b->data.size()};
  }
  if (is_type(v, &types::memoryview)) {
    auto* m = v.as<MemoryView>();
    if (m->released) raise(&exc::ValueError, "operation forbidden on released memoryview object");
    if (!m->readonly && m->contiguous()) return {m->base->data.data() + m->offset, static_cast<size_t>(m->nbytes())};
  }
  raise(&exc::TypeError, std::string(who) + "() argument must be read-write bytes-like object, not " + clinic_type_name(v));
}

// ---- Buffered: the reading and writing machinery -------------------------------------------

// Before reading: written bytes go out first.
void before_read(Buffered* b) { b->fio->flush_pending(); }

// Before writing or seeking: bytes read ahead are given back so the raw position is the reader's.
void drop_read_ahead(Buffered* b) {
  if (b->avail() > 0 && b->raw().is_seekable()) b->raw().seek(-static_cast<int64_t>(b->avail()), SEEK_CUR);
  b->rbuf.clear();
  b->rpos = 0;
}

// One raw read of up to n more bytes appended to rbuf; false at end of file.
bool fill(Buffered* b, size_t n) {
  if (b->rpos > 0 && b->rpos == b->rbuf.size()) {
    b->rbuf.clear();
    b->rpos = 0;
  }
  size_t old = b->rbuf.size();
  b->rbuf.resize(old + n);
  size_t got = b->raw().read(&b->rbuf[old], n);
  b->rbuf.resize(old + got);
  return got > 0;
}

std::string take(Buffered* b, size_t n) {
  n = std::min(n, b->avail());
  std::string out(b->rbuf, b->rpos, n);
  b->rpos += n;
  return out;
}

std::string buf_read(Buffered* b, int64_t n) {
  before_read(b);
  if (n < 0) {
    while (fill(b, std::max<size_t>(b->buffer_size, 65536))) {
    }
    return take(b, b->avail());
  }
  size_t want = static_cast<size_t>(n);
  while (b->avail() < want && fill(b, std::max(b->buffer_size, want - b->avail()))) {
  }
  return take(b, want);
}

std::string buf_readline(Buffered* b, int64_t limit) {
  before_read(b);
  size_t scanned = 0;
  for (;;) {
    size_t end = b->rbuf.find('\n', b->rpos + scanned);
    if (end != std::string::npos) {
      size_t len = end - b->rpos + 1;
      if (limit >= 0 && len > static_cast<size_t>(limit)) len = static_cast<size_t>(limit);
      return take(b, len);
    }
    scanned = b->avail();
    if (limit >= 0 && scanned >= static_cast<size_t>(limit)) return take(b, static_cast<size_t>(limit));
    if (!fill(b, b->buffer_size)) return take(b, b->avail());
  }
}

void check_buf_readable(Buffered* b, const char* what, const char* closed_msg) {
  if (!b->raw().readable) unsupported(what);
  if (b->fio->closed()) closed_error(closed_msg);
}

int64_t buf_tell(Buffered* b) {
  if (b->fio->closed()) closed_error("I/O operation on closed file");
  int64_t pos = b->raw().seek(0, SEEK_CUR);
  pos = pos - static_cast<int64_t>(b->avail()) + static_cast<int64_t>(b->fio->pending->size());
  return pos < 0 ? 0 : pos;
}

void buf_close(Buffered* b) {
  FileIO* f = b->fio;
  if (f->closed()) return;
  try {
    f->flush_pending();
  } catch (PyError&) {
    f->raw->close();
    throw;
  }
  if (!f->owner.is_null()) {
    auto* t = static_cast<TextFile*>(f->owner.as_object());
    t->wbuf.clear();
    t->closed = true;
  }
  f->raw->close();
}

// ---- Buffered methods -----------------------------------------------------------------------

#define METHOD(fn) Value fn(Value self, Value* args, size_t nargs, Tuple* kw)

METHOD(b_read) {
  static const Signature sig("read($self, size=-1, /)");
  Buffered* b = live_buf(self);
  if (!b->raw().readable) unsupported("read");  // BufferedIOBase.read(*args)
  auto [size] = sig.bind<1>(self, args, nargs, kw);
  int64_t n = size_arg(size);
  if (n < -1) raise(&exc::ValueError, "read length must be non-negative or -1");
  check_buf_readable(b, "read", "read of closed file");
  return bytes_value(buf_read(b, n));
}

METHOD(b_read1) {
  static const Signature sig("read1($self, size=-1, /)");
  Buffered* b = live_buf(self);
  if (!b->raw().readable) unsupported("read1");
  auto [size] = sig.bind<1>(self, args, nargs, kw);
  int64_t n = index_value(size, "size");  // read1() takes no None (Py_ssize_t argument)
  check_buf_readable(b, "read1", "read of closed file");
  before_read(b);
  if (n < 0) n = static_cast<int64_t>(b->buffer_size);
  if (n == 0) return bytes_value("");
  if (b->avail() == 0) fill(b, std::max(b->buffer_size, static_cast<size_t>(n)));
  return bytes_value(take(b, static_cast<size_t>(n)));
}

METHOD(b_peek) {
  static const Signature sig("peek($self, size=0, /)");
  auto [size] = sig.bind<1>(self, args, nargs, kw);
  Buffered* b = live_buf(self);
  index_value(size, "size");
  check_buf_readable(b, "peek", "peek of closed file");
  before_read(b);
  if (b->avail() == 0) fill(b, b->buffer_size);
  return bytes_value(b->rbuf.substr(b->rpos));
}

Value readinto_impl(Value self, Value* args, size_t nargs, Tuple* kw, bool one) {
  static const Signature sig("readinto($self, buffer, /)");
  static const Signature sig1("readinto1($self, buffer, /)");
  auto [buf] = (one ? sig1 : sig).bind<1>(self, args, nargs, kw);
  Buffered* b = live_buf(self);
  auto [data, len] = writable_buffer(buf, one ? "readinto1" : "readinto");
  check_buf_readable(b, "read", "readinto of closed file");
  before_read(b);
  if (one) {
    if (b->avail() == 0 && len > 0) fill(b, std::max(b->buffer_size, len));
  } else {
    while (b->avail() < len && fill(b, std::max(b->buffer_size, len - b->avail()))) {
    }
  }
  std::string got = take(b, len);
  if (!got.empty()) std::memcpy(data, got.data(), got.size());
  return make_int(static_cast<int64_t>(got.size()));
}

METHOD(b_readinto) { return readinto_impl(self, args, nargs, kw, false); }
METHOD(b_readinto1) { return readinto_impl(self, args, nargs, kw, true); }

METHOD(b_readline) {
  static const Signature sig("readline($self, size=-1, /)");
  auto [size] = sig.bind<1>(self, args, nargs, kw);
  Buffered* b = live_buf(self);
  int64_t n = size_arg(size);
  check_buf_readable(b, "read", "readline of closed file");
  return bytes_value(buf_readline(b, n));
}

METHOD(b_readlines) {
  static const Signature sig("readlines($self, hint=-1, /)");
  auto [hint] = sig.bind<1>(self, args, nargs, kw);
  Buffered* b = live_buf(self);
  int64_t limit = size_arg(hint);
  if (b->fio->closed()) closed_error("I/O operation on closed file.");
  check_buf_readable(b, "read", "readline of closed file");
  std::vector<Value> lines;
  int64_t total = 0;
  for (;;) {
    std::string line = buf_readline(b, -1);
    if (line.empty()) break;
    total += static_cast<int64_t>(line.size());
    lines.push_back(bytes_value(std::move(line)));
    if (limit > 0 && total >= limit) break;
  }
  return Value::object(new_list(std::move(lines)));
}

void buf_write(Buffered* b, std::string_view data) {
  if (b->fio->closed()) closed_error("write to closed file");
  drop_read_ahead(b);
  b->fio->pending->append(data);
  if (b->fio->pending->size() >= b->buffer_size) b->fio->flush_pending();
}

METHOD(b_write) {
  static const Signature sig("write($self, buffer, /)");
  Buffered* b = live_buf(self);
  if (!b->raw().writable) unsupported("write");  // BufferedIOBase.write(*args)
  auto [data] = sig.bind<1>(self, args, nargs, kw);
  std::string_view view = buffer_arg(data);
  buf_write(b, view);
  return make_int(static_cast<int64_t>(view.size()));
}

METHOD(b_writelines) {
  static const Signature sig("writelines($self, lines, /)");
  auto [lines] = sig.bind<1>(self, args, nargs, kw);
  Buffered* b = live_buf(self);
  if (b->fio->closed()) closed_error("I/O operation on closed file.");
  Value it = iter(lines);
  for (Value line = next(it); !line.is_null(); line = next(it)) {
    if (!b->raw().writable) unsupported("write");
    buf_write(b, buffer_arg(line));
  }
  return Value::none();
}

METHOD(b_flush) {
  static const Signature sig("flush($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  Buffered* b = live_buf(self);
  if (b->fio->closed()) closed_error(b->raw().writable ? "flush of closed file" : "I/O operation on closed file.");
  b->fio->flush_pending();
  return Value::none();
}

METHOD(b_tell) {
  static const Signature sig("tell($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  return make_int(buf_tell(live_buf(self)));
}

METHOD(b_seek) {
  static const Signature sig("seek($self, target, whence=0, /)");
  auto [target_v, whence_v] = sig.bind<2>(self, args, nargs, kw);
  Buffered* b = live_buf(self);
  int64_t whence = index_value(whence_v, "whence");
  // SEEK_DATA and SEEK_HOLE go to the descriptor as they are (Linux has them).
  if (whence < 0 || whence > 4) raise(&exc::ValueError, "whence value " + std::to_string(whence) + " unsupported");
  if (b->fio->closed()) closed_error("seek of closed file");
  if (!b->raw().is_seekable()) unsupported("File or stream is not seekable.");
  int64_t target = index_value(target_v, "target");
  b->fio->flush_pending();
  if (whence == SEEK_CUR) target -= static_cast<int64_t>(b->avail());
  b->rbuf.clear();
  b->rpos = 0;
  return make_int(b->raw().seek(target, static_cast<int>(whence)));
}

METHOD(b_truncate) {
  static const Signature sig("truncate($self, pos=None, /)");
  auto [pos_v] = sig.bind<1>(self, args, nargs, kw);
  Buffered* b = live_buf(self);
  if (b->fio->closed()) closed_error("truncate of closed file");
  if (!b->raw().writable) unsupported("truncate");
  b->fio->flush_pending();
  int64_t pos = pos_v.is_none() ? buf_tell(b) : index_value(pos_v, "pos");
  drop_read_ahead(b);
  if (pos < 0) raise_os_error(EINVAL);
  b->raw().truncate(pos);
  return make_int(pos);
}

METHOD(b_close) {
  static const Signature sig("close($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  buf_close(live_buf(self));
  return Value::none();
}

METHOD(b_detach) {
  static const Signature sig("detach($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  Buffered* b = live_buf(self);
  if (b->fio->closed()) closed_error(b->raw().writable ? "flush of closed file" : "I/O operation on closed file.");
  b->fio->flush_pending();
  b->detached = true;
  Value raw = b->raw_value;
  b->raw_value = Value::none();
  return raw;
}

METHOD(b_fileno) {
  static const Signature sig("fileno($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  Buffered* b = live_buf(self);
  fio_check_open(b->fio);
  return make_int(b->raw().fd);
}

METHOD(b_isatty) {
  static const Signature sig("isatty($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  Buffered* b = live_buf(self);
  fio_check_open(b->fio);
  return Value::boolean(::isatty(b->raw().fd));
}

METHOD(b_readable) {
  static const Signature sig("readable($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  Buffered* b = live_buf(self);
  fio_check_open(b->fio);
  return Value::boolean(b->raw().readable);
}

METHOD(b_writable) {
  static const Signature sig("writable($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  Buffered* b = live_buf(self);
  fio_check_open(b->fio);
  return Value::boolean(b->raw().writable);
}

METHOD(b_seekable) {
  static const Signature sig("seekable($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  Buffered* b = live_buf(self);
  fio_check_open(b->fio);
  return Value::boolean(b->raw().is_seekable());
}

bool obj_closed(Value self) {
  return is_type(self, &types::file_io) ? as_fio(self)->closed() : live_buf(self)->fio->closed();
}

METHOD(io_enter) {
  static const Signature sig("__enter__($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  if (obj_closed(self)) closed_error("I/O operation on closed file.");
  return self;
}

METHOD(io_exit) {
  (void)args;
  (void)nargs;
  (void)kw;
  return call(getattr(self, intern("close")), nullptr, 0);
}

METHOD(io_iter_method) {
  static const Signature sig("__iter__($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  if (obj_closed(self)) closed_error("I/O operation on closed file.");
  return self;
}

Value io_iter(Value self) {
  if (obj_closed(self)) closed_error("I/O operation on closed file.");
  return self;
}

Value fio_readline_impl(FileIO* f, int64_t limit);

Value io_iternext(Value self) {
  Value line;
  if (is_type(self, &types::file_io)) {
    line = fio_readline_impl(as_fio(self), -1);
  } else {
    Buffered* b = live_buf(self);
    check_buf_readable(b, "read", "readline of closed file");
    line = bytes_value(buf_readline(b, -1));
  }
  if (line.as<Bytes>()->data.empty()) return Value::null();
  return line;
}

METHOD(io_next_method) {
  static const Signature sig("__next__($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  Value line = io_iternext(self);
  if (line.is_null()) raise_value(Value::object(new_exception_args(&exc::StopIteration, {})));
  return line;
}

Value buf_repr(Value v) {
  Buffered* b = as_buf(v);
  std::string s = std::string("<_io.") + type_of(v)->name;
  if (!b->detached) s += " name=" + repr_string(b->raw().name);
  s += ">";
  return str_value(std::move(s));
}

Value buf_get_raw(Value v) { return as_buf(v)->raw_value; }
Value buf_get_name(Value v) { return live_buf(v)->raw().name; }
Value buf_get_mode(Value v) { return str_value(fio_mode(live_buf(v)->raw())); }
Value buf_get_closed(Value v) { return Value::boolean(live_buf(v)->fio->closed()); }

// ---- FileIO -----------------------------------------------------------------------------------

void fio_check_readable(FileIO* f) {
  fio_check_open(f);
  if (!f->raw->readable) unsupported("File not open for reading");
}

std::string fio_readall(FileIO* f) {
  std::string out;
  char chunk[65536];
  for (size_t n; (n = f->raw->read(chunk, sizeof chunk)) > 0;) out.append(chunk, n);
  return out;
}

Value fio_readline_impl(FileIO* f, int64_t limit) {
  fio_check_readable(f);
  std::string out;
  char c;
  while ((limit < 0 || static_cast<int64_t>(out.size()) < limit) && f->raw->read(&c, 1) == 1) {
    out += c;
    if (c == '\n') break;
  }
  return bytes_value(std::move(out));
}

METHOD(fio_read) {
  static const Signature sig("read($self, size=-1, /)");
  auto [size] = sig.bind<1>(self, args, nargs, kw);
  FileIO* f = as_fio(self);
  int64_t n = size_arg(size);
  fio_check_readable(f);
  if (n < 0) return bytes_value(fio_readall(f));
  std::string out(static_cast<size_t>(n), '\0');
  out.resize(f->raw->read(out.data(), out.size()));
  return bytes_value(std::move(out));
}

METHOD(fio_readall_method) {
  static const Signature sig("readall($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  FileIO* f = as_fio(self);
  fio_check_readable(f);
  return bytes_value(fio_readall(f));
}

METHOD(fio_readinto) {
  static const Signature sig("readinto($self, buffer, /)");
  auto [buf] = sig.bind<1>(self, args, nargs, kw);
  FileIO* f = as_fio(self);
  auto [data, len] = writable_buffer(buf, "readinto");
  fio_check_readable(f);
  return make_int(static_cast<int64_t>(f->raw->read(data, len)));
}

METHOD(fio_readline) {
  static const Signature sig("readline($self, size=-1, /)");
  auto [size] = sig.bind<1>(self, args, nargs, kw);
  return fio_readline_impl(as_fio(self), size_arg(size));
}

METHOD(fio_readlines) {
  static const Signature sig("readlines($self, hint=-1, /)");
  auto [hint] = sig.bind<1>(self, args, nargs, kw);
  FileIO* f = as_fio(self);
  int64_t limit = size_arg(hint);
  std::vector<Value> lines;
  int64_t total = 0;
  for (;;) {
    Value line = fio_readline_impl(f, -1);
    size_t n = line.as<Bytes>()->data.size();
    if (n == 0) break;
    total += static_cast<int64_t>(n);
    lines.push_back(line);
    if (limit > 0 && total >= limit) break;
  }
  return Value::object(new_list(std::move(lines)));
}

METHOD(fio_write) {
  static const Signature sig("write($self, b, /)");
  auto [data] = sig.bind<1>(self, args, nargs, kw);
  FileIO* f = as_fio(self);
  std::string_view view = buffer_arg(data);
  fio_check_open(f);
  if (!f->raw->writable) unsupported("File not open for writing");
  f->flush_pending();
  f->raw->write_all(view.data(), view.size());
  return make_int(static_cast<int64_t>(view.size()));
}

METHOD(fio_writelines) {
  static const Signature sig("writelines($self, lines, /)");
  auto [lines] = sig.bind<1>(self, args, nargs, kw);
  FileIO* f = as_fio(self);
  fio_check_open(f);
  Value it = iter(lines);
  Value write = getattr(self, intern("write"));
  for (Value line = next(it); !line.is_null(); line = next(it)) call(write, &line, 1);
  return Value::none();
}

METHOD(fio_seek) {
  static const Signature sig("seek($self, pos, whence=0, /)");
  auto [pos_v, whence_v] = sig.bind<2>(self, args, nargs, kw);
  FileIO* f = as_fio(self);
  fio_check_open(f);
  int64_t pos = index_value(pos_v, "pos");
  int64_t whence = index_value(whence_v, "whence");
  f->flush_pending();
  return make_int(f->raw->seek(pos, static_cast<int>(whence)));
}

METHOD(fio_tell) {
  static const Signature sig("tell($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  FileIO* f = as_fio(self);
  fio_check_open(f);
  return make_int(f->raw->seek(0, SEEK_CUR));
}

METHOD(fio_truncate) {
  static const Signature sig("truncate($self, size=None, /)");
  auto [size_v] = sig.bind<1>(self, args, nargs, kw);
  FileIO* f = as_fio(self);
  fio_check_open(f);
  if (!f->raw->writable) unsupported("File not open for writing");
  f->flush_pending();
  int64_t size = size_v.is_none() ? f->raw->seek(0, SEEK_CUR) : index_value(size_v, "size");
  f->raw->truncate(size);
  return make_int(size);
}

METHOD(fio_close) {
  static const Signature sig("close($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  FileIO* f = as_fio(self);
  if (f->closed()) return Value::none();
  try {
    f->flush_pending();
  } catch (PyError&) {
    f->raw->close();
    throw;
  }
  if (!f->owner.is_null()) static_cast<TextFile*>(f->owner.as_object())->closed = true;
  f->raw->close();
  return Value::none();
}

METHOD(fio_flush) {
  static const Signature sig("flush($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  FileIO* f = as_fio(self);
  if (f->closed()) closed_error("I/O operation on closed file.");
  return Value::none();
}

METHOD(fio_fileno) {
  static const Signature sig("fileno($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  FileIO* f = as_fio(self);
  fio_check_open(f);
  return make_int(f->raw->fd);
}

METHOD(fio_isatty) {
  static const Signature sig("isatty($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  FileIO* f = as_fio(self);
  fio_check_open(f);
  return Value::boolean(::isatty(f->raw->fd));
}

METHOD(fio_readable) {
  static const Signature sig("readable($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  FileIO* f = as_fio(self);
  fio_check_open(f);
  return Value::boolean(f->raw->readable);
}

METHOD(fio_writable) {
  static const Signature sig("writable($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  FileIO* f = as_fio(self);
  fio_check_open(f);
  return Value::boolean(f->raw->writable);
}

METHOD(fio_seekable) {
  static const Signature sig("seekable($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  FileIO* f = as_fio(self);
  fio_check_open(f);
  return Value::boolean(f->raw->is_seekable());
}

#undef METHOD

Value fio_repr(Value v) {
  FileIO* f = as_fio(v);
  if (f->closed()) return str_value("<_io.FileIO [closed]>");
  return str_value("<_io.FileIO name=" + repr_string(f->raw->name) + " mode='" + fio_mode(*f->raw) +
                   "' closefd=" + (f->raw->closefd ? "True" : "False") + ">");
}

Value fio_get_name(Value v) { return as_fio(v)->raw->name; }
Value fio_get_mode(Value v) { return str_value(fio_mode(*as_fio(v)->raw)); }
Value fio_get_closed(Value v) { return Value::boolean(as_fio(v)->closed()); }
Value fio_get_closefd(Value v) { return Value::boolean(as_fio(v)->raw->closefd); }

const MethodEntry kBufferedMethods[] = {
    {"read", b_read},         {"read1", b_read1},         {"readinto", b_readinto}, {"readinto1", b_readinto1},
    {"readline", b_readline}, {"readlines", b_readlines}, {"write", b_write},       {"writelines", b_writelines},
    {"flush", b_flush},       {"tell", b_tell},           {"seek", b_seek},         {"truncate", b_truncate},
    {"close", b_close},       {"detach", b_detach},       {"fileno", b_fileno},     {"isatty", b_isatty},
    {"readable", b_readable}, {"writable", b_writable},   {"seekable", b_seekable}, {"__enter__", io_enter},
    {"__exit__", io_exit},    {"__iter__", io_iter_method}, {"__next__", io_next_method},
};
const MethodEntry kPeek[] = {{"peek", b_peek}};

const MethodEntry kFileIOMethods[] = {
    {"read", fio_read},         {"readall", fio_readall_method}, {"readinto", fio_readinto},
    {"readline", fio_readline}, {"readlines", fio_readlines},    {"write", fio_write},
    {"writelines", fio_writelines}, {"seek", fio_seek},          {"tell", fio_tell},
    {"truncate", fio_truncate}, {"close", fio_close},            {"flush", fio_flush},
    {"fileno", fio_fileno},     {"isatty", fio_isatty},          {"readable", fio_readable},
    {"writable", fio_writable}, {"seekable", fio_seekable},      {"__enter__", io_enter},
    {"__exit__", io_exit},      {"__iter__", io_iter_method},    {"__next__", io_next_method},
};

Type* buffered_type_for(const RawFile& r) {
  return r.readable && r.writable ? &types::buffered_random : r.readable ? &types::buffered_reader
                                                                         : &types::buffered_writer;
}

}  // namespace

void install_binary_file_types() {
  Type* fio = &types::file_io;
  fio->module = Value::object(intern("_io"));
  fio->repr = fio_repr;
  fio->iter = io_iter;
  fio->next = io_iternext;
  install_methods(fio, std::begin(kFileIOMethods), std::end(kFileIOMethods));
  add_getset(fio, "name", fio_get_name);
  add_getset(fio, "mode", fio_get_mode);
  add_getset(fio, "closed", fio_get_closed);
  add_getset(fio, "closefd", fio_get_closefd);
  for (Type* t : {&types::buffered_reader, &types::buffered_writer, &types::buffered_random}) {
    t->module = Value::object(intern("_io"));
    t->repr = buf_repr;
    t->iter = io_iter;
    t->next = io_iternext;
    install_methods(t, std::begin(kBufferedMethods), std::end(kBufferedMethods));
    if (t != &types::buffered_writer) install_methods(t, std::begin(kPeek), std::end(kPeek));
    add_getset(t, "raw", buf_get_raw);
    add_getset(t, "name", buf_get_name);
    add_getset(t, "mode", buf_get_mode);
    add_getset(t, "closed", buf_get_closed);
  }
}

Value open_binary(RawFile proto, Value file, int flags, Value opener, int64_t buffering) {
  if (buffering == 1)
    warn(&exc::RuntimeWarning,
         "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used");
  auto* f = heap().make<FileIO>();
  f->own = proto;
  open_raw(f->own, file, flags, opener);
  if (f->own.appending) ::lseek(f->own.fd, 0, SEEK_END);
  if (buffering == 0) return Value::object(f);
  auto* b = heap().make<Buffered>(buffered_type_for(f->own), f);
  if (buffering > 1) b->buffer_size = static_cast<size_t>(buffering);
  return Value::object(b);
}

Value text_file_buffer(TextFile* t) {
  if (!t->buffer.is_null()) return t->buffer;
  auto* f = heap().make<FileIO>();
  f->raw = &t->raw;
  f->pending = &t->bbuf;
  f->owner = Value::object(t);
  auto* b = heap().make<Buffered>(buffered_type_for(t->raw), f);
  t->buffer = Value::object(b);
  return t->buffer;
}

void flush_binary_files() {
  for (FileIO* f : binary_files()) {
    if (f->closed()) continue;
    try {
      f->flush_pending();
    } catch (PyError&) {
      f->pending->clear();
    }
  }
}

}  // namespace rt
