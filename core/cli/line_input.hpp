// Reads a file (or standard input for "-") line by line for the commands that inspect text.
#ifndef TEXTNORM_CLI_LINE_INPUT_HPP
#define TEXTNORM_CLI_LINE_INPUT_HPP

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace textnorm::cli {

// Calls on_line(line, line_number) for each line (ending at LF, CRLF or CR; a leading BOM is
// dropped). Throws Error(IO) naming the file when it cannot be read.
void for_each_line(const std::string& name,
                   const std::function<void(std::string_view, std::size_t)>& on_line);

}  // namespace textnorm::cli

#endif  // TEXTNORM_CLI_LINE_INPUT_HPP
