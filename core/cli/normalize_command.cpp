// `textnorm normalize`: files or standard input to standard output or -o FILE, line by line.
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/output_file.hpp"
#include "cli/progress.hpp"

#include <textnorm/normalizer.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>

namespace textnorm::cli {
namespace {

constexpr const char* kHelp =
    "usage: textnorm normalize [OPTIONS] [FILE...]\n"
    "\n"
    "Normalizes each FILE (or standard input, also as '-') line by line: N lines in give N\n"
    "lines out, in order; a missing final line break stays missing.\n"
    "\n"
    "  --profile NAME        default (canonical ASCII punctuation, the default) or typographic\n"
    "  --lang LANG           auto (default): each sentence gets the rules of its language;\n"
    "                        or one language for the whole input (en, fr, ...)\n"
    "  --plugin-path DIR     search DIR for plugins first (repeatable)\n"
    "  --plugins LIST        use exactly these plugins (comma-separated); failing to load one\n"
    "                        is an error\n"
    "  --disable RULES       switch off rules by id (comma-separated; see `textnorm plugins`)\n"
    "  --plugin-option NAME.KEY=VALUE\n"
    "                        give plugin NAME the option KEY=VALUE (repeatable; what a\n"
    "                        plugin reads is in its documentation)\n"
    "  --invalid MODE        error (default): stop at invalid UTF-8 naming line and byte;\n"
    "                        replace: put U+FFFD for each invalid sequence\n"
    "  --names MODE          canonical (default): spelling variants of known names become\n"
    "                        their canonical English form (Pashinian -> Pashinyan);\n"
    "                        exonyms: translations too (Haut-Karabakh -> Nagorno-Karabakh);\n"
    "                        by-language: each segment gets its own language's form; off\n"
    "  --transliterate       turn the remaining words of the scripts plugins declare into\n"
    "                        Latin (ru: Cyrillic, hy: Armenian)\n"
    "  --lexicon FILE        add names from FILE (canonical<TAB>variant lines; repeatable)\n"
    "  -o, --output FILE     write to FILE instead of standard output; a file is replaced\n"
    "                        only when the run succeeds (through a temporary file beside\n"
    "                        it), a device or FIFO is written directly\n"
    "  -j, --jobs N          normalize with N threads (default, or 0: one per core; 1: all\n"
    "                        on one thread); the output is the same for every N\n"
    "  --max-line-bytes N    a longer line is an error, exit 65 (default 64M; the suffixes\n"
    "                        K, M, G multiply by 1024, 1024^2, 1024^3), found without holding\n"
    "                        much more than N bytes of it\n"
    "  --progress            show bytes done, MB/s and time left on stderr (default: when\n"
    "                        stderr is a terminal and the input a regular file)\n"
    "  --no-progress         never show progress\n"
    "  -h, --help            show this help\n"
    "\n"
    "exit codes: 0 ok, 2 usage, 65 invalid input, 69 no plugin for the language,\n"
    "            70 plugin failure or internal error, 74 I/O error\n";

enum class ProgressMode { AUTO, ON, OFF };

struct NormalizeRequest {
  Options options;
  StreamOptions stream;
  ProgressMode progress = ProgressMode::AUTO;
  std::vector<std::string> inputs;
  std::string output;  // empty: standard output
  bool help = false;
};

constexpr unsigned kMaxJobs = 1024;

// Reads the digits at the start of `text` into `value` (false when there are none or it is over
// `max`); `suffix` gets what follows them.
bool parse_number(const std::string& text, std::size_t max, std::size_t& value, std::string& suffix) {
  std::size_t i = 0;
  value = 0;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
    const std::size_t digit = std::size_t(text[i] - '0');
    if (value > (max - digit) / 10) return false;
    value = value * 10 + digit;
  }
  suffix = text.substr(i);
  return i > 0;
}

unsigned parse_jobs(const std::string& text) {
  std::size_t jobs = 0;
  std::string suffix;
  if (!parse_number(text, kMaxJobs, jobs, suffix) || !suffix.empty())
    throw Error(ErrorKind::USAGE, "--jobs needs a number of threads from 0 (the number of cores) to " +
                                      std::to_string(kMaxJobs) + ", not '" + text + "'");
  return unsigned(jobs);
}

// "1048576", "1024K", "1M", "1G".
std::size_t parse_byte_size(const std::string& option, const std::string& text) {
  std::size_t number = 0;
  std::string suffix;
  const std::size_t max = std::numeric_limits<std::size_t>::max();
  if (parse_number(text, max, number, suffix) && number > 0 && suffix.size() <= 1) {
    int shift = 0;
    if (suffix == "K" || suffix == "k") shift = 10;
    if (suffix == "M" || suffix == "m") shift = 20;
    if (suffix == "G" || suffix == "g") shift = 30;
    if ((suffix.empty() || shift > 0) && number <= (max >> shift)) return number << shift;
  }
  throw Error(ErrorKind::USAGE, option + " needs a positive number of bytes, optionally with K, M "
                                         "or G, not '" + text + "'");
}

InvalidUtf8 parse_invalid_mode(const std::string& mode) {
  if (mode == "error") return InvalidUtf8::REJECT;
  if (mode == "replace") return InvalidUtf8::REPLACE;
  throw Error(ErrorKind::USAGE, "unknown --invalid mode '" + mode + "' (expected error or replace)");
}

NamesMode parse_names_mode(const std::string& mode) {
  if (mode == "off") return NamesMode::OFF;
  if (mode == "canonical") return NamesMode::CANONICAL;
  if (mode == "exonyms") return NamesMode::EXONYMS;
  if (mode == "by-language") return NamesMode::BY_LANGUAGE;
  throw Error(ErrorKind::USAGE,
              "unknown --names mode '" + mode + "' (expected off, canonical, exonyms or by-language)");
}

NormalizeRequest parse_request(const std::vector<std::string>& args) {
  const ParsedArguments parsed = parse_arguments(args, {{"--profile", "", true},
                                                        {"--lang", "", true},
                                                        {"--plugin-path", "", true},
                                                        {"--plugins", "", true},
                                                        {"--disable", "", true},
                                                        {"--plugin-option", "", true},
                                                        {"--invalid", "", true},
                                                        {"--output", "-o", true},
                                                        {"--names", "", true},
                                                        {"--transliterate", "", false},
                                                        {"--lexicon", "", true},
                                                        {"--jobs", "-j", true},
                                                        {"--max-line-bytes", "", true},
                                                        {"--progress", "", false},
                                                        {"--no-progress", "", false},
                                                        {"--help", "-h", false}});
  NormalizeRequest request;
  request.stream.threads = 0;  // the number of cores
  for (const ParsedOption& o : parsed.options) {
    if (o.name == "--help") request.help = true;
    if (o.name == "--profile") request.options.profile = parse_profile(o.value);
    if (o.name == "--lang") request.options.lang = o.value;
    if (o.name == "--plugin-path") request.options.plugin_path.push_back(o.value);
    if (o.name == "--plugins") request.options.plugins = split_list(o.value);
    if (o.name == "--invalid") request.options.invalid = parse_invalid_mode(o.value);
    if (o.name == "--output") request.output = o.value;
    if (o.name == "--names") request.options.names = parse_names_mode(o.value);
    if (o.name == "--transliterate") request.options.transliterate = true;
    if (o.name == "--lexicon") request.options.lexicons.push_back(o.value);
    if (o.name == "--plugin-option") request.options.plugin_options.push_back(o.value);
    if (o.name == "--jobs") request.stream.threads = parse_jobs(o.value);
    if (o.name == "--max-line-bytes") request.stream.max_line_bytes = parse_byte_size(o.name, o.value);
    if (o.name == "--progress") request.progress = ProgressMode::ON;
    if (o.name == "--no-progress") request.progress = ProgressMode::OFF;
    if (o.name == "--disable")
      for (std::string& id : split_list(o.value)) request.options.disabled_rules.push_back(id);
  }
  if (request.options.lang.empty()) throw Error(ErrorKind::USAGE, "--lang needs a language tag");
  request.inputs = parsed.operands;
  if (request.inputs.empty()) request.inputs.push_back("-");
  return request;
}

struct FileCloser {
  void operator()(std::FILE* f) const {
    if (f != nullptr && f != stdin) std::fclose(f);
  }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

File open_input(const std::string& name) {
  if (name == "-") return File(stdin);
  File f(std::fopen(name.c_str(), "rb"));
  if (f == nullptr)
    throw Error(ErrorKind::IO, "cannot open '" + name + "': " + std::strerror(errno));
  struct stat in_stat {};
  if (::fstat(::fileno(f.get()), &in_stat) == 0 && S_ISDIR(in_stat.st_mode))
    throw Error(ErrorKind::IO, "cannot read '" + name + "': " + std::strerror(EISDIR));
  return f;
}

// Writing over an input would destroy it before it is read: refuse.
void refuse_output_over_input(const NormalizeRequest& request) {
  struct stat out_stat {};
  if (request.output.empty() || ::stat(request.output.c_str(), &out_stat) != 0) return;
  for (const std::string& input : request.inputs) {
    struct stat in_stat {};
    if (input != "-" && ::stat(input.c_str(), &in_stat) == 0 && in_stat.st_dev == out_stat.st_dev &&
        in_stat.st_ino == out_stat.st_ino)
      throw Error(ErrorKind::USAGE, "output '" + request.output + "' is also an input");
  }
}

// Progress for one input: by default only on a terminal, and for a regular file (whose size is
// known, and which is not typed in by hand).
Progress input_progress(ProgressMode mode, const std::string& name, std::FILE* input) {
  struct stat in_stat {};
  const bool regular = ::fstat(::fileno(input), &in_stat) == 0 && S_ISREG(in_stat.st_mode);
  const bool enabled = mode == ProgressMode::ON ||
                       (mode == ProgressMode::AUTO && regular && ::isatty(STDERR_FILENO) == 1);
  return Progress(name == "-" ? "stdin" : name, regular ? std::size_t(in_stat.st_size) : 0, enabled);
}

void warn_rejected(const PluginDiscovery& found) {
  for (const RejectedPlugin& r : found.rejected)
    std::fprintf(stderr, "textnorm: warning: skipped plugin %s: %s\n", r.path.c_str(),
                 r.reason.c_str());
}

}  // namespace

int run_normalize(const std::vector<std::string>& args) {
  const NormalizeRequest request = parse_request(args);
  if (request.help) {
    std::fputs(kHelp, stdout);
    return kExitOk;
  }
  refuse_output_over_input(request);
  const Normalizer normalizer(request.options);
  warn_rejected(normalizer.plugins());
  OutputFile output(request.output);
  bool line_open = false;  // the previous file ended without a line break
  for (const std::string& name : request.inputs) {
    File input = open_input(name);
    // Files are not glued together: the next file starts on a line of its own.
    if (line_open && std::fputc('\n', output.stream()) == EOF)
      throw Error(ErrorKind::IO, "cannot write output: " + std::string(std::strerror(errno)));
    Progress progress = input_progress(request.progress, name, input.get());
    StreamOptions stream = request.stream;
    stream.progress = progress.callback();
    const StreamSummary read =
        normalizer.normalize_stream(input.get(), output.stream(), name == "-" ? "<stdin>" : name, stream);
    line_open = read.lines > 0 && !read.ends_with_line_break;
  }
  output.commit();
  return kExitOk;
}

}  // namespace textnorm::cli
