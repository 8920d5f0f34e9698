#include "bytecode/cache_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <cstring>

#include "bytecode/atomic_write.h"
#include "bytecode/checksum.h"
#include "bytecode/serializer.h"
#include "bytecode/verifier.h"

namespace bytecode {

namespace {

constexpr uint32_t kFlagHashBased = 1u << 0;
constexpr uint32_t kFlagCheckSource = 1u << 1;
constexpr uint32_t kKnownFlags = kFlagHashBased | kFlagCheckSource;

void put_u32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
}
void put_u64(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
}
uint32_t get_u32(std::string_view in, std::size_t at) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<uint8_t>(in[at + i])) << (8 * i);
  return v;
}
uint64_t get_u64(std::string_view in, std::size_t at) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(static_cast<uint8_t>(in[at + i])) << (8 * i);
  return v;
}

// Reads a whole file. Returns false with errno set when it cannot be opened or read.
bool read_file(const std::string& path, std::string& out) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  if (::fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
    int err = S_ISDIR(st.st_mode) ? EISDIR : errno;
    ::close(fd);
    errno = err;
    return false;
  }
  out.clear();
  if (st.st_size > 0) out.reserve(static_cast<std::size_t>(st.st_size));
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      errno = err;
      return false;
    }
    if (n == 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return true;
}

bool stamps_match(const SourceStamp& stored, const std::string& source_path) {
  switch (stored.validation) {
    case Validation::Timestamp: {
      struct stat st;
      if (::stat(source_path.c_str(), &st) != 0) return false;
      int64_t mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
      return mtime_ns == stored.mtime_ns && static_cast<uint64_t>(st.st_size) == stored.size;
    }
    case Validation::CheckedHash: {
      std::string source;
      if (!read_file(source_path, source)) return false;
      return checksum64(source) == stored.hash;
    }
    case Validation::UncheckedHash:
      return true;
  }
  return false;
}

constexpr uint64_t fnv1a(const char* s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (; *s; ++s) h = (h ^ static_cast<unsigned char>(*s)) * 0x100000001b3ULL;
  return h;
}

// The generic rows of opcodes.def as one string literal; internal (VM-only)
// opcodes never reach files, so changing them does not invalidate caches.
constexpr const char kOpcodeTable[] =
#define OPCODE(name, operand, fall, jump) #name "|" #operand "|" #fall "|" #jump "\n"
#define INTERNAL_OPCODE(name, operand, fall, jump)
#include "bytecode/opcodes.def"
#undef INTERNAL_OPCODE
#undef OPCODE
    "";
constexpr uint64_t kOpcodeFingerprint = fnv1a(kOpcodeTable);

}  // namespace

uint64_t opcode_table_fingerprint() { return kOpcodeFingerprint; }

std::string cache_path_for(const std::string& source_path) {
  auto slash = source_path.rfind('/');
  std::string dir = slash == std::string::npos ? "" : source_path.substr(0, slash + 1);
  std::string file = slash == std::string::npos ? source_path : source_path.substr(slash + 1);
  auto dot = file.rfind('.');
  if (dot != std::string::npos && dot != 0) file.resize(dot);
  return dir + "__pycache__/" + file + ".pyvm-" + std::to_string(kFormatVersion) + ".pyc";
}

SourceStamp timestamp_stamp(const std::string& source_path) {
  struct stat st;
  if (::stat(source_path.c_str(), &st) != 0)
    throw LoadError(source_path + ": cannot stat: " + std::strerror(errno));
  SourceStamp s;
  s.validation = Validation::Timestamp;
  s.mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  s.size = static_cast<uint64_t>(st.st_size);
  return s;
}

SourceStamp hash_stamp(std::string_view source_bytes, bool check_source) {
  SourceStamp s;
  s.validation = check_source ? Validation::CheckedHash : Validation::UncheckedHash;
  s.hash = checksum64(source_bytes);
  return s;
}

std::string encode_cache_file(const Code& code, const SourceStamp& stamp) {
  std::string payload = serialize(code);
  std::string out(kMagic, sizeof kMagic);
  out.reserve(kHeaderSize + payload.size());
  put_u32(out, kFormatVersion);
  uint32_t flags = 0;
  if (stamp.validation != Validation::Timestamp) flags |= kFlagHashBased;
  if (stamp.validation == Validation::CheckedHash) flags |= kFlagCheckSource;
  put_u32(out, flags);
  put_u64(out, kOpcodeFingerprint);
  if (stamp.validation == Validation::Timestamp) {
    put_u64(out, static_cast<uint64_t>(stamp.mtime_ns));
    put_u64(out, stamp.size);
  } else {
    put_u64(out, stamp.hash);
    put_u64(out, 0);
  }
  put_u64(out, payload.size());
  put_u64(out, checksum64(payload));
  out += payload;
  return out;
}

