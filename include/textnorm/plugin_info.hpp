// What the host knows about plugins it found: the loaded ones and the files it rejected.
#ifndef TEXTNORM_PLUGIN_INFO_HPP
#define TEXTNORM_PLUGIN_INFO_HPP

#include <textnorm/export.hpp>

#include <string>
#include <vector>

namespace textnorm {

struct RuleInfo {
  std::string id;
  std::string summary;
  std::string plugin;  // "core" for the host's own rules
};

struct PluginInfo {
  std::string name;
  std::string version;
  unsigned abi_major = 0;
  unsigned abi_minor = 0;
  std::vector<std::string> languages;
  std::vector<RuleInfo> rules;
  std::string path;  // absolute path of the shared library
};

struct RejectedPlugin {
  std::string path;
  std::string reason;  // one line, e.g. "ABI 2.0 is newer than the host's 1.0"
};

struct PluginDiscovery {
  std::vector<PluginInfo> plugins;
  std::vector<RejectedPlugin> rejected;
  // Plugins of a name found earlier in the search path (a user's build overriding an installed
  // one): not errors, so not warned about.
  std::vector<RejectedPlugin> shadowed;
  std::vector<std::string> search_path;  // the directories searched, in order
};

// Finds and loads the plugins in the search path that `plugin_path` and `default_plugin_path`
// describe (see Options). Never throws for a broken plugin: it lands in `rejected`, as does a
// file in a directory, or a file, that group or others may write (unless
// `allow_insecure_plugins`), and a file named nearly like a plugin (libtextnorm-de.so).
TEXTNORM_API PluginDiscovery discover_plugins(const std::vector<std::string>& plugin_path,
                                 bool default_plugin_path = true,
                                 bool allow_insecure_plugins = false);

// The host's own rules (ids such as "space.collapse").
TEXTNORM_API const std::vector<RuleInfo>& core_rules();

}  // namespace textnorm

#endif  // TEXTNORM_PLUGIN_INFO_HPP
