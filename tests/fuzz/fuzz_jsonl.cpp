// Fuzzes JSON lines end to end through Normalizer::normalize_stream, the code path of
// `textnorm normalize --format jsonl`: the first input byte picks a configuration (--lang en or
// fr, profile, --field paths: a top-level one, a dotted one, an array, --offsets or not,
// --on-error fail, skip or keep), the rest is the input file. Every output line is read back with
// an independent JSON reader (json_value.hpp).
// Properties: no crash or hang; each input line gives one output line, or an INVALID_INPUT error
// naming it (fail: nothing after it; skip: reported and dropped; keep: written as it was); a
// line that is strictly valid JSON with the fields is never refused; each rewritten value is
// valid NFC UTF-8 and is what the text API makes of the decoded input value; every byte outside
// the rewritten values (and textnorm_edits) is unchanged; the edits of --offsets turn each
// decoded input value into its output value; normalizing the output again changes nothing.
#include "fuzz_checks.hpp"
#include "json_value.hpp"

#include <textnorm/normalizer.hpp>

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace {

using fuzz::JsonValue;

constexpr std::array<const char*, 2> kLanguages = {"en", "fr"};
// Field sets: a plain key, a dotted path, an array of strings, and two at once.
const std::array<std::vector<std::string>, 4> kFieldSets = {{
    {"text"}, {"text", "meta.title"}, {"tags"}, {"meta.title", "tags"}}};
constexpr std::array<textnorm::OnError, 3> kOnError = {
    textnorm::OnError::FAIL, textnorm::OnError::SKIP, textnorm::OnError::KEEP};
constexpr std::size_t kConfigurations =
    kLanguages.size() * 2 * kFieldSets.size() * 2 * kOnError.size();
constexpr std::string_view kEditsMember = "textnorm_edits";

struct Configuration {
  std::size_t normalizer;  // index into the cache: language and profile
  textnorm::Options options;
  textnorm::StreamOptions stream;
};

Configuration configuration(std::size_t index) {
  Configuration c;
  c.options.plugin_path = {TEXTNORM_FUZZ_PLUGIN_DIR};
  c.options.default_plugin_path = false;
  c.options.lang = kLanguages[index % kLanguages.size()];
  index /= kLanguages.size();
  c.options.profile = index % 2 ? textnorm::Profile::TYPOGRAPHIC : textnorm::Profile::DEFAULT;
  index /= 2;
  c.normalizer = (c.options.lang == std::string("fr") ? 2 : 0) + (index % 2 ? 1 : 0);
  c.stream.format = textnorm::InputFormat::JSONL;
  c.stream.fields = kFieldSets[index % kFieldSets.size()];
  index /= kFieldSets.size();
  c.stream.offsets = index % 2 == 1;
  index /= 2;
  c.stream.on_error = kOnError[index % kOnError.size()];
  return c;
}

const textnorm::Normalizer& normalizer(const Configuration& c) {
  static std::array<std::unique_ptr<textnorm::Normalizer>, 4> cache;
  if (!cache[c.normalizer]) cache[c.normalizer] = std::make_unique<textnorm::Normalizer>(c.options);
  return *cache[c.normalizer];
}

// An in-memory file with a descriptor, as normalize_stream reads and writes descriptors.
class MemoryFile {
 public:
  explicit MemoryFile(std::string_view content) {
    const int fd = ::memfd_create("fuzz_jsonl", 0);
    FUZZ_CHECK(fd >= 0, "memfd_create failed");
    std::size_t written = 0;
    while (written < content.size()) {
      const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
      FUZZ_CHECK(n > 0, "write to memfd failed");
      written += std::size_t(n);
    }
    ::lseek(fd, 0, SEEK_SET);
    file_ = ::fdopen(fd, "r+b");
    FUZZ_CHECK(file_ != nullptr, "fdopen failed");
  }
  ~MemoryFile() { std::fclose(file_); }
  MemoryFile(const MemoryFile&) = delete;
  MemoryFile& operator=(const MemoryFile&) = delete;

  std::FILE* get() const { return file_; }
  std::string content() const {
    std::string out;
    char buffer[4096];
    ::lseek(::fileno(file_), 0, SEEK_SET);
    ssize_t n;
    while ((n = ::read(::fileno(file_), buffer, sizeof buffer)) > 0) out.append(buffer, std::size_t(n));
    return out;
  }

 private:
  std::FILE* file_;
};

struct Run {
  std::string output;
  std::optional<textnorm::Error> error;  // with OnError::FAIL
  std::vector<std::size_t> bad_lines;    // with SKIP or KEEP: the lines reported, 1-based
  textnorm::StreamSummary summary;
};

Run run(const textnorm::Normalizer& n, std::string_view input, textnorm::StreamOptions stream) {
  Run r;
  MemoryFile in(input);
  MemoryFile out("");
  stream.on_bad_line = [&r](const textnorm::Error& e) {
    FUZZ_CHECK(e.kind() == textnorm::ErrorKind::INVALID_INPUT, e.what());
    FUZZ_CHECK(fuzz::is_valid_utf8(e.what()), fuzz::escaped(e.what()));
    FUZZ_CHECK(e.position().line >= 1, e.what());
    FUZZ_CHECK(r.bad_lines.empty() || r.bad_lines.back() < e.position().line, e.what());
    r.bad_lines.push_back(e.position().line);
  };
  try {
    r.summary = n.normalize_stream(in.get(), out.get(), "fuzz.jsonl", stream);
  } catch (const textnorm::Error& e) {
    FUZZ_CHECK(stream.on_error == textnorm::OnError::FAIL, e.what());
    FUZZ_CHECK(e.kind() == textnorm::ErrorKind::INVALID_INPUT, e.what());
    FUZZ_CHECK(fuzz::is_valid_utf8(e.what()) && std::string_view(e.what()).find('\n') ==
                   std::string_view::npos, fuzz::escaped(e.what()));
    FUZZ_CHECK(e.position().line >= 1, e.what());
    r.error = e;
  }
  r.output = out.content();
  return r;
}

// Output lines: LF only; the last may lack it.
std::vector<std::string_view> output_lines(std::string_view text) {
  FUZZ_CHECK(text.find('\r') == std::string_view::npos, "CR in output: " + fuzz::escaped(text));
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t lf; (lf = text.find('\n', start)) != std::string_view::npos; start = lf + 1)
    lines.push_back(text.substr(start, lf - start));
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

// A string value at a --field path (an array's element: "PATH[i]").
struct Leaf {
  std::string label;
  const JsonValue* value;
};

enum class Found { YES, ABSENT, WRONG_TYPE };

// The leaves of `path` under `object`, in document order (a duplicated key each time): YES when
// found at least once, WRONG_TYPE when a step is not an object or a leaf not a string or an
// array of strings (textnorm refuses the record then).
Found leaves(const JsonValue& object, const std::vector<std::string>& keys, std::size_t depth,
             const std::string& path, std::vector<Leaf>& out) {
  Found found = Found::ABSENT;
  for (const auto& [key, value] : object.members) {
    if (key != keys[depth]) continue;
    if (depth + 1 < keys.size()) {
      if (value.kind != JsonValue::Kind::OBJECT) return Found::WRONG_TYPE;
      const Found below = leaves(value, keys, depth + 1, path, out);
      if (below == Found::WRONG_TYPE) return below;
      if (below == Found::YES) found = Found::YES;
    } else if (value.kind == JsonValue::Kind::STRING) {
      out.push_back({path, &value});
      found = Found::YES;
    } else if (value.kind == JsonValue::Kind::ARRAY) {
      for (std::size_t i = 0; i < value.items.size(); ++i) {
        if (value.items[i].kind != JsonValue::Kind::STRING) return Found::WRONG_TYPE;
        out.push_back({path + "[" + std::to_string(i) + "]", &value.items[i]});
      }
      found = Found::YES;
    } else {
      return Found::WRONG_TYPE;
    }
  }
  return found;
}

std::vector<std::string> split_path(const std::string& path) {
  std::vector<std::string> keys;
  std::size_t start = 0;
  for (std::size_t dot; (dot = path.find('.', start)) != std::string::npos; start = dot + 1)
    keys.push_back(path.substr(start, dot - start));
  keys.push_back(path.substr(start));
  return keys;
}

// The record's leaves for every path, or nullopt when it lacks one.
std::optional<std::vector<Leaf>> record_leaves(const JsonValue& record,
                                               const std::vector<std::string>& paths) {
  if (record.kind != JsonValue::Kind::OBJECT) return std::nullopt;
  std::vector<Leaf> all;
  for (const std::string& path : paths)
    if (leaves(record, split_path(path), 0, path, all) != Found::YES) return std::nullopt;
  return all;
}

// The line with each leaf and each top-level textnorm_edits value replaced by a marker byte.
std::string masked(std::string_view line, const JsonValue& record, const std::vector<Leaf>& leaves,
                   bool offsets) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (const Leaf& leaf : leaves) spans.push_back({leaf.value->begin, leaf.value->end});
  if (offsets)
    for (const auto& [key, value] : record.members)
      if (key == kEditsMember) spans.push_back({value.begin, value.end});
  std::sort(spans.begin(), spans.end());
  std::string out;
  std::size_t copied = 0;
  for (const auto& [begin, end] : spans) {
    out.append(line.substr(copied, begin - copied));
    out += '\x01';
    copied = end;
  }
  out.append(line.substr(copied));
  return out;
}

