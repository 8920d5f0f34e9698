#include "bytecode/serializer.h"

#include <bit>
#include <cstring>

#include "text/utf8.h"

namespace bytecode {

namespace {

// Tags of constants in the payload; never renumber (bump kFormatVersion instead).
enum class Tag : uint8_t {
  None = 0, False = 1, True = 2, Int = 3, BigInt = 4, Float = 5, Complex = 6, Str = 7,
  Bytes = 8, Ellipsis = 9, Tuple = 10, Code = 11,
};

class Writer {
 public:
  void u8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u32(uint32_t v) {
    char b[4];
    for (int i = 0; i < 4; ++i) b[i] = static_cast<char>(v >> (8 * i));
    out_.append(b, 4);
  }
  void i32(int32_t v) { u32(static_cast<uint32_t>(v)); }
  void u64(uint64_t v) {
    char b[8];
    for (int i = 0; i < 8; ++i) b[i] = static_cast<char>(v >> (8 * i));
    out_.append(b, 8);
  }
  void str(const std::string& s) {
    u32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  void strings(const std::vector<std::string>& v) {
    u32(static_cast<uint32_t>(v.size()));
    for (const auto& s : v) str(s);
  }

  void constant(const Constant& c) {
    std::visit([this](const auto& v) { value(v); }, c.value);
  }
  void value(std::monostate) { tag(Tag::None); }
  void value(bool b) { tag(b ? Tag::True : Tag::False); }
  void value(int64_t i) {
    tag(Tag::Int);
    u64(static_cast<uint64_t>(i));
  }
  void value(const BigInt& b) {
    tag(Tag::BigInt);
    str(b.decimal);
  }
  void value(double d) {
    tag(Tag::Float);
    u64(std::bit_cast<uint64_t>(d));
  }
  void value(const Complex& c) {
    tag(Tag::Complex);
    u64(std::bit_cast<uint64_t>(c.real));
    u64(std::bit_cast<uint64_t>(c.imag));
  }
  void value(const std::string& s) {
    tag(Tag::Str);
    str(s);
  }
  void value(const Bytes& b) {
    tag(Tag::Bytes);
    str(b.data);
  }
  void value(Ellipsis) { tag(Tag::Ellipsis); }
  void value(const ConstTuple& t) {
    tag(Tag::Tuple);
    u32(static_cast<uint32_t>(t.size()));
    for (const auto& c : t) constant(c);
  }
  void value(const std::shared_ptr<const Code>& code) {
    tag(Tag::Code);
    this->code(*code);
  }

  void code(const Code& c) {
    str(c.name);
    str(c.qualname);
    str(c.filename);
    i32(c.first_line);
    u32(c.argcount);
    u32(c.posonlyargcount);
    u32(c.kwonlyargcount);
    u32(c.flags);
    u32(c.stacksize);
    u32(static_cast<uint32_t>(c.code.size()));
    for (Instr i : c.code) u32(i);
    u32(static_cast<uint32_t>(c.locations.size()));
    for (const auto& l : c.locations) {
      i32(l.line);
      i32(l.end_line);
      i32(l.col);
      i32(l.end_col);
    }
    u32(static_cast<uint32_t>(c.consts.size()));
    for (const auto& k : c.consts) constant(k);
    strings(c.names);
    strings(c.varnames);
    strings(c.cellvars);
    strings(c.freevars);
    u32(static_cast<uint32_t>(c.exception_table.size()));
    for (const auto& e : c.exception_table) {
      u32(e.start);
      u32(e.end);
      u32(e.target);
      u32(e.depth);
      u8(e.push_lasti ? 1 : 0);
    }
  }

  std::string take() { return std::move(out_); }

 private:
  void tag(Tag t) { u8(static_cast<uint8_t>(t)); }
  std::string out_;
};

// Every read checks the bytes left first, and every count is checked against the
// bytes its elements need at minimum, so no input can make the reader overrun,
// allocate without bound, or loop long.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}

