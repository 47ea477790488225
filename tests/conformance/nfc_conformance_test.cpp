// Unicode's NormalizationTest.txt through textnorm's NFC (detail::to_nfc): for every line,
// c2 == NFC(c1) == NFC(c2) == NFC(c3) and c4 == NFC(c4) == NFC(c5). The characters of part 1
// also go through the whole pipeline, whose output must stay NFC. Debian's unicode-data ships
// the file compressed; without it (or without bzip2 to read it) the test exits 77: skipped.
#include "text/nfc.hpp"
#include "text/utf8.hpp"

#include <textnorm/textnorm.hpp>

#include <unicode/normalizer2.h>

#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct TestLine {
  int part;
  std::size_t number;  // line number in the file
  std::array<std::string, 5> columns;  // c1..c5 as UTF-8
};

std::string g_path;  // the file found by main()

// The file's text, through bzip2 when it is compressed.
std::string read_test_file(const std::string& path) {
  std::string text;
  if (path.size() > 4 && path.compare(path.size() - 4, 4, ".bz2") == 0) {
    const std::string command = "bzip2 -dc '" + path + "'";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
    if (!pipe) return text;
    char buffer[1 << 16];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe.get())) > 0) text.append(buffer, n);
  } else {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    text = out.str();
  }
  return text;
}

// "1E0A 0323" -> UTF-8.
std::string decode_column(const std::string& hex) {
  std::string out;
  std::istringstream in(hex);
  std::string item;
  while (in >> item) textnorm::detail::append_utf8(out, char32_t(std::stoul(item, nullptr, 16)));
  return out;
}

std::vector<TestLine> parse(const std::string& text) {
  std::vector<TestLine> lines;
  int part = -1;
  std::size_t number = 0;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    ++number;
    if (line.rfind("@Part", 0) == 0) {
      part = line[5] - '0';
      continue;
    }
    line = line.substr(0, line.find('#'));
    if (line.find(';') == std::string::npos) continue;
    TestLine t{part, number, {}};
    std::istringstream fields(line);
    for (std::string& column : t.columns) {
      std::string field;
      std::getline(fields, field, ';');
      column = decode_column(field);
    }
    lines.push_back(std::move(t));
  }
  return lines;
}

std::string nfc(const std::string& s) {
  std::string out;
  return textnorm::detail::to_nfc(s, out, nullptr) ? out : s;
}

bool icu_is_nfc(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  const bool normalized = n->isNormalizedUTF8(icu::StringPiece(s.data(), int32_t(s.size())), status);
  return U_SUCCESS(status) && normalized;
}

const std::vector<TestLine>& test_lines() {
  static const std::vector<TestLine> lines = parse(read_test_file(g_path));
  return lines;
}

textnorm::Normalizer make_normalizer(textnorm::Profile profile, const std::string& lang) {
  textnorm::Options options;
  options.profile = profile;
  options.lang = lang;
  options.plugin_path = {TEXTNORM_PLUGIN_DIR};
  options.default_plugin_path = false;
  return textnorm::Normalizer(options);
}

}  // namespace

TEST_CASE("NormalizationTest.txt: NFC columns") {
  const std::vector<TestLine>& lines = test_lines();
  REQUIRE(lines.size() > 10000);  // a truncated or unreadable file must not pass quietly
  std::size_t failures = 0;
  for (const TestLine& t : lines) {
    const auto& c = t.columns;
    const bool ok = nfc(c[0]) == c[1] && nfc(c[1]) == c[1] && nfc(c[2]) == c[1] &&
                    nfc(c[3]) == c[3] && nfc(c[4]) == c[3];
    if (!ok && ++failures <= 20) FAIL_CHECK("NFC conformance fails at line " << t.number);
  }
  CHECK(failures == 0);
}

TEST_CASE("NormalizationTest.txt part 1: the whole pipeline keeps NFC") {
  std::vector<std::string> characters;
  for (const TestLine& t : test_lines())
    if (t.part == 1) characters.push_back(t.columns[0]);
  REQUIRE(characters.size() > 1000);
  for (const textnorm::Profile profile : {textnorm::Profile::DEFAULT, textnorm::Profile::TYPOGRAPHIC}) {
    for (const std::string lang : {"en", "fr"}) {
      const textnorm::Normalizer normalizer = make_normalizer(profile, lang);
      std::size_t failures = 0;
      for (const std::string& c : characters) {
        // Alone, and between letters it may compose with, and next to punctuation the rules touch.
        for (const std::string& line : {c, "e" + c + "a", "\u00AB " + c + " \u00BB ;", "A\u0301" + c}) {
          std::string out;
          normalizer.normalize_line(line, out);
          if ((!icu_is_nfc(out) || nfc(out) != out) && ++failures <= 20)
            FAIL_CHECK("pipeline output not NFC for the line <" << line << "> (" << lang << ")");
        }
      }
      CHECK(failures == 0);
    }
  }
}

int main(int argc, char** argv) {
  for (const char* candidate : {TEXTNORM_NORMALIZATION_TEST, TEXTNORM_NORMALIZATION_TEST ".bz2"}) {
    if (fs::is_regular_file(candidate)) {
      g_path = candidate;
      break;
    }
  }
  if (g_path.empty()) {
    std::printf("skipped: %s not found (Debian package unicode-data)\n", TEXTNORM_NORMALIZATION_TEST);
    return 77;
  }
  if (g_path.ends_with(".bz2") && std::system("bzip2 --help >/dev/null 2>&1") != 0) {
    std::printf("skipped: %s is compressed and bzip2 is not installed\n", g_path.c_str());
    return 77;
  }
  doctest::Context context(argc, argv);
  return context.run();
}
