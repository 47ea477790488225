// `textnorm detect`: the language segments of each line, as JSON.
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/json_writer.hpp"
#include "cli/line_input.hpp"

#include <textnorm/normalizer.hpp>

#include <cstdio>

namespace textnorm::cli {
namespace {

constexpr const char* kHelp =
    "usage: textnorm detect [--plugin-path DIR]... [--plugins LIST] [--allow-insecure-plugins]\n"
    "                       [FILE...]\n"
    "\n"
    "Prints one line per input line: a JSON array of the line's segments,\n"
    "  [{\"start\":0,\"end\":12,\"lang\":\"en\",\"confidence\":0.97}, ...]\n"
    "with byte offsets into that input line (end exclusive), covering the whole line in order.\n"
    "lang is the language of a loaded plugin, or \"und\" when nothing tells. An empty line\n"
    "gives []. Input is read as is (no normalization); invalid UTF-8 is an error.\n"
    "\n"
    "  --plugin-path DIR   search DIR for plugins first (repeatable)\n"
    "  --plugins LIST      use exactly these plugins (comma-separated)\n"
    "  --allow-insecure-plugins  also load plugins that group or others may write\n"
    "  -h, --help          show this help\n";

std::string segments_json(const std::vector<LanguageSegment>& segments) {
  std::string out = "[";
  char number[32];
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const LanguageSegment& s = segments[i];
    std::snprintf(number, sizeof number, "%.2f", double(s.confidence));
    out += std::string(i ? "," : "") + "{\"start\":" + std::to_string(s.begin) +
           ",\"end\":" + std::to_string(s.end) + ",\"lang\":" + json_string(s.lang) +
           ",\"confidence\":" + number + "}";
  }
  return out + "]";
}

}  // namespace

int run_detect(const std::vector<std::string>& args) {
  const ParsedArguments parsed = parse_arguments(
      args, {{"--plugin-path", "", true},
             {"--plugins", "", true},
             {"--allow-insecure-plugins", "", false},
             {"--help", "-h", false}});
  Options options;
  for (const ParsedOption& o : parsed.options) {
    if (o.name == "--help") {
      std::fputs(kHelp, stdout);
      return kExitOk;
    }
    if (o.name == "--plugin-path") options.plugin_path.push_back(o.value);
    if (o.name == "--plugins") options.plugins = split_list(o.value);
    if (o.name == "--allow-insecure-plugins") options.allow_insecure_plugins = true;
  }
  options.lang = "auto";
  const Normalizer normalizer(options);
  std::vector<std::string> inputs = parsed.operands;
  if (inputs.empty()) inputs.push_back("-");
  std::string out;
  for (const std::string& name : inputs) {
    for_each_line(name, [&](std::string_view line, std::size_t line_number) {
      try {
        out = segments_json(line.empty() ? std::vector<LanguageSegment>{} : normalizer.detect(line));
      } catch (const Error& e) {
        Position p = e.position();
        p.file = name == "-" ? "<stdin>" : name;
        p.line = line_number;
        throw Error(e.kind(), e.what(), p);
      }
      out += '\n';
      if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size())
        throw Error(ErrorKind::IO, "cannot write output");
    });
  }
  return kExitOk;
}

}  // namespace textnorm::cli
