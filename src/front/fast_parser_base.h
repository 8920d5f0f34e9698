// The generated parser's superclass (grammar option superClass) and the token
// stream it reads. Both replace runtime code that is general but slow on our input:
//   - antlr4::Parser's rule entry/exit find the parent context with dynamic_cast
//     (two failed type_info string compares per call, a tenth of the parse); every
//     parent of a parse-tree context is a ParserRuleContext, so static_cast is exact;
//   - CommonTokenStream::LT/LA/consume scan for tokens off the default channel;
//     the tokenizer puts every token on it and the stream is filled up front, so a
//     lookahead is an index;
//   - Recognizer::getInterpreter is a dynamic_cast, called before every prediction.
// Included by the generated PythonParser.h (grammar/PythonParser.g4 @parser::header).
#pragma once

#include <antlr4-runtime.h>

#include <new>
#include <type_traits>
#include <utility>
#include <typeinfo>
#include <vector>

namespace front {

// A CommonTokenStream whose tokens are all fetched (call load() once after fill())
// and all on the default channel.
class FilledTokenStream : public antlr4::CommonTokenStream {
 public:
  using antlr4::CommonTokenStream::CommonTokenStream;

  // Fetches every token (the source must make CommonTokens, ending with EOF)
  // without fill()'s per-token dynamic_cast.
  void load() {
    _tokens.clear();
    for (;;) {
      std::unique_ptr<antlr4::Token> t = _tokenSource->nextToken();
      static_cast<antlr4::CommonToken*>(t.get())->setTokenIndex(_tokens.size());
      const bool eof = t->getType() == antlr4::Token::EOF;
      _tokens.push_back(std::move(t));
      if (eof) break;
    }
    _fetchedEOF = true;
    antlr4::CommonTokenStream::seek(0);
    types_.clear();
    types_.reserve(_tokens.size());
    for (auto& t : _tokens) types_.push_back(t->getType());
  }

  antlr4::Token* LT(ssize_t k) override {
    if (k > 0) {
      size_t i = _p + static_cast<size_t>(k) - 1;
      return i < _tokens.size() ? _tokens[i].get() : _tokens.back().get();
    }
    if (k == 0) return nullptr;
    size_t back = static_cast<size_t>(-k);
    return back <= _p ? _tokens[_p - back].get() : nullptr;
  }
  // The type of token i (EOF past the end), as LA(1) would give at index i.
  size_t type_at(size_t i) const {
    return static_cast<size_t>(i < types_.size() ? types_[i] : types_.back());
  }
  size_t LA(ssize_t k) override {
    if (k > 0) {
      size_t i = _p + static_cast<size_t>(k) - 1;
      return static_cast<size_t>(i < types_.size() ? types_[i] : types_.back());
    }
    return LT(k)->getType();
  }
  void seek(size_t index) override { _p = index < _tokens.size() ? index : _tokens.size() - 1; }
  void consume() override {
    if (_p + 1 < _tokens.size()) {
      ++_p;
      return;
    }
    antlr4::CommonTokenStream::consume();  // at EOF: the runtime's error
  }

 private:
  std::vector<int> types_;
};

// Parse-tree contexts are bump-allocated from a per-thread pool while a Scope is
// open, and the pool is emptied when the outermost Scope closes (after its parser,
// which deletes the contexts, is gone): deleting a context then only runs its
// destructor. Outside any Scope, contexts come from the heap as usual. A 16-byte
// header tells the two apart.
class TreePool {
 public:
  class Scope {
   public:
    Scope() { ++state().depth; }
    ~Scope() {
      if (--state().depth == 0) state().reset();
    }
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;
  };

  static void* allocate(size_t size) {
    State& s = state();
    const size_t need = kHeader + ((size + 15) & ~size_t{15});
    char* p;
    if (s.depth == 0 || need > kChunk / 16) {
      p = static_cast<char*>(::operator new(need));
      *reinterpret_cast<size_t*>(p) = 0;
    } else {
      p = s.bump(need);
      *reinterpret_cast<size_t*>(p) = 1;
    }
    return p + kHeader;
  }
  static bool active() { return state().depth > 0; }
  static void deallocate(void* ptr) {
    if (!ptr) return;
    char* p = static_cast<char*>(ptr) - kHeader;
    if (*reinterpret_cast<size_t*>(p) == 0) ::operator delete(p);
  }

 private:
  static constexpr size_t kHeader = 16;
  static constexpr size_t kChunk = 256 * 1024;
  static constexpr size_t kKeptChunks = 16;  // what stays allocated between parses

  struct State {
    int depth = 0;
    std::vector<char*> chunks;  // each kChunk bytes; those past `current` are free
    size_t current = 0;         // index of the chunk being filled
    char* next = nullptr;
    char* end = nullptr;

