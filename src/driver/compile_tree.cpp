// `pyc compile PATH...`: files and folders, one report per failing file.
#include <algorithm>
#include <filesystem>
#include <ostream>
#include <system_error>

#include "driver/driver.h"

namespace fs = std::filesystem;

namespace driver {

namespace {

bool skipped_dir(const fs::path& p) {
  std::string name = p.filename().string();
  return name == "__pycache__" || (!name.empty() && name[0] == '.');
}

// Every *.py below `root`, sorted so that output and work order are stable.
std::vector<std::string> python_files(const std::string& root, std::ostream& err, int& failures) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    err << "can't read folder '" << root << "': " << ec.message() << "\n";
    ++failures;
    return files;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      err << "can't read folder '" << root << "': " << ec.message() << "\n";
      ++failures;
      break;
    }
    std::error_code type_ec;
    if (it->is_directory(type_ec)) {
      if (skipped_dir(it->path())) it.disable_recursion_pending();
      continue;
    }
    if (it->path().extension() == ".py" && it->is_regular_file(type_ec)) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

void compile_one(const std::string& path, std::ostream& err, bool force, Summary& s) {
  try {
    if (compile_file(path, force, &err) == Outcome::Compiled)
      ++s.compiled;
    else
      ++s.up_to_date;
  } catch (...) {
    std::string text = describe_current_exception(path, true);
    if (text.empty() || text.back() != '\n') text += '\n';
    err << text;
    ++s.failed;
  }
}

}  // namespace

Summary compile_paths(const std::vector<std::string>& paths, std::ostream& err, bool force) {
  Summary s;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      for (const std::string& file : python_files(path, err, s.failed)) compile_one(file, err, force, s);
    } else {
      compile_one(path, err, force, s);
    }
  }
  return s;
}

}  // namespace driver
