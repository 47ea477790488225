// The composed edits of normalize_with_edits turn the input into the output exactly, on every
// test input and sample (and, in the dev build of this test, the dev corpora of ../shared), in
// both profiles, every names mode and with --transliterate. Each edit is a real change on UTF-8
// character boundaries, named after a rule the normalizer knows, and the offset map built from
// the edits agrees with a walk of the edits.
#include "../golden/text_checks.hpp"
#include "dev_corpus.hpp"

#include <textnorm/offset_map.hpp>
#include <textnorm/textnorm.hpp>

#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Mode {
  const char* name;
  textnorm::Profile profile;
  textnorm::NamesMode names;
  bool transliterate;
};

constexpr Mode kModes[] = {
    {"default, names off", textnorm::Profile::DEFAULT, textnorm::NamesMode::OFF, false},
    {"default, names canonical", textnorm::Profile::DEFAULT, textnorm::NamesMode::CANONICAL, false},
    {"default, names exonyms", textnorm::Profile::DEFAULT, textnorm::NamesMode::EXONYMS, false},
    {"default, names by-language", textnorm::Profile::DEFAULT, textnorm::NamesMode::BY_LANGUAGE, false},
    {"default, transliterate", textnorm::Profile::DEFAULT, textnorm::NamesMode::CANONICAL, true},
    {"typographic, names off", textnorm::Profile::TYPOGRAPHIC, textnorm::NamesMode::OFF, false},
    {"typographic, names canonical", textnorm::Profile::TYPOGRAPHIC, textnorm::NamesMode::CANONICAL, false},
    {"typographic, names exonyms", textnorm::Profile::TYPOGRAPHIC, textnorm::NamesMode::EXONYMS, false},
    {"typographic, names by-language", textnorm::Profile::TYPOGRAPHIC, textnorm::NamesMode::BY_LANGUAGE, false},
    {"typographic, transliterate", textnorm::Profile::TYPOGRAPHIC, textnorm::NamesMode::EXONYMS, true},
};

struct Input {
  std::string name;
  std::string text;
};

std::vector<Input> read_inputs(const std::vector<fs::path>& dirs, const char* extension) {
  std::vector<Input> inputs;
  for (const fs::path& dir : dirs) {
    std::error_code error;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, error))
      if (entry.is_regular_file() && entry.path().extension() == extension) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) inputs.push_back({f.string(), golden::read_file(f)});
  }
  return inputs;
}

std::string apply_edits(std::string_view text, const std::vector<textnorm::Edit>& edits) {
  std::string out;
  std::size_t pos = 0;
  for (const textnorm::Edit& e : edits) {
    out.append(text.substr(pos, e.begin - pos));
    out.append(e.replacement);
    pos = e.end;
  }
  out.append(text.substr(pos));
  return out;
}

bool is_char_boundary(std::string_view text, std::size_t at) {
  return at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
}

// The offset map's answers, computed by walking the edits byte by byte.
void check_offset_map(std::string_view input, const textnorm::NormalizedText& result) {
  const textnorm::OffsetMap map(input.size(), result.edits);
  REQUIRE(map.normalized_size() == result.text.size());
  std::size_t original = 0, normalized = 0;
  auto check_unchanged_until = [&](std::size_t end) {
    for (; original < end; ++original, ++normalized) {
      if (map.to_normalized(original) != normalized || map.to_original(normalized) != original)
        FAIL_CHECK("offset map: original ", original, " normalized ", normalized);
    }
  };
  for (const textnorm::Edit& e : result.edits) {
    check_unchanged_until(e.begin);
    for (std::size_t k = 0; k < e.replacement.size(); ++k)
      if (map.to_original(normalized + k) != e.begin) FAIL_CHECK("offset map: inside ", e.begin);
    for (std::size_t o = e.begin; o < e.end; ++o)
      if (map.to_normalized(o) != normalized) FAIL_CHECK("offset map: inside ", e.begin);
    original = e.end;
    normalized += e.replacement.size();
  }
  check_unchanged_until(input.size());
  CHECK(map.to_normalized(input.size()) == result.text.size());
  CHECK(map.to_original(result.text.size()) == input.size());
}