const JsonValue* member(const JsonValue& object, std::string_view key) {
  const JsonValue* found = nullptr;
  for (const auto& [k, v] : object.members)
    if (k == key) found = &v;
  return found;
}

// The edits reported for `label` (the `nth` member of that name) turn `before` into `after`.
void check_edits(const JsonValue& edits, const std::string& label, std::size_t nth,
                 std::string_view line_out, const std::string& before, const std::string& after) {
  const JsonValue* list = nullptr;
  for (const auto& [key, value] : edits.members)
    if (key == label && nth-- == 0) list = &value;
  FUZZ_CHECK(list != nullptr && list->kind == JsonValue::Kind::ARRAY,
             "no edits for " + label + " in " + fuzz::escaped(line_out));
  std::string rebuilt;
  std::size_t copied = 0;
  for (const JsonValue& edit : list->items) {
    FUZZ_CHECK(edit.kind == JsonValue::Kind::OBJECT, fuzz::escaped(line_out));
    const std::string_view raw_start = line_out.substr(member(edit, "start")->begin,
                                                       member(edit, "start")->end - member(edit, "start")->begin);
    const std::string_view raw_end = line_out.substr(member(edit, "end")->begin,
                                                     member(edit, "end")->end - member(edit, "end")->begin);
    const std::size_t start = std::stoul(std::string(raw_start));
    const std::size_t end = std::stoul(std::string(raw_end));
    const JsonValue* text = member(edit, "text");
    FUZZ_CHECK(text != nullptr && text->kind == JsonValue::Kind::STRING && member(edit, "rule") &&
                   member(edit, "plugin"),
               fuzz::escaped(line_out));
    FUZZ_CHECK(copied <= start && start <= end && end <= before.size(),
               label + ": edits out of order or range in " + fuzz::escaped(line_out));
    rebuilt.append(before, copied, start - copied);
    rebuilt += text->text;
    copied = end;
  }
  rebuilt.append(before, copied);
  FUZZ_CHECK(rebuilt == after, label + ": edits give " + fuzz::escaped(rebuilt) + ", value is " +
                                   fuzz::escaped(after) + " in " + fuzz::escaped(line_out));
}

