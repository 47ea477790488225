#include "plugin/debug_log.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace textnorm::detail {

bool debug_plugins_enabled() {
  static const bool enabled = [] {
    const char* value = std::getenv("TEXTNORM_DEBUG_PLUGINS");
    return value != nullptr && *value != '\0' && std::strcmp(value, "0") != 0;
  }();
  return enabled;
}

void debug_log(std::string_view message) {
  if (!debug_plugins_enabled()) return;
  std::fprintf(stderr, "textnorm: %.*s\n", int(message.size()), message.data());
}

}  // namespace textnorm::detail
