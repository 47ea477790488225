#include "plugin/descriptor_check.hpp"

#include "text/utf8.hpp"

#include <fmt/format.h>

#include <cstring>
#include <type_traits>

namespace textnorm::detail {
namespace {

// The phase as the plugin wrote it: a C plugin may store any int there, which C++ must not read
// as the enum before it is known to be one of its values.
long long phase_value(const textnorm_plugin_descriptor& d) {
  std::underlying_type_t<textnorm_phase> value;
  static_assert(sizeof value == sizeof d.phase);
  std::memcpy(&value, &d.phase, sizeof value);
  return value;
}

}  // namespace

std::string check_descriptor(const textnorm_plugin_descriptor* d, const std::string& expected_name) {
  if (d == nullptr) return "entry function returned no descriptor";
  if (d->abi_major != TEXTNORM_ABI_MAJOR || d->abi_minor > TEXTNORM_ABI_MINOR)
    return fmt::format("ABI {}.{} is not supported by this host (ABI {}.{})", d->abi_major,
                       d->abi_minor, TEXTNORM_ABI_MAJOR, TEXTNORM_ABI_MINOR);
  if (d->struct_size < TEXTNORM_DESCRIPTOR_SIZE_1_0)
    return fmt::format("descriptor is too small ({} bytes)", d->struct_size);
  if (d->name == nullptr || expected_name != d->name)
    return fmt::format("plugin calls itself '{}' but its file name says '{}'",
                       printable_line(d->name ? d->name : ""), expected_name);
  if (d->create == nullptr || d->destroy == nullptr)
    return "descriptor lacks a callback";
  const long long phase = phase_value(*d);
  if (phase != TEXTNORM_PHASE_LANGUAGE && phase != TEXTNORM_PHASE_ENTITIES)
    return fmt::format("descriptor has an unknown phase {}", phase);
  // From ABI 1.4, an entities plugin may have no process callback (it only reports names).
  if (d->process == nullptr && (d->abi_minor < 4 || phase != TEXTNORM_PHASE_ENTITIES))
    return "descriptor lacks its process callback";
  if (d->rule_count > 0 && d->rules == nullptr) return "descriptor lacks its rule table";
  for (std::size_t i = 0; i < d->rule_count; ++i)
    if (d->rules[i].id == nullptr || d->rules[i].summary == nullptr)
      return fmt::format("rule {} lacks an id or summary", i);
  return {};
}

}  // namespace textnorm::detail
