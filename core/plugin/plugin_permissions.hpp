// Whether a plugin directory or file is safe to load code from: nobody but its owner may write
// it. Who the owner is does not matter (Hadoop and Spark run jobs as another user).
#ifndef TEXTNORM_CORE_PLUGIN_PLUGIN_PERMISSIONS_HPP
#define TEXTNORM_CORE_PLUGIN_PLUGIN_PERMISSIONS_HPP

#include <filesystem>
#include <string>

namespace textnorm::detail {

// Why code must not be loaded from `path` (a directory or, symbolic links followed, a file):
// "plugin directory /x is writable by others (mode 0777) ..."; empty when it is safe.
std::string insecure_reason(const std::filesystem::path& path);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_PLUGIN_PLUGIN_PERMISSIONS_HPP