CacheHeader decode_cache_header(std::string_view bytes, const std::string& name) {
  if (bytes.empty()) throw LoadError(name + ": not a pyvm cache file (empty)");
  const std::size_t magic_seen = std::min(bytes.size(), sizeof kMagic);
  if (std::memcmp(bytes.data(), kMagic, magic_seen) != 0)
    throw LoadError(name + ": not a pyvm cache file (bad magic)");
  if (bytes.size() < kHeaderSize)
    throw LoadError(name + ": truncated (header is " + std::to_string(bytes.size()) + " of " +
                    std::to_string(kHeaderSize) + " bytes)");
  CacheHeader h;
  h.format_version = get_u32(bytes, 8);
  if (h.format_version != kFormatVersion)
    throw LoadError(name + ": unsupported format version " + std::to_string(h.format_version) +
                    " (this pyvm reads version " + std::to_string(kFormatVersion) + "; recompile with pyc)");
  uint32_t flags = get_u32(bytes, 12);
  if ((flags & ~kKnownFlags) != 0 || flags == kFlagCheckSource)
    throw LoadError(name + ": bad header flags " + std::to_string(flags) + " (known: 0, 1, 3)");
  h.opcode_table = get_u64(bytes, 16);
  if (h.opcode_table != kOpcodeFingerprint)
    throw LoadError(name + ": written for a different opcode table (an older or newer pyc); recompile with pyc");
  if (flags & kFlagHashBased) {
    h.stamp.validation = (flags & kFlagCheckSource) ? Validation::CheckedHash : Validation::UncheckedHash;
    h.stamp.hash = get_u64(bytes, 24);
  } else {
    h.stamp.validation = Validation::Timestamp;
    h.stamp.mtime_ns = static_cast<int64_t>(get_u64(bytes, 24));
    h.stamp.size = get_u64(bytes, 32);
  }
  h.payload_length = get_u64(bytes, 40);
  h.payload_checksum = get_u64(bytes, 48);
  return h;
}

namespace {

// Length and checksum of the payload against the header; returns the payload.
std::string_view checked_payload(std::string_view bytes, const CacheHeader& h, const std::string& name) {
  uint64_t have = bytes.size() - kHeaderSize;
  if (have < h.payload_length)
    throw LoadError(name + ": truncated (payload is " + std::to_string(have) + " of " +
                    std::to_string(h.payload_length) + " bytes)");
  if (have > h.payload_length)
    throw LoadError(name + ": " + std::to_string(have - h.payload_length) +
                    " unexpected bytes after the payload");
  std::string_view payload = bytes.substr(kHeaderSize);
  if (checksum64(payload) != h.payload_checksum)
    throw LoadError(name + ": payload checksum mismatch (the file is damaged)");
  return payload;
}

}  // namespace

std::shared_ptr<const Code> decode_cache_file(std::string_view bytes, const std::string& name) {
  std::string_view payload = checked_payload(bytes, decode_cache_header(bytes, name), name);
  try {
    auto code = deserialize(payload);
    verify(*code);
    return code;
  } catch (const LoadError& e) {
    throw LoadError(name + ": " + e.what());
  }
}

std::shared_ptr<const Code> load_cache_file(const std::string& cache_path) {
  std::string bytes;
  if (!read_file(cache_path, bytes))
    throw LoadError(cache_path + ": cannot read: " + std::strerror(errno));
  return decode_cache_file(bytes, cache_path);
}

bool cache_matches_source(const std::string& cache_path, const std::string& source_path) {
  std::string bytes;
  if (!read_file(cache_path, bytes)) return false;
  try {
    CacheHeader h = decode_cache_header(bytes, cache_path);
    if (!stamps_match(h.stamp, source_path)) return false;
    checked_payload(bytes, h, cache_path);
    return true;
  } catch (const LoadError&) {
    return false;
  }
}

bool cache_is_fresh(const std::string& source_path) {
  return cache_matches_source(cache_path_for(source_path), source_path);
}

void write_cache_file_at(const std::string& cache_path, const Code& code, const SourceStamp& stamp) {
  auto slash = cache_path.rfind('/');
  if (slash != std::string::npos && slash != 0) {
    std::string dir = cache_path.substr(0, slash);
    // EEXIST covers both "already there" and a concurrent pyc creating it first.
    if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST)
      throw WriteError(cache_path + ": cannot create folder " + dir + ": " + std::strerror(errno));
  }
  write_file_atomically(cache_path, encode_cache_file(code, stamp));
}

void write_cache_file(const std::string& source_path, const Code& code, const SourceStamp& stamp) {
  write_cache_file_at(cache_path_for(source_path), code, stamp);
}

void write_cache_file(const std::string& source_path, const Code& code) {
  SourceStamp stamp;
  try {
    stamp = timestamp_stamp(source_path);
  } catch (const LoadError& e) {
    throw WriteError(e.what());
  }
  write_cache_file(source_path, code, stamp);
}

}  // namespace bytecode