    ~State() {
      for (char* c : chunks) ::operator delete(c);
    }
    char* bump(size_t n) {
      if (static_cast<size_t>(end - next) < n) advance();
      char* p = next;
      next += n;
      return p;
    }
    void advance() {
      if (next != nullptr) ++current;
      if (current == chunks.size()) chunks.push_back(static_cast<char*>(::operator new(kChunk)));
      next = chunks[current];
      end = next + kChunk;
    }
    void reset() {
      while (chunks.size() > kKeptChunks) {
        ::operator delete(chunks.back());
        chunks.pop_back();
      }
      current = 0;
      next = nullptr;
      end = nullptr;
    }
  };
  static State& state() {
    static thread_local State s;
    return s;
  }
};

// Tokens for FilledTokenStream, from the TreePool like the contexts.
class PooledToken : public antlr4::CommonToken {
 public:
  using antlr4::CommonToken::CommonToken;
  static void* operator new(size_t size) { return TreePool::allocate(size); }
  static void operator delete(void* p) { TreePool::deallocate(p); }
};

// The superclass of every generated context (grammar option contextSuperClass).
// The generated child accessors (ctx->block(), ctx->NAME(), ...) call these, which
// hide ParserRuleContext's: those dynamic_cast every child. A child is either a
// terminal (TerminalNodeImpl; ErrorNodeImpl only after error recovery, which the
// parse never does, but it is handled) or a generated context, whose rule index
// says which rule it is (labeled alternatives are subclasses of their rule's class).
class FastContext : public antlr4::ParserRuleContext {
 public:
  using antlr4::ParserRuleContext::ParserRuleContext;

  static void* operator new(size_t size) { return TreePool::allocate(size); }
  static void operator delete(void* p) { TreePool::deallocate(p); }

  template <class T>
  T* getRuleContext(size_t i) {
    size_t j = 0;
    for (auto* child : children) {
      if (is_rule<T>(child) && j++ == i) return static_cast<T*>(child);
    }
    return nullptr;
  }
  template <class T>
  std::vector<T*> getRuleContexts() {
    std::vector<T*> out;
    for (auto* child : children) {
      if (is_rule<T>(child)) out.push_back(static_cast<T*>(child));
    }
    return out;
  }
  antlr4::tree::TerminalNode* getToken(size_t ttype, size_t i) override {
    if (i >= children.size()) return nullptr;
    size_t j = 0;
    for (auto* child : children) {
      if (!is_terminal(child)) continue;
      auto* t = static_cast<antlr4::tree::TerminalNode*>(child);
      if (t->getSymbol()->getType() == ttype && j++ == i) return t;
    }
    return nullptr;
  }
  std::vector<antlr4::tree::TerminalNode*> getTokens(size_t ttype) override {
    std::vector<antlr4::tree::TerminalNode*> out;
    for (auto* child : children) {
      if (!is_terminal(child)) continue;
      auto* t = static_cast<antlr4::tree::TerminalNode*>(child);
      if (t->getSymbol()->getType() == ttype) out.push_back(t);
    }
    return out;
  }

 private:
  static bool is_terminal(antlr4::tree::ParseTree* p) {
    const std::type_info& type = typeid(*p);
    // Addresses, not operator== (which may compare names): each type_info object
    // is unique in the process (see is_exactly in builder.h).
    return &type == &typeid(antlr4::tree::TerminalNodeImpl) || &type == &typeid(antlr4::tree::ErrorNodeImpl);
  }
  template <class T>
  static bool is_rule(antlr4::tree::ParseTree* p) {
    const std::type_info& type = typeid(*p);
    if (&type == &typeid(T)) return true;
    if (is_terminal(p)) return false;
    static const size_t rule = T(nullptr, 0).getRuleIndex();
    return static_cast<antlr4::RuleContext*>(p)->getRuleIndex() == rule;
  }
};

class FastParserBase : public antlr4::Parser {
 public:
  using antlr4::Parser::Parser;

  // The generated rules predict with getInterpreter<atn::ParserATNSimulator>()->
  // adaptivePredict(...); this hides Recognizer::getInterpreter (a dynamic_cast)
  // and routes the call to predict().
  struct Predictor {
    FastParserBase* parser;
    size_t adaptivePredict(antlr4::TokenStream* input, size_t decision, antlr4::ParserRuleContext* outer) {
      return parser->predict(input, decision, outer);
    }
  };
  template <class T>
  Predictor* getInterpreter() {
    static_assert(std::is_same_v<T, antlr4::atn::ParserATNSimulator>);
    return &predictor_;
  }
  // The interpreter is always the ParserATNSimulator the generated constructor made.
  antlr4::atn::ParserATNSimulator* simulator() const {
    return static_cast<antlr4::atn::ParserATNSimulator*>(_interpreter);
  }