void check_edits(const textnorm::Normalizer& normalizer, const std::set<std::string>& rule_ids,
                 const Input& input) {
  CAPTURE(input.name);
  const textnorm::NormalizedText result = normalizer.normalize_with_edits(input.text);
  CHECK(result.text == normalizer.normalize(input.text));
  CHECK(apply_edits(input.text, result.edits) == result.text);
  std::size_t previous_end = 0;
  for (const textnorm::Edit& e : result.edits) {
    CAPTURE(e.begin);
    CHECK(e.begin >= previous_end);
    CHECK(e.begin <= e.end);
    REQUIRE(e.end <= input.text.size());
    CHECK(input.text.compare(e.begin, e.end - e.begin, e.replacement) != 0);
    CHECK(is_char_boundary(input.text, e.begin));
    CHECK(is_char_boundary(input.text, e.end));
    CHECK(rule_ids.count(e.rule) == 1);
    CHECK_FALSE(e.plugin.empty());
    previous_end = e.end;
  }
  check_offset_map(input.text, result);
}

std::unique_ptr<textnorm::Normalizer> make_normalizer(const Mode& mode) {
  textnorm::Options options;
  options.profile = mode.profile;
  options.names = mode.names;
  options.transliterate = mode.transliterate;
  options.plugin_path = {TEXTNORM_PLUGIN_DIR};
  options.default_plugin_path = false;
  return std::make_unique<textnorm::Normalizer>(options);
}

void check_all_modes(const std::vector<Input>& inputs) {
  REQUIRE_FALSE(inputs.empty());
  for (const Mode& mode : kModes) {
    CAPTURE(mode.name);
    const auto normalizer = make_normalizer(mode);
    std::set<std::string> rule_ids;
    for (const textnorm::RuleInfo& r : normalizer->rules()) rule_ids.insert(r.id);
    for (const Input& input : inputs) check_edits(*normalizer, rule_ids, input);
  }
}

#ifdef TEXTNORM_DEV_CORPORA
const fs::path& kDev = dev_corpus::kDir;
#else
const fs::path kSource = TEXTNORM_SOURCE_DIR;
#endif

}  // namespace

#ifdef TEXTNORM_DEV_CORPORA
TEST_CASE("dev corpora: the edits give the output exactly") {
  std::vector<Input> inputs = read_inputs({kDev}, ".txt");
  for (Input& tsv : read_inputs({kDev}, ".tsv")) inputs.push_back(std::move(tsv));
  check_all_modes(inputs);
}

int main(int argc, char** argv) { return dev_corpus::run_tests(argc, argv); }
#else
TEST_CASE("test inputs and samples: the edits give the output exactly") {
  check_all_modes(read_inputs({kSource / "samples", kSource / "tests/golden/inputs"}, ".txt"));
}

TEST_CASE("line breaks, a BOM and invalid bytes are edits too") {
  textnorm::Options options;
  options.plugin_path = {TEXTNORM_PLUGIN_DIR};
  options.default_plugin_path = false;
  options.invalid = textnorm::InvalidUtf8::REPLACE;
  const textnorm::Normalizer normalizer(options);
  std::set<std::string> rule_ids;
  for (const textnorm::RuleInfo& r : normalizer.rules()) rule_ids.insert(r.id);
  const std::string text = "\xEF\xBB\xBF\"Hi\" ...\r\nbad \xFF byte\rlast \xE2\x80\x9Cone\xE2\x80\x9D";
  check_edits(normalizer, rule_ids, {"synthetic", text});
  const textnorm::NormalizedText result = normalizer.normalize_with_edits(text);
  REQUIRE(result.edits.size() >= 4);
  CHECK(result.edits.front() == textnorm::Edit{0, 3, "", "input.bom", "core"});
  const std::size_t crlf = text.find("\r\n");
  bool found_crlf = false, found_cr = false, found_invalid = false;
  for (const textnorm::Edit& e : result.edits) {
    found_crlf = found_crlf || (e.begin == crlf && e.end == crlf + 2 && e.rule == "input.newline");
    found_cr = found_cr || (e.begin == text.find("\rlast") && e.replacement == "\n");
    found_invalid = found_invalid || (e.begin == text.find('\xFF') && e.rule == "input.invalid-utf8");
  }
  CHECK(found_crlf);
  CHECK(found_cr);
  CHECK(found_invalid);
}

TEST_CASE("normalize_line gives the same edits as a one-line text") {
  const auto normalizer = make_normalizer(kModes[0]);
  const std::string line = "He said \"it's 5 ... no\"  \xE2\x80\x94 and left";
  std::string out;
  std::vector<textnorm::Edit> edits;
  normalizer->normalize_line(line, out, &edits);
  CHECK(edits == normalizer->normalize_with_edits(line).edits);
  CHECK(apply_edits(line, edits) == out);
  CHECK_FALSE(edits.empty());
}

int main(int argc, char** argv) {
  doctest::Context context(argc, argv);
  return context.run();
}
#endif
