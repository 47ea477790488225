// Where the host looks for plugins, in order.
#ifndef TEXTNORM_CORE_PLUGIN_PLUGIN_SEARCH_PATH_HPP
#define TEXTNORM_CORE_PLUGIN_PLUGIN_SEARCH_PATH_HPP

#include <filesystem>
#include <string>
#include <vector>

namespace textnorm::detail {

// The user's directories (made absolute), then TEXTNORM_PLUGIN_PATH (colon-separated; empty
// entries are skipped, never read as the current directory), then <libdir>/textnorm-1 found from
// this library's own location. Duplicates are dropped.
std::vector<std::filesystem::path> plugin_search_path(const std::vector<std::string>& user_dirs,
                                                      bool include_defaults);

// The directory installed beside libtextnorm: <directory of the library>/textnorm-1.
std::filesystem::path installed_plugin_dir();

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_PLUGIN_PLUGIN_SEARCH_PATH_HPP
