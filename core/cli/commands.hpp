// The subcommands of `textnorm`. Each takes the arguments after its name and returns an exit
// code; each throws Error for failures that main() reports.
#ifndef TEXTNORM_CLI_COMMANDS_HPP
#define TEXTNORM_CLI_COMMANDS_HPP

#include <string>
#include <vector>

namespace textnorm::cli {

int run_normalize(const std::vector<std::string>& args);
int run_plugins(const std::vector<std::string>& args);
int run_detect(const std::vector<std::string>& args);
int run_variants(const std::vector<std::string>& args);

}  // namespace textnorm::cli

#endif  // TEXTNORM_CLI_COMMANDS_HPP
