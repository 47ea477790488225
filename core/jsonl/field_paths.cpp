#include "jsonl/field_paths.hpp"

#include <textnorm/error.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace textnorm::detail {

std::vector<FieldPath> parse_field_paths(const std::vector<std::string>& paths) {
  std::vector<FieldPath> parsed;
  for (const std::string& text : paths) {
    FieldPath path{text, {}};
    std::string_view rest = text;
    while (true) {
      const std::size_t dot = rest.find('.');
      path.keys.emplace_back(rest.substr(0, dot));
      if (path.keys.back().empty())
        throw Error(ErrorKind::USAGE,
                    fmt::format("--field '{}': a path is keys separated by dots", text));
      if (dot == std::string_view::npos) break;
      rest.remove_prefix(dot + 1);
    }
    if (std::any_of(parsed.begin(), parsed.end(), [&](const FieldPath& p) { return p.text == text; }))
      throw Error(ErrorKind::USAGE, fmt::format("--field '{}' is given twice", text));
    parsed.push_back(std::move(path));
  }
  return parsed;
}

}  // namespace textnorm::detail