  // ParserATNSimulator::adaptivePredict's DFA walk (execATN's loop) for the common
  // case, SLL mode and a path already in the shared DFA, without its locks,
  // std::function, stream seeks and merge-cache clearing. Anything else (a missing
  // edge, the error state, predicates, full-context mode) is left to the runtime,
  // which redoes the walk from the start; the result is the same either way.
  size_t predict(antlr4::TokenStream* input, size_t decision, antlr4::ParserRuleContext* outer) {
    auto* sim = simulator();
    if (&typeid(*input) == &typeid(FilledTokenStream) &&
        sim->getPredictionMode() == antlr4::atn::PredictionMode::SLL) {
      auto* stream = static_cast<FilledTokenStream*>(input);
      antlr4::dfa::DFA& dfa = sim->decisionToDFA[decision];
      antlr4::dfa::DFAState* d = dfa.isPrecedenceDfa() ? dfa.getPrecedenceStartState(getPrecedence()) : dfa.s0;
      const antlr4::dfa::DFAState* error = antlr4::atn::ATNSimulator::ERROR.get();
      size_t i = stream->index();
      while (d != nullptr) {
        const size_t t = stream->type_at(i);
        auto edge = d->edges.find(t);
        if (edge == d->edges.end() || edge->second == error) break;
        d = edge->second;
        if (d->isAcceptState) {
          if (d->predicates.empty()) return d->prediction;
          break;
        }
        if (t != antlr4::Token::EOF) ++i;
      }
    }
    return sim->adaptivePredict(input, decision, outer);
  }

  void enterRule(antlr4::ParserRuleContext* localctx, size_t state, size_t) override {
    setState(state);
    _ctx = localctx;
    _ctx->start = _input->LT(1);
    if (_buildParseTrees && _ctx->parent) parent_of(_ctx)->addChild(_ctx);
    if (!_parseListeners.empty()) triggerEnterRuleEvent();
  }

  // Parser::consume, with terminal nodes placed in the TreePool and never deleted
  // (a TerminalNodeImpl owns no memory) while a TreePool::Scope is open.
  antlr4::Token* consume() override {
    if (!TreePool::active() || !_buildParseTrees || !_parseListeners.empty() ||
        _errHandler->inErrorRecoveryMode(this))
      return antlr4::Parser::consume();
    antlr4::Token* o = _input->LT(1);
    if (o->getType() != antlr4::Token::EOF) _input->consume();
    void* mem = TreePool::allocate(sizeof(antlr4::tree::TerminalNodeImpl));
    _ctx->addChild(new (mem) antlr4::tree::TerminalNodeImpl(o));
    return o;
  }

  // Hides antlrcpp::finally, which wraps the generated rules' exit actions in a
  // std::function; a plain scope guard does the same.
  template <class F>
  struct ScopeExit {
    F action;
    ~ScopeExit() { action(); }
  };
  template <class F>
  static ScopeExit<F> finally(F action) {
    return ScopeExit<F>{std::move(action)};
  }

  // Hides antlr4::Parser::exitRule (not virtual): the generated rule functions
  // call this one.
  void exitRule() {
    _ctx->stop = _input->LT(_matchedEOF ? 1 : -1);
    if (!_parseListeners.empty()) triggerExitRuleEvent();
    setState(_ctx->invokingState);
    _ctx = parent_of(_ctx);
  }

  void enterOuterAlt(antlr4::ParserRuleContext* localctx, size_t altNum) override {
    localctx->setAltNumber(altNum);
    // Room for a few children up front: growing 1, 2, 4 costs three allocations.
    if (localctx->children.capacity() == 0) localctx->children.reserve(4);
    if (_buildParseTrees && _ctx != localctx) {
      if (auto* parent = parent_of(_ctx)) {
        parent->removeLastChild();
        parent->addChild(localctx);
      }
    }
    _ctx = localctx;
  }

  void enterRecursionRule(antlr4::ParserRuleContext* localctx, size_t state, size_t,
                          int precedence) override {
    setState(state);
    _precedenceStack.push_back(precedence);
    _ctx = localctx;
    _ctx->start = _input->LT(1);
    if (!_parseListeners.empty()) triggerEnterRuleEvent();
  }

  void unrollRecursionContexts(antlr4::ParserRuleContext* parentctx) override {
    _precedenceStack.pop_back();
    _ctx->stop = _input->LT(-1);
    antlr4::ParserRuleContext* retctx = _ctx;
    if (!_parseListeners.empty()) {
      while (_ctx != parentctx) {
        triggerExitRuleEvent();
        _ctx = parent_of(_ctx);
      }
    } else {
      _ctx = parentctx;
    }
    retctx->parent = parentctx;
    if (_buildParseTrees && parentctx != nullptr) parentctx->addChild(retctx);
  }

 private:
  Predictor predictor_{this};

  static antlr4::ParserRuleContext* parent_of(antlr4::ParserRuleContext* ctx) {
    return static_cast<antlr4::ParserRuleContext*>(ctx->parent);
  }
};

}  // namespace front

// The generated parser lives in namespace pygen; the grammar names its superclass
// unqualified (an ANTLR option value cannot contain `::`).
namespace pygen {
using FastParserBase = front::FastParserBase;
using FastContext = front::FastContext;
}
