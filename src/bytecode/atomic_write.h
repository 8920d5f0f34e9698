// Write-then-rename, so readers see the old file or the new one, never half.
#pragma once

#include <string>
#include <string_view>

#include "bytecode/errors.h"

namespace bytecode {

// Writes `bytes` to a fresh temporary file in `path`'s folder, optionally fsyncs
// it, and renames it over `path`. Throws WriteError "<path>: <reason>"; the
// temporary file is removed on every failure path.
void write_file_atomically(const std::string& path, std::string_view bytes, bool sync = false);

}  // namespace bytecode
