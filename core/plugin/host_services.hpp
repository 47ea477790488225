// The services table the host hands every plugin (see textnorm_host_services).
#ifndef TEXTNORM_CORE_PLUGIN_HOST_SERVICES_HPP
#define TEXTNORM_CORE_PLUGIN_HOST_SERVICES_HPP

#include <textnorm/plugin_abi.h>

namespace textnorm::detail {

// A process-wide table; its transforms are shared and never freed.
const textnorm_host_services& host_services();

// Copies `message` into a plugin-facing error buffer (truncating, NUL-ended).
void copy_error(textnorm_error* error, const char* message);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_PLUGIN_HOST_SERVICES_HPP