// One input line textnorm accepted, against its output line.
void check_record(const textnorm::Normalizer& n, const textnorm::StreamOptions& stream,
                  std::string_view in_line, std::string_view out_line) {
  const std::string context = fuzz::escaped(in_line) + " -> " + fuzz::escaped(out_line);
  const auto in = fuzz::JsonReader(in_line, {.strict = false, .max_depth = 4096}).read();
  FUZZ_CHECK(in.has_value(), "a line that is not JSON was accepted: " + context);
  const auto out = fuzz::JsonReader(out_line, {.strict = false, .max_depth = 4096}).read();
  FUZZ_CHECK(out.has_value(), "output is not JSON: " + context);
  const auto in_leaves = record_leaves(*in, stream.fields);
  FUZZ_CHECK(in_leaves.has_value(), "a record without its fields was accepted: " + context);
  const auto out_leaves = record_leaves(*out, stream.fields);
  FUZZ_CHECK(out_leaves && out_leaves->size() == in_leaves->size(), "fields differ: " + context);

  // Bytes outside the values: unchanged, with textnorm_edits added before the closing brace.
  std::string want = masked(in_line, *in, *in_leaves, stream.offsets);
  if (stream.offsets && member(*in, kEditsMember) == nullptr) {
    std::size_t close = want.find_last_not_of(" \t");
    want.insert(close, ",\"textnorm_edits\":\x01");
  }
  FUZZ_CHECK(masked(out_line, *out, *out_leaves, stream.offsets) == want,
             "bytes outside the values changed: " + context);

  const JsonValue* edits = stream.offsets ? member(*out, kEditsMember) : nullptr;
  FUZZ_CHECK(!stream.offsets || (edits && edits->kind == JsonValue::Kind::OBJECT),
             "no textnorm_edits object: " + context);
  std::map<std::string, std::size_t> seen;
  for (std::size_t i = 0; i < in_leaves->size(); ++i) {
    const JsonValue& before = *(*in_leaves)[i].value;
    const JsonValue& after = *(*out_leaves)[i].value;
    const std::string& label = (*in_leaves)[i].label;
    const std::size_t nth = seen[label]++;
    fuzz::check_output(before.text, after.text);
    if (!before.exact) continue;  // a lone surrogate: the value is not known exactly
    FUZZ_CHECK(after.text == n.normalize(before.text),
               "value differs from the text API's: " + context);
    if (after.text == before.text)
      FUZZ_CHECK(out_line.substr(after.begin, after.end - after.begin) ==
                     in_line.substr(before.begin, before.end - before.begin),
                 "an unchanged value changed its bytes: " + context);
    if (edits) check_edits(*edits, label, nth, out_line, before.text, after.text);
  }
}

