#include "front/unicode_names.h"

#include <cctype>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>

namespace front {
namespace {

const char* const kNameFiles[] = {
    "/usr/share/perl/5.36.0/unicore/Name.pl",
    "/usr/share/perl/5.36/unicore/Name.pl",
};

// Name.pl holds records "HEX\nNAME\n\n" (HEX may list several code points for a
// named sequence, which \N{} does not accept).
std::unordered_map<std::string, uint32_t> load_names() {
  std::unordered_map<std::string, uint32_t> names;
  for (const char* path : kNameFiles) {
    std::ifstream in(path);
    if (!in) continue;
    std::string line, hex;
    bool expect_name = false;
    while (std::getline(in, line)) {
      if (line.empty()) {
        expect_name = false;
        continue;
      }
      if (!expect_name) {
        if (std::isxdigit(static_cast<unsigned char>(line[0])) &&
            line.find_first_not_of("0123456789ABCDEF") == std::string::npos) {
          hex = line;
          expect_name = true;
        }
        continue;
      }
      names.emplace(line, static_cast<uint32_t>(std::stoul(hex, nullptr, 16)));
      expect_name = false;
    }
    break;
  }
  return names;
}

}  // namespace

bool lookup_unicode_name(std::string_view name, uint32_t& cp) {
  std::string upper;
  for (char c : name) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  static const std::string kCjk = "CJK UNIFIED IDEOGRAPH-";
  if (upper.rfind(kCjk, 0) == 0) {
    std::string hex = upper.substr(kCjk.size());
    if ((hex.size() == 4 || hex.size() == 5) &&
        hex.find_first_not_of("0123456789ABCDEF") == std::string::npos) {
      cp = static_cast<uint32_t>(std::stoul(hex, nullptr, 16));
      return true;
    }
    return false;
  }
  static const std::unordered_map<std::string, uint32_t> names = load_names();
  auto it = names.find(upper);
  if (it == names.end()) return false;
  cp = it->second;
  return true;
}

}  // namespace front
