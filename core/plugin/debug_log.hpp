// TEXTNORM_DEBUG_PLUGINS=1 makes the host explain every plugin decision on stderr.
#ifndef TEXTNORM_CORE_PLUGIN_DEBUG_LOG_HPP
#define TEXTNORM_CORE_PLUGIN_DEBUG_LOG_HPP

#include <string_view>

namespace textnorm::detail {

bool debug_plugins_enabled();

// Prints "textnorm: <message>" to stderr when debugging is on; otherwise does nothing.
void debug_log(std::string_view message);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_PLUGIN_DEBUG_LOG_HPP