  uint8_t u8(const char* what) {
    need(1, what);
    return static_cast<uint8_t>(in_[pos_++]);
  }
  uint32_t u32(const char* what) {
    need(4, what);
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<uint8_t>(in_[pos_ + i])) << (8 * i);
    pos_ += 4;
    return v;
  }
  int32_t i32(const char* what) { return static_cast<int32_t>(u32(what)); }
  uint64_t u64(const char* what) {
    need(8, what);
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(static_cast<uint8_t>(in_[pos_ + i])) << (8 * i);
    pos_ += 8;
    return v;
  }
  std::string bytes(const char* what) {
    uint32_t n = u32(what);
    need(n, what);
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  std::string text(const char* what) {
    std::size_t at = pos_;
    std::string s = bytes(what);
    if (!text::is_valid_text(s)) fail(std::string(what) + " is not valid UTF-8", at);
    return s;
  }
  // A count of elements that each take at least `min_bytes`.
  uint32_t count(std::size_t min_bytes, const char* what) {
    std::size_t at = pos_;
    uint32_t n = u32(what);
    if (static_cast<uint64_t>(n) * min_bytes > left())
      fail(std::string(what) + " count " + std::to_string(n) + " exceeds the remaining " +
               std::to_string(left()) + " bytes",
           at);
    return n;
  }
  std::vector<std::string> strings(const char* what) {
    uint32_t n = count(4, what);
    std::vector<std::string> v;
    v.reserve(n);
    for (uint32_t i = 0; i < n; ++i) v.push_back(text(what));
    return v;
  }

  Constant constant(int depth) {
    std::size_t at = pos_;
    auto tag = static_cast<Tag>(u8("constant tag"));
    Constant c;
    switch (tag) {
      case Tag::None: break;
      case Tag::False: c.value = false; break;
      case Tag::True: c.value = true; break;
      case Tag::Int: c.value = static_cast<int64_t>(u64("int constant")); break;
      case Tag::BigInt: {
        std::string digits = bytes("big int constant");
        if (!is_decimal(digits)) fail("big int constant is not decimal text", at);
        c.value = BigInt{std::move(digits)};
        break;
      }
      case Tag::Float: c.value = std::bit_cast<double>(u64("float constant")); break;
      case Tag::Complex: {
        double re = std::bit_cast<double>(u64("complex constant"));
        double im = std::bit_cast<double>(u64("complex constant"));
        c.value = Complex{re, im};
        break;
      }
      case Tag::Str: c.value = text("str constant"); break;
      case Tag::Bytes: c.value = Bytes{bytes("bytes constant")}; break;
      case Tag::Ellipsis: c.value = Ellipsis{}; break;
      case Tag::Tuple: {
        enter(depth, at);
        uint32_t n = count(1, "tuple constant");
        ConstTuple items;
        items.reserve(n);
        for (uint32_t i = 0; i < n; ++i) items.push_back(constant(depth + 1));
        c.value = std::move(items);
        break;
      }
      case Tag::Code:
        enter(depth, at);
        c.value = std::shared_ptr<const Code>(code(depth + 1));
        break;
      default:
        fail("unknown constant tag " + std::to_string(static_cast<int>(tag)), at);
    }
    return c;
  }

  std::shared_ptr<Code> code(int depth) {
    auto c = std::make_shared<Code>();
    c->name = text("code name");
    c->qualname = text("code qualname");
    c->filename = text("code filename");
    c->first_line = i32("first line");
    c->argcount = u32("argcount");
    c->posonlyargcount = u32("posonlyargcount");
    c->kwonlyargcount = u32("kwonlyargcount");
    c->flags = u32("flags");
    c->stacksize = u32("stacksize");
    uint32_t n = count(4, "instruction");
    c->code.resize(n);
    for (auto& i : c->code) i = u32("instruction");
    n = count(16, "location");
    c->locations.resize(n);
    for (auto& l : c->locations) {
      l.line = i32("location");
      l.end_line = i32("location");
      l.col = i32("location");
      l.end_col = i32("location");
    }
    n = count(1, "constant");
    c->consts.reserve(n);
    for (uint32_t i = 0; i < n; ++i) c->consts.push_back(constant(depth));
    c->names = strings("name");
    c->varnames = strings("local variable name");
    c->cellvars = strings("cell variable name");
    c->freevars = strings("free variable name");
    n = count(17, "exception table entry");
    c->exception_table.resize(n);
    for (auto& e : c->exception_table) {
      e.start = u32("exception table entry");
      e.end = u32("exception table entry");
      e.target = u32("exception table entry");
      e.depth = u32("exception table entry");
      std::size_t at = pos_;
      uint8_t lasti = u8("exception table entry");
      if (lasti > 1) fail("exception table entry has a bad lasti flag", at);
      e.push_lasti = lasti == 1;
    }
    return c;
  }

  std::size_t left() const { return in_.size() - pos_; }
  std::size_t pos() const { return pos_; }

  [[noreturn]] void fail(const std::string& why, std::size_t at) const {
    throw LoadError("bad payload: " + why + " (at payload offset " + std::to_string(at) + ")");
  }

 private:
  void need(std::size_t n, const char* what) const {
    if (left() < n)
      throw LoadError("bad payload: truncated while reading " + std::string(what) + " (at payload offset " +
                      std::to_string(pos_) + ")");
  }
  void enter(int depth, std::size_t at) const {
    if (depth >= kMaxNesting)
      fail("code objects and tuples nested deeper than " + std::to_string(kMaxNesting), at);
  }
  static bool is_decimal(const std::string& s) {
    std::size_t i = s.size() > 1 && s[0] == '-' ? 1 : 0;
    if (i == s.size()) return false;
    if (s[i] == '0' && s.size() - i > 1) return false;
    for (; i < s.size(); ++i)
      if (s[i] < '0' || s[i] > '9') return false;
    return true;
  }

  std::string_view in_;
  std::size_t pos_ = 0;
};

}  // namespace

std::string serialize(const Code& code) {
  Writer w;
  w.code(code);
  return w.take();
}

std::shared_ptr<const Code> deserialize(std::string_view payload) {
  Reader r(payload);
  auto code = r.code(0);
  if (r.left() != 0)
    r.fail(std::to_string(r.left()) + " unexpected bytes after the code object", r.pos());
  return code;
}

}  // namespace bytecode
