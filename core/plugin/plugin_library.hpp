// Opens one plugin file and checks its descriptor.
#ifndef TEXTNORM_CORE_PLUGIN_PLUGIN_LIBRARY_HPP
#define TEXTNORM_CORE_PLUGIN_PLUGIN_LIBRARY_HPP

#include <textnorm/plugin_abi.h>
#include <textnorm/plugin_info.hpp>

#include <filesystem>
#include <optional>
#include <string>

namespace textnorm::detail {

struct LoadedPlugin {
  const textnorm_plugin_descriptor* descriptor;
  PluginInfo info;
};

// The plugin name a file name promises: "textnorm-fr.so" gives "fr"; empty when the file name
// is not of that form.
std::string plugin_name_from_file(const std::filesystem::path& path);

// The plugin file name that `path`, a near miss, was likely meant as: "libtextnorm-de.so",
// "textnorm_de.so", "textnorm-de.so.1" and "textnorm-DE.so" give "textnorm-de.so". Empty when
// the file is a correct plugin file name or looks like no plugin at all.
std::string intended_plugin_file(const std::filesystem::path& path);

// Loads `path` (absolute) with RTLD_NOW | RTLD_LOCAL and validates the descriptor. The library
// stays loaded for the life of the process. On failure returns nothing and sets `reason` to a
// one-line explanation.
std::optional<LoadedPlugin> load_plugin(const std::filesystem::path& path, std::string& reason);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_PLUGIN_PLUGIN_LIBRARY_HPP
