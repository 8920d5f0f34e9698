// The builtins CPython's site module and bltinmodule.c add beyond the
// function table: exit/quit (site's Quitter), help (_Helper),
// copyright/credits/license (_Printer), aiter/anext, breakpoint with
// sys.breakpointhook's default, __import__, __debug__, and the builtins
// module's own entries (None, True, False, __doc__, __loader__, __package__, __spec__).
#include "runtime/builtins_site.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "runtime/methods_util.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/generator.h"
#include "runtime/objects/int.h"
#include "runtime/objects/text_file.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"
#include "runtime/warnings.h"

#ifndef PYVM_STDLIB_DIR
#define PYVM_STDLIB_DIR "/usr/lib/python3.11"
#endif

namespace rt {

namespace {

ImportHook g_import_hook = nullptr;

Type quitter_type("Quitter", &types::object);
Type printer_type("_Printer", &types::object);
Type helper_type("_Helper", &types::object);
Type anext_awaitable_type("anext_awaitable", &types::object);

struct Quitter : Object {
  std::string name;
  explicit Quitter(std::string n) : Object(&quitter_type), name(std::move(n)) {}
};

// A text shown in pages of 23 lines (site's _Printer): the first of `files`
// that can be read, else `data`.
struct Printer : Object {
  std::string name, data;
  std::vector<std::string> files;
  std::vector<std::string> lines;  // filled on first use
  Printer(std::string n, std::string d, std::vector<std::string> f)
      : Object(&printer_type), name(std::move(n)), data(std::move(d)), files(std::move(f)) {}
};

constexpr size_t kMaxLines = 23;

// ---- exit / quit ---------------------------------------------------------------------

Value quitter_repr(Value v) {
  return str_value("Use " + static_cast<Quitter*>(v.as_object())->name + "() or Ctrl-D (i.e. EOF) to exit");
}

Value quitter_call(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__call__($self, code=None)");
  auto [code] = sig.bind<1>(self, args, nargs, kw);
  // As site.Quitter: stdin is closed first (shells listen for that), errors ignored.
  try {
    Value in = sys_stream("stdin");
    if (!in.is_none()) call(getattr(in, intern("close")), nullptr, 0);
  } catch (PyError&) {
  }
  raise_value(Value::object(new_exception_args(&exc::SystemExit, {code})));
}

// ---- copyright / credits / license ---------------------------------------------------

void printer_setup(Printer* p) {
  if (!p->lines.empty()) return;
  std::string text;
  for (const std::string& file : p->files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) continue;
    std::ostringstream ss;
    ss << in.rdbuf();
    text = ss.str();
    if (!text.empty()) break;
  }
  if (text.empty()) text = p->data;
  size_t start = 0;
  for (;;) {
    size_t nl = text.find('\n', start);
    p->lines.push_back(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
}

Value printer_repr(Value v) {
  auto* p = static_cast<Printer*>(v.as_object());
  printer_setup(p);
  if (p->lines.size() <= kMaxLines) {
    std::string s;
    for (size_t i = 0; i < p->lines.size(); ++i) s += (i ? "\n" : "") + p->lines[i];
    return str_value(std::move(s));
  }
  return str_value("Type " + p->name + "() to see the full " + p->name + " text");
}

Value printer_call(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__call__($self)");
  sig.bind<0>(self, args, nargs, kw);
  auto* p = static_cast<Printer*>(self.as_object());
  printer_setup(p);
  Value print = builtins_dict()->get_str(intern("print"));
  Value input = builtins_dict()->get_str(intern("input"));
  Value prompt = str_value("Hit Return for more, or q (and Return) to quit: ");
  size_t lineno = 0;
  for (;;) {
    for (size_t i = lineno; i < lineno + kMaxLines; ++i) {
      if (i >= p->lines.size()) return Value::none();
      Value line = str_value(p->lines[i]);
      call(print, &line, 1);
    }
    lineno += kMaxLines;
    std::string key;
    for (;;) {
      key = str_string(call(input, &prompt, 1));
      if (key.empty() || key == "q") break;
    }
    if (key == "q") return Value::none();
  }
}

// ---- help ----------------------------------------------------------------------------

Value helper_repr(Value) { return str_value("Type help() for interactive help, or help(object) for help about object."); }

// help(obj) imports pydoc, as site's _Helper does; where the import system
// cannot provide pydoc, the ImportError CPython would give surfaces.
Value helper_call(Value, Value* args, size_t nargs, Tuple* kw) {
  if (!g_import_hook) raise(&exc::ImportError, "No module named 'pydoc'");
  Value pydoc = g_import_hook(intern("pydoc"));
  return call(getattr(pydoc, intern("help")), args, nargs, kw);
}

// ---- aiter / anext -------------------------------------------------------------------

Value b_aiter(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("aiter(async_iterable, /)");
  auto [obj] = sig.bind<1>(self, args, nargs, kw);
  Value f = lookup_special(obj, intern("__aiter__"));
  if (f.is_null()) raise(&exc::TypeError, "'" + type_name(obj) + "' object is not an async iterable");
  Value it = call(f, nullptr, 0);
  if (type_lookup(type_of(it), intern("__anext__")).is_null())
    raise(&exc::TypeError, "aiter() returned not an async iterator of type '" + type_name(it) + "'");
  return it;
}

// anext(it, default): awaiting it gives default when __anext__ raises StopAsyncIteration.
struct AnextAwaitable : Object {
  Value wrapped, default_value, iterator;
  AnextAwaitable(Value w, Value d) : Object(&anext_awaitable_type), wrapped(w), default_value(d) {}
  void trace(Tracer& t) override {
    t.mark(wrapped);
    t.mark(default_value);
    t.mark(iterator);
  }
};

AnextAwaitable* as_anext(Value v) { return static_cast<AnextAwaitable*>(v.as_object()); }

// One step of the wrapped awaitable: send(value), throw(args) or next().
Value anext_step(Value self, Value sent, Value* throw_args, size_t nthrow) {
  auto* a = as_anext(self);
  if (a->iterator.is_null()) a->iterator = get_awaitable_iter(a->wrapped);
  try {
    if (throw_args) return call(getattr(a->iterator, intern("throw")), throw_args, nthrow);
    Type* t = type_of(a->iterator);
    if (!type_lookup(t, intern("send")).is_null()) return call(getattr(a->iterator, intern("send")), &sent, 1);
    Value r = next(a->iterator);
    if (r.is_null()) raise_value(Value::object(new_exception_args(&exc::StopIteration, {})));
    return r;
  } catch (PyError& e) {
    if (!isinstance(e.exc, &exc::StopAsyncIteration)) throw;
    raise_value(Value::object(new_exception_args(&exc::StopIteration, {a->default_value})));
  }
}

Value anext_next(Value self) { return anext_step(self, Value::none(), nullptr, 0); }

Value anext_send(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("send($self, value, /)");
  auto [v] = sig.bind<1>(self, args, nargs, kw);
  return anext_step(self, v, nullptr, 0);
}
Value anext_throw(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("throw($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)");
  Value out[3];
  sig.parse(self, args, nargs, kw, out);
  return anext_step(self, Value::none(), args, nargs);
}
Value anext_close(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("close($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  auto* a = as_anext(self);
  if (!a->iterator.is_null()) {
    Value close = getattr_opt(a->iterator, intern("close"));
    if (!close.is_null()) call(close, nullptr, 0);
  }
  return Value::none();
}
Value anext_self(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__await__($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  return self;
}
Value anext_iter(Value self) { return self; }

Value b_anext(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("anext(aiterator, default=<unrepresentable>, /)");
  auto [it, dflt] = sig.bind<2>(self, args, nargs, kw);
  if (type_lookup(type_of(it), intern("__anext__")).is_null())
    raise(&exc::TypeError, "'" + type_name(it) + "' object is not an async iterator");
  Value awaitable = call(lookup_special(it, intern("__anext__")), nullptr, 0);
  if (dflt.is_null()) return awaitable;
  return Value::object(heap().make<AnextAwaitable>(awaitable, dflt));
}

// ---- breakpoint / sys.breakpointhook -------------------------------------------------

Value b_breakpoint(Value, Value* args, size_t nargs, Tuple* kw) {
  Value sys = g_import_hook ? g_import_hook(intern("sys")) : Value::null();
  Value hook = sys.is_null() ? Value::null() : getattr_opt(sys, intern("breakpointhook"));
  if (hook.is_null()) raise(&exc::RuntimeError, "lost sys.breakpointhook");
  return call(hook, args, nargs, kw);
}

// CPython's sys_breakpointhook: $PYTHONBREAKPOINT names the callable
// ("0" disables, empty means pdb.set_trace); an unimportable one is a
// RuntimeWarning and the call does nothing.
Value s_breakpointhook(Value, Value* args, size_t nargs, Tuple* kw) {
  const char* env = std::getenv("PYTHONBREAKPOINT");
  std::string target = env && *env ? env : "pdb.set_trace";
  if (target == "0") return Value::none();
  size_t dot = target.rfind('.');
  std::string module = dot == std::string::npos ? "builtins" : target.substr(0, dot);
  std::string attr = dot == std::string::npos ? target : target.substr(dot + 1);
  Value callable = Value::null();
  try {
    Value m = module == "builtins" ? Value::null() : g_import_hook ? g_import_hook(intern(module)) : Value::null();
    if (module == "builtins") callable = builtins_dict()->get_str(intern(attr));
    else if (!m.is_null()) callable = getattr(m, intern(attr));
  } catch (PyError& e) {
    if (!isinstance(e.exc, &exc::ImportError) && !isinstance(e.exc, &exc::AttributeError)) throw;
    callable = Value::null();
  }
  if (callable.is_null()) {
    warn(&exc::RuntimeWarning, "Ignoring unimportable $PYTHONBREAKPOINT: \"" + target + "\"");
    return Value::none();
  }
  return call(callable, args, nargs, kw);
}

// ---- __import__ ----------------------------------------------------------------------

Value b_import(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__import__(name, globals=None, locals=None, fromlist=(), level=0)");
  auto [name, globals, locals, fromlist, level_v] = sig.bind<5>(self, args, nargs, kw);
  (void)locals;
  if (!isinstance(name, &types::str)) raise(&exc::TypeError, "module name must be a string");
  int64_t level = level_v.is_null() ? 0 : index_value(level_v, "level");
  if (level < 0) raise(&exc::ValueError, "level must be >= 0");
  if (level > 0) {
    // importlib's resolve_name: the package comes from the caller's globals.
    if (globals.is_null() || globals.is_none()) raise_key_error(str_value("'__name__' not in globals"));
    if (!isinstance(globals, &types::dict)) raise(&exc::TypeError, "globals must be a dict");
    Dict* g = globals.as<Dict>();
    Value package = g->get_str(intern("__package__"));
    if (package.is_null() || package.is_none()) {
      Value modname = g->get_str(intern("__name__"));
      if (modname.is_null()) raise_key_error(str_value("'__name__' not in globals"));
      std::string mn = str_string(modname);
      size_t dot = mn.rfind('.');
      package = str_value(dot == std::string::npos ? "" : mn.substr(0, dot));
    }
    if (str_string(package).empty())
      raise(&exc::ImportError, "attempted relative import with no known parent package");
    raise(&exc::ImportError, "relative imports are not supported yet: no packages in pyvm's import system");
  }
  const std::string& n = name.as<Str>()->data;
  if (n.empty()) raise(&exc::ValueError, "Empty module name");
  if (!g_import_hook) raise(&exc::ImportError, "__import__ not found");
  Value m = g_import_hook(name.as<Str>());
  // Without a fromlist, `import a.b` binds the top-level package.
  size_t dot = n.find('.');
  bool has_fromlist = !fromlist.is_null() && !fromlist.is_none() && truthy(fromlist);
  if (dot != std::string::npos && !has_fromlist) return g_import_hook(intern(n.substr(0, dot)));
  return m;
}

const MethodEntry kQuitterMethods[] = {{"__call__", quitter_call}};
const MethodEntry kPrinterMethods[] = {{"__call__", printer_call}};
const MethodEntry kAnextMethods[] = {{"send", anext_send}, {"throw", anext_throw}, {"close", anext_close},
                                     {"__await__", anext_self}};

Value make_printer(const char* name, std::string data, std::vector<std::string> files = {}) {
  return Value::object(heap().make<Printer>(name, std::move(data), std::move(files)));
}

}  // namespace

void set_import_hook(ImportHook hook) { g_import_hook = hook; }

Value breakpointhook_function() {
  static Value f = Value::object(heap().make<Builtin>("breakpointhook", s_breakpointhook));
  return f;
}

void install_site_builtins(Dict* d) {
  quitter_type.module = Value::object(intern("_sitebuiltins"));
  printer_type.module = Value::object(intern("_sitebuiltins"));
  helper_type.module = Value::object(intern("_sitebuiltins"));
  quitter_type.repr = quitter_repr;
  quitter_type.call = quitter_call;
  printer_type.repr = printer_repr;
  printer_type.call = printer_call;
  helper_type.repr = helper_repr;
  helper_type.call = helper_call;
  install_methods(&quitter_type, std::begin(kQuitterMethods), std::end(kQuitterMethods));
  install_methods(&printer_type, std::begin(kPrinterMethods), std::end(kPrinterMethods));
  anext_awaitable_type.iter = anext_iter;
  anext_awaitable_type.next = anext_next;
  anext_awaitable_type.flags &= ~kBaseType;
  install_methods(&anext_awaitable_type, std::begin(kAnextMethods), std::end(kAnextMethods));

  d->set_str(intern("exit"), Value::object(heap().make<Quitter>("exit")));
  d->set_str(intern("quit"), Value::object(heap().make<Quitter>("quit")));
  d->set_str(intern("help"), Value::object(heap().make<Object>(&helper_type)));
  d->set_str(intern("copyright"),
             make_printer("copyright",
                          "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
                          "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
                          "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n"
                          "All Rights Reserved.\n\n"
                          "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."));
  d->set_str(intern("credits"),
             make_printer("credits",
                          "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
                          "    for supporting Python development.  See www.python.org for more information."));
  std::string stdlib = PYVM_STDLIB_DIR;
  std::vector<std::string> files;
  for (const std::string& dir : {stdlib + "/..", stdlib, std::string(".")})
    for (const char* f : {"LICENSE.txt", "LICENSE"}) files.push_back(dir + "/" + f);
  d->set_str(intern("license"), make_printer("license", "See https://www.python.org/psf/license/", std::move(files)));

  static const struct {
    const char* name;
    NativeFn fn;
  } functions[] = {{"aiter", b_aiter}, {"anext", b_anext}, {"breakpoint", b_breakpoint}, {"__import__", b_import}};
  for (const auto& f : functions) d->set_str(intern(f.name), Value::object(heap().make<Builtin>(f.name, f.fn)));

  d->set_str(intern("__debug__"), Value::boolean(true));
  d->set_str(intern("None"), Value::none());
  d->set_str(intern("True"), Value::boolean(true));
  d->set_str(intern("False"), Value::boolean(false));
  d->set_str(intern("__doc__"),
             str_value("Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct "
                       "access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full name "
                       "for the built-in function len().\n\nThis module is not normally accessed explicitly by most\n"
                       "applications, but can be useful in modules that provide\nobjects with the same name as a "
                       "built-in value, but in\nwhich the built-in of that name is also needed."));
  d->set_str(intern("__package__"), Value::object(intern("")));
  d->set_str(intern("__loader__"), Value::none());
  d->set_str(intern("__spec__"), Value::none());
}

}  // namespace rt
