// textnorm_normalizer_options -> Options, extensible-struct style: fields are read when the
// caller's size covers them, and unknown trailing bytes must be zero.
#include "capi/c_options.hpp"

#include <textnorm/error.hpp>

#include <fmt/format.h>

#include <cstddef>
#include <string>
#include <vector>

namespace textnorm::detail {
namespace {

// Version 1.0 of the struct ends after no_default_plugin_path; every later field is appended.
constexpr std::size_t kFirstVersionSize = sizeof(textnorm_normalizer_options);

std::vector<std::string> string_list(const char* const* list) {
  std::vector<std::string> out;
  for (; list != nullptr && *list != nullptr; ++list) out.emplace_back(*list);
  return out;
}

void require_zero_tail(const textnorm_normalizer_options& options) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(&options);
  for (std::size_t i = sizeof(textnorm_normalizer_options); i < options.size; ++i)
    if (bytes[i] != 0)
      throw Error(ErrorKind::USAGE,
                  fmt::format("textnorm_normalizer_options: byte {} sets an option this library "
                              "(size {}) does not know",
                              i, sizeof(textnorm_normalizer_options)));
}

}  // namespace

Options options_from_c(const textnorm_normalizer_options* c) {
  Options options;
  if (c == nullptr) return options;
  if (c->size < kFirstVersionSize)
    throw Error(ErrorKind::USAGE,
                fmt::format("textnorm_normalizer_options.size is {} (call "
                            "textnorm_normalizer_options_init first)",
                            c->size));
  require_zero_tail(*c);
  if (c->profile != nullptr) options.profile = parse_profile(c->profile);
  if (c->lang != nullptr) options.lang = c->lang;
  if (c->names != nullptr) options.names = parse_names_mode(c->names);
  if (c->invalid != nullptr) options.invalid = parse_invalid_utf8(c->invalid);
  options.transliterate = c->transliterate != 0;
  options.plugins = string_list(c->plugins);
  options.plugin_path = string_list(c->plugin_path);
  options.lexicons = string_list(c->lexicons);
  options.disabled_rules = string_list(c->disabled_rules);
  options.plugin_options = string_list(c->plugin_options);
  options.default_plugin_path = c->no_default_plugin_path == 0;
  return options;
}

}  // namespace textnorm::detail
