// What the host needs from a plugin's descriptor before it uses it.
#ifndef TEXTNORM_CORE_PLUGIN_DESCRIPTOR_CHECK_HPP
#define TEXTNORM_CORE_PLUGIN_DESCRIPTOR_CHECK_HPP

#include <textnorm/plugin_abi.h>

#include <string>

namespace textnorm::detail {

// Why `descriptor` (of the file that promises the plugin `expected_name`) cannot be used, as one
// line of valid UTF-8; empty when it is usable.
std::string check_descriptor(const textnorm_plugin_descriptor* descriptor,
                             const std::string& expected_name);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_PLUGIN_DESCRIPTOR_CHECK_HPP
