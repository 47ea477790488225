// `textnorm normalize`: files or standard input to standard output or -o FILE, line by line.
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/normalizer_options.hpp"
#include "cli/output_file.hpp"
#include "cli/progress.hpp"

#include <textnorm/normalizer.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <limits>
#include <memory>

namespace textnorm::cli {
namespace {

constexpr const char* kUsage =
    "usage: textnorm normalize [OPTIONS] [FILE...]\n"
    "\n"
    "Normalizes each FILE (or standard input, also as '-') line by line: N lines in give N\n"
    "lines out, in order; a missing final line break stays missing.\n"
    "\n";

constexpr const char* kOwnOptionsHelp =
    "  -o, --output FILE     write to FILE instead of standard output; a file is replaced\n"
    "                        only when the run succeeds (through a temporary file beside\n"
    "                        it), a device or FIFO is written directly\n"
    "  -j, --jobs N          normalize with N threads (default, or 0: one per core; 1: all\n"
    "                        on one thread); the output is the same for every N\n"
    "  --max-line-bytes N    a longer line is an error, exit 65 (default 64M; the suffixes\n"
    "                        K, M, G multiply by 1024, 1024^2, 1024^3), found without holding\n"
    "                        much more than N bytes of it; see --on-error\n"
    "  --format FORMAT       text (default), or jsonl: each line is a JSON object whose\n"
    "                        string values at the --field paths are normalized, every other\n"
    "                        byte kept as it was (docs/jsonl.md)\n"
    "  --field PATH          jsonl: the string (or array of strings) to normalize, as dotted\n"
    "                        keys into nested objects, e.g. meta.title (repeatable; default text)\n"
    "  --offsets             jsonl: add \"textnorm_edits\" with each field's edits to each record\n"
    "  --on-error MODE       what a line that cannot be normalized becomes (invalid UTF-8, a\n"
    "                        plugin failure, a line over --max-line-bytes, bad JSON, a\n"
    "                        missing or non-string field):\n"
    "                        fail (default): stop, naming line and byte (exit 65 or 70);\n"
    "                        skip: drop it; keep: write it unchanged; both count on stderr\n"
    "  --explain             print each changed line's edits to stderr (docs/explain.md)\n"
    "  --explain-to FILE     print them to FILE instead\n"
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
  bool explain = false;
  std::string explain_to;  // empty: stderr
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
    throw Error(ErrorKind::USAGE,
                fmt::format("--jobs needs a number of threads from 0 (the number of cores) to {}, "
                            "not '{}'",
                            kMaxJobs, text));
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
  throw Error(ErrorKind::USAGE,
              fmt::format("{} needs a positive number of bytes, optionally with K, M or G, not '{}'",
                          option, text));
}

InputFormat parse_format(const std::string& format) {
  if (format == "text") return InputFormat::TEXT;
  if (format == "jsonl") return InputFormat::JSONL;
  throw Error(ErrorKind::USAGE, fmt::format("unknown --format '{}' (expected text or jsonl)", format));
}

OnError parse_on_error(const std::string& mode) {
  if (mode == "fail") return OnError::FAIL;
  if (mode == "skip") return OnError::SKIP;
  if (mode == "keep") return OnError::KEEP;
  throw Error(ErrorKind::USAGE,
              fmt::format("unknown --on-error mode '{}' (expected fail, skip or keep)", mode));
}

NormalizeRequest parse_request(const std::vector<std::string>& args) {
  std::vector<OptionSpec> specs = normalizer_option_specs();
  specs.insert(specs.end(), {{"--output", "-o", true},
                             {"--jobs", "-j", true},
                             {"--max-line-bytes", "", true},
                             {"--progress", "", false},
                             {"--no-progress", "", false},
                             {"--format", "", true},
                             {"--field", "", true},
                             {"--offsets", "", false},
                             {"--on-error", "", true},
                             {"--explain", "", false},
                             {"--explain-to", "", true},
                             {"--help", "-h", false}});
  const ParsedArguments parsed = parse_arguments(args, specs);
  NormalizeRequest request;
  request.stream.threads = 0;  // the number of cores
  std::vector<std::string> fields;
  for (const ParsedOption& o : parsed.options) {
    if (apply_normalizer_option(o, request.options)) continue;
    if (o.name == "--format") request.stream.format = parse_format(o.value);
    if (o.name == "--field") fields.push_back(o.value);
    if (o.name == "--offsets") request.stream.offsets = true;
    if (o.name == "--on-error") request.stream.on_error = parse_on_error(o.value);
    if (o.name == "--explain") request.explain = true;
    if (o.name == "--explain-to") {
      request.explain = true;
      request.explain_to = o.value;
    }
    if (o.name == "--help") request.help = true;
    if (o.name == "--output") request.output = o.value;
    if (o.name == "--jobs") request.stream.threads = parse_jobs(o.value);
    if (o.name == "--max-line-bytes") request.stream.max_line_bytes = parse_byte_size(o.name, o.value);
    if (o.name == "--progress") request.progress = ProgressMode::ON;
    if (o.name == "--no-progress") request.progress = ProgressMode::OFF;
  }
  check_normalizer_options(request.options);
  const bool jsonl = request.stream.format == InputFormat::JSONL;
  if (!jsonl && (!fields.empty() || request.stream.offsets))
    throw Error(ErrorKind::USAGE, "--field and --offsets need --format jsonl");
  if (!fields.empty()) request.stream.fields = fields;
  request.inputs = parsed.operands;
  if (request.inputs.empty()) request.inputs.push_back("-");
  return request;
}

struct FileCloser {
  void operator()(std::FILE* f) const {
    if (f != nullptr && f != stdin && f != stdout && f != stderr) std::fclose(f);
  }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

File open_input(const std::string& name) {
  if (name == "-") return File(stdin);
  File f(std::fopen(name.c_str(), "rb"));
  if (f == nullptr)
    throw Error(ErrorKind::IO, fmt::format("cannot open '{}': {}", name, std::strerror(errno)));
  struct stat in_stat {};
  if (::fstat(::fileno(f.get()), &in_stat) == 0 && S_ISDIR(in_stat.st_mode))
    throw Error(ErrorKind::IO, fmt::format("cannot read '{}': {}", name, std::strerror(EISDIR)));
  return f;
}

// Writing over an input would destroy it before it is read: refuse.
void refuse_output_over_input(const std::string& output, const std::vector<std::string>& inputs) {
  struct stat out_stat {};
  if (output.empty() || ::stat(output.c_str(), &out_stat) != 0) return;
  for (const std::string& input : inputs) {
    struct stat in_stat {};
    if (input != "-" && ::stat(input.c_str(), &in_stat) == 0 && in_stat.st_dev == out_stat.st_dev &&
        in_stat.st_ino == out_stat.st_ino)
      throw Error(ErrorKind::USAGE, fmt::format("output '{}' is also an input", output));
  }
}

void refuse_outputs_over_inputs(const NormalizeRequest& request) {
  refuse_output_over_input(request.output, request.inputs);
  std::vector<std::string> inputs_and_output = request.inputs;
  if (!request.output.empty()) inputs_and_output.push_back(request.output);
  refuse_output_over_input(request.explain_to, inputs_and_output);
}

// The --explain-to file (the output proper is an OutputFile, replaced atomically).
File open_output(const std::string& name) {
  if (name.empty() || name == "-") return File(stdout);
  std::FILE* f = std::fopen(name.c_str(), "wb");
  if (f == nullptr)
    throw Error(ErrorKind::IO, fmt::format("cannot write '{}': {}", name, std::strerror(errno)));
  return File(f);
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

constexpr std::size_t kBadLinesShown = 10;

// Says on stderr which lines --on-error skip or keep let through: the first few with their
// error, then how many in all.
class BadLineReport {
 public:
  explicit BadLineReport(OnError mode) : action_(mode == OnError::SKIP ? "skipped" : "kept") {}

  std::function<void(const Error&)> callback() {
    return [this](const Error& e) {
      if (++count_ <= kBadLinesShown)
        std::fprintf(stderr, "textnorm: warning: %s (line %s)\n", e.describe().c_str(), action_);
    };
  }

  // After each input: the count, when there were any.
  void summarize(const std::string& name) {
    if (count_ > 0)
      std::fprintf(stderr, "textnorm: %s: %zu line%s %s (--on-error %s)\n", name.c_str(), count_,
                   count_ == 1 ? "" : "s", action_, action_[0] == 's' ? "skip" : "keep");
    count_ = 0;
  }

 private:
  const char* action_;
  std::size_t count_ = 0;
};

void warn_rejected(const PluginDiscovery& found) {
  for (const RejectedPlugin& r : found.rejected)
    std::fprintf(stderr, "textnorm: warning: skipped plugin %s: %s\n", r.path.c_str(),
                 r.reason.c_str());
}

}  // namespace

int run_normalize(const std::vector<std::string>& args) {
  const NormalizeRequest request = parse_request(args);
  if (request.help) {
    std::fputs(kUsage, stdout);
    std::fputs(kNormalizerOptionsHelp, stdout);
    std::fputs(kOwnOptionsHelp, stdout);
    return kExitOk;
  }
  refuse_outputs_over_inputs(request);
  const Normalizer normalizer(request.options);
  warn_rejected(normalizer.plugins());
  OutputFile output(request.output);
  File explain;
  if (request.explain) explain = request.explain_to.empty() ? File(stderr) : open_output(request.explain_to);
  BadLineReport bad_lines(request.stream.on_error);
  bool line_open = false;  // the previous file ended without a line break
  for (const std::string& name : request.inputs) {
    File input = open_input(name);
    // Files are not glued together: the next file starts on a line of its own.
    if (line_open && std::fputc('\n', output.stream()) == EOF)
      throw Error(ErrorKind::IO, fmt::format("cannot write output: {}", std::strerror(errno)));
    Progress progress = input_progress(request.progress, name, input.get());
    StreamOptions stream = request.stream;
    stream.progress = progress.callback();
    stream.explain = explain.get();
    stream.on_bad_line = bad_lines.callback();
    const std::string shown_name = name == "-" ? "<stdin>" : name;
    const StreamSummary read =
        normalizer.normalize_stream(input.get(), output.stream(), shown_name, stream);
    bad_lines.summarize(shown_name);
    line_open = read.lines > read.skipped && !read.ends_with_line_break;
  }
  output.commit();
  return kExitOk;
}

}  // namespace textnorm::cli
