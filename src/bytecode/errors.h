// Errors a user can cause with a cache file: the tools print what() and exit
// non-zero, so every message names the file and says what is wrong with it.
#pragma once

#include <stdexcept>
#include <string>

namespace bytecode {

// A cache file or code object that must not run: unreadable, foreign, damaged,
// from another format version, or failing verification. what() is
// "<file>: <reason>" when a file is involved, else just the reason.
class LoadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A cache file that could not be written (no permission, disk full, ...).
// what() is "<file>: <reason>". No partial file is left behind.
class WriteError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace bytecode
