// Writes JSON strings with the escapes RFC 8259 requires (the input is valid UTF-8).
#ifndef TEXTNORM_CLI_JSON_WRITER_HPP
#define TEXTNORM_CLI_JSON_WRITER_HPP

#include <string>
#include <string_view>
#include <vector>

namespace textnorm::cli {

std::string json_string(std::string_view text);
std::string json_string_array(const std::vector<std::string>& items);

}  // namespace textnorm::cli

#endif  // TEXTNORM_CLI_JSON_WRITER_HPP
