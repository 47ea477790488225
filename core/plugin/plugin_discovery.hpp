// Finds and loads plugins along the search path.
#ifndef TEXTNORM_CORE_PLUGIN_PLUGIN_DISCOVERY_HPP
#define TEXTNORM_CORE_PLUGIN_PLUGIN_DISCOVERY_HPP

#include <textnorm/plugin_abi.h>
#include <textnorm/plugin_info.hpp>

#include <string>
#include <vector>

namespace textnorm::detail {

struct Discovery {
  PluginDiscovery info;
  std::vector<const textnorm_plugin_descriptor*> descriptors;  // parallel to info.plugins
};

// Loads the plugins found along the search path; the first plugin of a name wins, later ones are
// rejected as shadowed. When `only` is non-empty, other plugin files are not even opened. A
// directory or file that others than its owner may write is rejected, with the reason, unless
// `allow_insecure`; so is a file named nearly like a plugin (libtextnorm-de.so).
Discovery discover(const std::vector<std::string>& plugin_path, bool default_plugin_path,
                   const std::vector<std::string>* only, bool allow_insecure);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_PLUGIN_PLUGIN_DISCOVERY_HPP
