#include "plugin/plugin_search_path.hpp"

#include "plugin/debug_log.hpp"

#include <boost/dll/runtime_symbol_info.hpp>

#include <algorithm>
#include <cstdlib>
#include <string_view>

namespace textnorm::detail {
namespace {

void add_unique(std::vector<std::filesystem::path>& dirs, const std::filesystem::path& dir) {
  std::filesystem::path normal = std::filesystem::absolute(dir).lexically_normal();
  if (std::find(dirs.begin(), dirs.end(), normal) == dirs.end()) dirs.push_back(std::move(normal));
}

}  // namespace

std::filesystem::path installed_plugin_dir() {
  return boost::dll::this_line_location().parent_path() / "textnorm-1";
}

std::vector<std::filesystem::path> plugin_search_path(const std::vector<std::string>& user_dirs,
                                                      bool include_defaults) {
  std::vector<std::filesystem::path> dirs;
  for (const std::string& dir : user_dirs)
    if (!dir.empty()) add_unique(dirs, dir);
  if (!include_defaults) return dirs;
  if (const char* env = std::getenv("TEXTNORM_PLUGIN_PATH")) {
    std::string_view rest(env);
    while (!rest.empty()) {
      const std::size_t colon = rest.find(':');
      const std::string_view entry = rest.substr(0, colon);
      if (!entry.empty() && entry.front() == '/')
        add_unique(dirs, std::string(entry));
      else if (!entry.empty())
        debug_log("ignoring relative TEXTNORM_PLUGIN_PATH entry '" + std::string(entry) + "'");
      rest = colon == std::string_view::npos ? std::string_view{} : rest.substr(colon + 1);
    }
  }
  add_unique(dirs, installed_plugin_dir());
  return dirs;
}

}  // namespace textnorm::detail
