// A small command-line reader: long options with a value (`--x V` or `--x=V`), flags, short
// aliases (`-j 4` or `-j4`), and operands. Errors are Error(USAGE).
#ifndef TEXTNORM_CLI_ARGUMENTS_HPP
#define TEXTNORM_CLI_ARGUMENTS_HPP

#include <string>
#include <string_view>
#include <vector>

namespace textnorm::cli {

struct OptionSpec {
  std::string_view name;   // "--profile"
  std::string_view alias;  // "-o", or empty
  bool takes_value;
};

struct ParsedOption {
  std::string name;  // the spec's long name
  std::string value;
};

struct ParsedArguments {
  std::vector<ParsedOption> options;  // in command-line order
  std::vector<std::string> operands;  // "-" stays an operand (standard input)
};

ParsedArguments parse_arguments(const std::vector<std::string>& args,
                                 const std::vector<OptionSpec>& specs);

// Splits "a,b,,c" into {"a","b","c"}.
std::vector<std::string> split_list(std::string_view list);

}  // namespace textnorm::cli

#endif  // TEXTNORM_CLI_ARGUMENTS_HPP
