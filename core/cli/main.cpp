// textnorm: the command-line front end.
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

#include <textnorm/error.hpp>
#include <textnorm/plugin_abi.h>
#include <textnorm/plugin_info.hpp>
#include <textnorm/version.hpp>

#include <cstdio>
#include <exception>
#include <string>
#include <vector>

namespace {

constexpr const char* kUsage =
    "usage: textnorm <command> [options] [FILE...]\n"
    "\n"
    "Normalizes news and web text to one canonical UTF-8 form.\n"
    "\n"
    "commands:\n"
    "  normalize   normalize files or standard input, line by line\n"
    "  detect      print the language segments of each line as JSON\n"
    "  plugins     list the plugins found, the rule ids, and rejected plugin files\n"
    "  variants    find candidate name variants in a corpus, as lexicon lines to review\n"
    "\n"
    "options:\n"
    "  -h, --help     show this help (`textnorm <command> --help` for a command's options)\n"
    "  --version [--verbose]  show the versions of textnorm, its plugin ABI and ICU, and with\n"
    "                 --verbose of each plugin found\n"
    "\n"
    "exit codes: 0 ok, 2 usage, 65 invalid input, 69 no plugin for the language,\n"
    "            70 plugin failure or internal error, 74 I/O error\n";

int print_version(const std::vector<std::string>& args) {
  using namespace textnorm;
  const bool verbose = args.size() == 1 && args[0] == "--verbose";
  if (!args.empty() && !verbose)
    throw Error(ErrorKind::USAGE, "--version takes only --verbose");
  std::printf("textnorm %s (plugin ABI %d.%d, ICU %s)\n", TEXTNORM_VERSION_STRING,
              TEXTNORM_ABI_MAJOR, TEXTNORM_ABI_MINOR, icu_version());
  if (!verbose) return cli::kExitOk;
  const PluginDiscovery found = discover_plugins({});
  for (const PluginInfo& p : found.plugins)
    std::printf("plugin %s %s (ABI %u.%u) %s\n", p.name.c_str(), p.version.c_str(), p.abi_major,
                p.abi_minor, p.path.c_str());
  for (const RejectedPlugin& r : found.rejected)
    std::printf("rejected %s: %s\n", r.path.c_str(), r.reason.c_str());
  return cli::kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace textnorm;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::fputs(kUsage, stderr);
    return cli::kExitUsage;
  }
  const std::string command = args.front();
  args.erase(args.begin());
  try {
    if (command == "-h" || command == "--help" || command == "help") {
      std::fputs(kUsage, stdout);
      return cli::kExitOk;
    }
    if (command == "--version") return print_version(args);
    if (command == "normalize") return cli::run_normalize(args);
    if (command == "plugins") return cli::run_plugins(args);
    if (command == "detect") return cli::run_detect(args);
    if (command == "variants") return cli::run_variants(args);
    std::fprintf(stderr, "textnorm: unknown command '%s'\n%s", command.c_str(), kUsage);
    return cli::kExitUsage;
  } catch (const Error& e) {
    std::fprintf(stderr, "textnorm: %s\n", e.describe().c_str());
    if (e.kind() == ErrorKind::USAGE)
      std::fprintf(stderr, "Try 'textnorm %s --help'.\n", command.c_str());
    return cli::exit_code(e.kind());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "textnorm: internal error: %s\n", e.what());
    return cli::kExitPluginFailed;
  }
}
