// `textnorm variants`: candidate name variant groups in a corpus, as lexicon lines to review.
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/line_input.hpp"

#include <textnorm/normalizer.hpp>

#include <cstdio>
#include <tuple>
#include <utility>

namespace textnorm::cli {
namespace {

constexpr const char* kHelp =
    "usage: textnorm variants [--plugin-path DIR]... [--lexicon FILE]... [FILE...]\n"
    "\n"
    "Finds candidate name variants in a corpus: capitalised words and word pairs whose folded\n"
    "spellings (y/i/\xC3\xAF, ch/sh, ou/u, doubled letters, diacritics) collide with each other or\n"
    "with a known name. Prints them with their counts as lexicon lines\n"
    "(canonical<TAB>variant) for a person to review and pass to --lexicon.\n"
    "\n"
    "  --plugin-path DIR   search DIR for plugins first (repeatable)\n"
    "  --lexicon FILE      also know the names in FILE (repeatable)\n"
    "  --allow-insecure-plugins  also load plugins that group or others may write\n"
    "  -h, --help          show this help\n";

}  // namespace

int run_variants(const std::vector<std::string>& args) {
  const ParsedArguments parsed = parse_arguments(
      args, {{"--plugin-path", "", true},
             {"--lexicon", "", true},
             {"--allow-insecure-plugins", "", false},
             {"--help", "-h", false}});
  Options options;
  options.lang = "auto";
  for (const ParsedOption& o : parsed.options) {
    if (o.name == "--help") {
      std::fputs(kHelp, stdout);
      return kExitOk;
    }
    if (o.name == "--plugin-path") options.plugin_path.push_back(o.value);
    if (o.name == "--lexicon") options.lexicons.push_back(o.value);
    if (o.name == "--allow-insecure-plugins") options.allow_insecure_plugins = true;
  }
  const Normalizer normalizer(options);
  std::vector<std::string> inputs = parsed.operands;
  if (inputs.empty()) inputs.push_back("-");
  std::vector<std::string> lines;
  std::vector<std::pair<std::string, std::size_t>> origins;  // file and line of each of `lines`
  for (const std::string& name : inputs)
    for_each_line(name, [&](std::string_view line, std::size_t line_number) {
      lines.emplace_back(line);
      origins.emplace_back(name == "-" ? "<stdin>" : name, line_number);
    });
  std::string groups;
  try {
    groups = normalizer.suggest_variants(lines);
  } catch (const Error& e) {
    Position p = e.position();
    if (p.line == 0 || p.line > origins.size()) throw;
    std::tie(p.file, p.line) = origins[p.line - 1];
    throw Error(e.kind(), e.what(), p);
  }
  if (std::fwrite(groups.data(), 1, groups.size(), stdout) != groups.size())
    throw Error(ErrorKind::IO, "cannot write output");
  return kExitOk;
}

}  // namespace textnorm::cli
