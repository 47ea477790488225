// discover_plugins(): scans the search path and loads every plugin file it finds.
#include "plugin/plugin_discovery.hpp"

#include "api/api_boundary.hpp"

#include "plugin/debug_log.hpp"
#include "plugin/plugin_library.hpp"
#include "plugin/plugin_search_path.hpp"

#include <dirent.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <string_view>
#include <system_error>

namespace textnorm::detail {
namespace {

// The plugin files of `dir`, sorted. Read with opendir(3), not std::filesystem: libstdc++'s
// directory_iterator allocates inside noexcept code, so running out of memory there would
// terminate the process instead of throwing std::bad_alloc.
std::vector<std::filesystem::path> plugin_files_in(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  DIR* const stream = ::opendir(dir.c_str());
  if (stream == nullptr) {
    debug_log("cannot read plugin directory " + dir.string() + ": " + std::strerror(errno));
    return files;
  }
  const std::unique_ptr<DIR, int (*)(DIR*)> closer(stream, ::closedir);
  while (const dirent* entry = ::readdir(stream)) {
    const std::string_view file = entry->d_name;
    if (file.rfind("textnorm-", 0) == 0 && file.size() > 3 && file.substr(file.size() - 3) == ".so")
      files.push_back(dir / file);
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool wanted(const std::vector<std::string>* only, const std::string& name) {
  return only == nullptr || only->empty() ||
         std::find(only->begin(), only->end(), name) != only->end();
}

}  // namespace

Discovery discover(const std::vector<std::string>& plugin_path, bool default_plugin_path,
                   const std::vector<std::string>* only) {
  Discovery found;
  for (const std::filesystem::path& dir : plugin_search_path(plugin_path, default_plugin_path)) {
    found.info.search_path.push_back(dir.string());
    debug_log("searching " + dir.string());
    for (const std::filesystem::path& file : plugin_files_in(dir)) {
      const std::string name = plugin_name_from_file(file);
      if (!name.empty() && !wanted(only, name)) {
        debug_log("not loading " + file.string() + ": not among the requested plugins");
        continue;
      }
      auto shadow = std::find_if(found.info.plugins.begin(), found.info.plugins.end(),
                                 [&](const PluginInfo& p) { return p.name == name; });
      if (shadow != found.info.plugins.end()) {
        found.info.shadowed.push_back({file.string(), "shadowed by " + shadow->path});
        debug_log("skipping " + file.string() + ": shadowed by " + shadow->path);
        continue;
      }
      std::string reason;
      if (auto plugin = load_plugin(file, reason)) {
        found.info.plugins.push_back(plugin->info);
        found.descriptors.push_back(plugin->descriptor);
      } else {
        found.info.rejected.push_back({file.string(), reason});
        debug_log("rejected " + file.string() + ": " + reason);
      }
    }
  }
  return found;
}

}  // namespace textnorm::detail

namespace textnorm {

PluginDiscovery discover_plugins(const std::vector<std::string>& plugin_path,
                                 bool default_plugin_path) {
  return detail::at_api_boundary(
      [&] { return detail::discover(plugin_path, default_plugin_path, nullptr).info; });
}

}  // namespace textnorm
