// Writes a JSON string with only the escapes RFC 8259 requires: '"', '\\' and the control
// characters U+0000..U+001F. Everything else, UTF-8 included, is written as it is.
#ifndef TEXTNORM_CORE_JSONL_JSON_STRING_HPP
#define TEXTNORM_CORE_JSONL_JSON_STRING_HPP

#include <string>
#include <string_view>

namespace textnorm::detail {

// Appends `text` as a quoted JSON string.
void append_json_string(std::string& out, std::string_view text);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_JSONL_JSON_STRING_HPP
