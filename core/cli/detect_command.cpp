// `textnorm detect`: the language segments of each line, as JSON.
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/json_writer.hpp"
#include "cli/line_input.hpp"
#include "cli/normalizer_options.hpp"

#include <textnorm/normalizer.hpp>

#include <fmt/format.h>

#include <cstdio>
#include <iterator>

namespace textnorm::cli {
namespace {

constexpr const char* kUsage =
    "usage: textnorm detect [OPTIONS] [FILE...]\n"
    "\n"
    "Prints one line per input line: a JSON array of the segments `textnorm normalize` with\n"
    "the same options runs the language plugins on,\n"
    "  [{\"start\":0,\"end\":12,\"lang\":\"en\",\"confidence\":0.97}, ...]\n"
    "covering the whole line in order. start and end (exclusive) are byte offsets into the\n"
    "input line as read, before normalization (docs/detect.md). lang is the language of a\n"
    "loaded plugin, or \"und\" when nothing tells. An empty line gives []. Invalid UTF-8 is\n"
    "an error unless --invalid replace.\n"
    "\n"
    "Options that change the text change what is detected, as for `textnorm normalize`:\n";

constexpr const char* kOwnOptionsHelp =
    "  -h, --help            show this help\n"
    "\n"
    "exit codes: 0 ok, 2 usage, 65 invalid input, 69 no plugin for the language,\n"
    "            70 plugin failure or internal error, 74 I/O error\n";

// Appends the line's segments as a JSON array (docs/detect.md) to `out`.
void append_segments_json(const std::vector<LanguageSegment>& segments, std::string& out) {
  out += '[';
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const LanguageSegment& s = segments[i];
    fmt::format_to(std::back_inserter(out), "{}{{\"start\":{},\"end\":{},\"lang\":{},\"confidence\":{:.2f}}}",
                   i ? "," : "", s.begin, s.end, json_string(s.lang), double(s.confidence));
  }
  out += ']';
}

}  // namespace

int run_detect(const std::vector<std::string>& args) {
  std::vector<OptionSpec> specs = normalizer_option_specs();
  specs.push_back({"--help", "-h", false});
  const ParsedArguments parsed = parse_arguments(args, specs);
  Options options;
  for (const ParsedOption& o : parsed.options) {
    if (apply_normalizer_option(o, options)) continue;
    if (o.name == "--help") {
      std::fputs(kUsage, stdout);
      std::fputs(kNormalizerOptionsHelp, stdout);
      std::fputs(kOwnOptionsHelp, stdout);
      return kExitOk;
    }
  }
  check_normalizer_options(options);
  const Normalizer normalizer(options);
  std::vector<std::string> inputs = parsed.operands;
  if (inputs.empty()) inputs.push_back("-");
  std::string out;
  for (const std::string& name : inputs) {
    for_each_line(name, [&](std::string_view line, std::size_t line_number) {
      out.clear();
      try {
        // An empty line has no bytes to attribute (a forced language gives it one empty segment).
        append_segments_json(line.empty() ? std::vector<LanguageSegment>{} : normalizer.detect(line), out);
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