// The output of `r` for `input`: one line per input line, or the errors --on-error asks for.
void check_lines(const textnorm::Normalizer& n, const textnorm::StreamOptions& stream,
                 std::string_view input, const Run& r) {
  const std::vector<std::string_view> in = fuzz::lines_of(input);
  const std::vector<std::string_view> out = output_lines(r.output);
  std::size_t accepted_until = in.size();  // lines after an error (FAIL) have no output
  if (r.error) {
    FUZZ_CHECK(r.error->position().line <= in.size(), r.error->what());
    accepted_until = r.error->position().line - 1;
  }
  std::size_t o = 0;
  std::size_t bad = 0;
  for (std::size_t i = 0; i < accepted_until; ++i) {
    const bool reported = bad < r.bad_lines.size() && r.bad_lines[bad] == i + 1;
    const bool strictly_valid =
        fuzz::is_valid_utf8(in[i]) &&
        [&] {
          const auto v = fuzz::JsonReader(in[i], {}).read();
          return v && record_leaves(*v, stream.fields).has_value();
        }();
    if (reported) {
      FUZZ_CHECK(!strictly_valid, "a valid record was refused: " + fuzz::escaped(in[i]));
      ++bad;
      if (stream.on_error == textnorm::OnError::SKIP) continue;
      FUZZ_CHECK(o < out.size() && out[o] == in[i], "a kept line changed: " + fuzz::escaped(in[i]));
      ++o;
      continue;
    }
    FUZZ_CHECK(o < out.size(), "line " + std::to_string(i + 1) + " gave no output: " +
                                   fuzz::escaped(input) + " -> " + fuzz::escaped(r.output));
    check_record(n, stream, in[i], out[o]);
    ++o;
  }
  if (r.error && r.error->position().line <= in.size()) {
    const std::string_view failed = in[r.error->position().line - 1];
    const auto v = fuzz::JsonReader(failed, {}).read();
    FUZZ_CHECK(!(fuzz::is_valid_utf8(failed) && v && record_leaves(*v, stream.fields)),
               std::string("a valid record was refused: ") + r.error->what() + " " +
                   fuzz::escaped(failed));
  }
  FUZZ_CHECK(bad == r.bad_lines.size(), "a bad line was reported twice or past the end");
  FUZZ_CHECK(o == out.size(), std::to_string(in.size()) + " lines in, " +
                                  std::to_string(out.size()) + " out: " + fuzz::escaped(input) +
                                  " -> " + fuzz::escaped(r.output));
  if (stream.on_error == textnorm::OnError::SKIP) FUZZ_CHECK(r.summary.skipped == bad, "skipped");
  if (stream.on_error == textnorm::OnError::KEEP) FUZZ_CHECK(r.summary.kept == bad, "kept");
}

// Lines of `text` with their textnorm_edits values masked (they list the edits of one run).
std::string without_edits(std::string_view text) {
  std::string out;
  for (std::string_view line : output_lines(text)) {
    const auto v = fuzz::JsonReader(line, {.strict = false, .max_depth = 4096}).read();
    if (v && v->kind == JsonValue::Kind::OBJECT)
      out += masked(line, *v, {}, true);
    else
      out += line;
    out += '\n';
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const Configuration config = configuration(data[0] % kConfigurations);
  const textnorm::Normalizer& n = normalizer(config);
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);

  const Run first = run(n, input, config.stream);
  check_lines(n, config.stream, input, first);

  const Run second = run(n, first.output, config.stream);
  FUZZ_CHECK(!second.error, std::string("the output is refused: ") + second.error->what());
  const bool same = config.stream.offsets ? without_edits(second.output) == without_edits(first.output)
                                          : second.output == first.output;
  FUZZ_CHECK(same, "not idempotent: " + fuzz::escaped(input) + " -> " + fuzz::escaped(first.output) +
                       " -> " + fuzz::escaped(second.output));
  return 0;
}
