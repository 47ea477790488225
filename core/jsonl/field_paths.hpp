// The --field paths of JSON lines: dotted keys into nested objects ("meta.title").
#ifndef TEXTNORM_CORE_JSONL_FIELD_PATHS_HPP
#define TEXTNORM_CORE_JSONL_FIELD_PATHS_HPP

#include <string>
#include <string_view>
#include <vector>

namespace textnorm::detail {

struct FieldPath {
  std::string text;               // as the user wrote it, used in messages and textnorm_edits
  std::vector<std::string> keys;  // one per level
};

// Parses "a.b" paths; throws Error(USAGE) for an empty path or an empty key ("a..b"), and for a
// path given twice.
std::vector<FieldPath> parse_field_paths(const std::vector<std::string>& paths);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_JSONL_FIELD_PATHS_HPP
