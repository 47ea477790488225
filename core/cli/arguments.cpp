#include "cli/arguments.hpp"

#include <textnorm/error.hpp>

#include <fmt/format.h>

namespace textnorm::cli {
namespace {

const OptionSpec* find_spec(const std::vector<OptionSpec>& specs, std::string_view name) {
  for (const OptionSpec& spec : specs)
    if (spec.name == name || (!spec.alias.empty() && spec.alias == name)) return &spec;
  return nullptr;
}

}  // namespace

ParsedArguments parse_arguments(const std::vector<std::string>& args,
                                const std::vector<OptionSpec>& specs) {
  ParsedArguments parsed;
  bool options_done = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (options_done || arg == "-" || arg.empty() || arg[0] != '-') {
      parsed.operands.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_done = true;
      continue;
    }
    const bool is_long = arg.rfind("--", 0) == 0;
    std::size_t eq = is_long ? arg.find('=') : std::string::npos;
    std::string name = arg.substr(0, eq);
    const OptionSpec* spec = find_spec(specs, name);
    if (spec == nullptr && !is_long && arg.size() > 2) {
      // A short alias with its value attached: -j4, -oout.txt.
      spec = find_spec(specs, arg.substr(0, 2));
      if (spec != nullptr && spec->takes_value) {
        name = arg.substr(0, 2);
        eq = 1;
      } else {
        spec = nullptr;
      }
    }
    if (spec == nullptr) throw Error(ErrorKind::USAGE, fmt::format("unknown option '{}'", name));
    ParsedOption option{std::string(spec->name), {}};
    if (spec->takes_value) {
      if (eq != std::string::npos) {
        option.value = arg.substr(eq + 1);
      } else if (i + 1 < args.size()) {
        option.value = args[++i];
      } else {
        throw Error(ErrorKind::USAGE, fmt::format("option '{}' needs a value", name));
      }
    } else if (eq != std::string::npos) {
      throw Error(ErrorKind::USAGE, fmt::format("option '{}' takes no value", name));
    }
    parsed.options.push_back(std::move(option));
  }
  return parsed;
}

std::vector<std::string> split_list(std::string_view list) {
  std::vector<std::string> items;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    const std::string_view item = list.substr(0, comma);
    if (!item.empty()) items.emplace_back(item);
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return items;
}

}  // namespace textnorm::cli
