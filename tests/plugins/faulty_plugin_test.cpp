// Plugins whose output is wrong are contained: the host refuses the segment with a message
// naming the plugin, and none of the plugin's text reaches the output.
#include "fixture_path.hpp"

#include <textnorm/normalizer.hpp>

#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

namespace {

using textnorm::ErrorKind;

textnorm::Normalizer normalizer_for(const std::string& fixture,
                                    std::vector<std::string> disabled = {}) {
  textnorm::Options options;
  options.plugin_path = {fixture::dir(fixture)};
  options.default_plugin_path = false;
  options.lang = "xx";
  options.disabled_rules = std::move(disabled);
  return textnorm::Normalizer(options);
}

// The error of normalizing `line` with the fixture alone; `out` must stay as it was.
textnorm::Error line_error(const textnorm::Normalizer& normalizer, const std::string& line) {
  std::string out = "kept";
  const textnorm::Error e = fixture::error_of([&] { normalizer.normalize_line(line, out); });
  CHECK(out == "kept");
  return e;
}

// normalize_stream of `text` through a temporary file, with `max_line_bytes`; returns the
// error and what was written before it.
textnorm::Error stream_error(const textnorm::Normalizer& normalizer, const std::string& text,
                             std::size_t max_line_bytes, std::string& written) {
  std::FILE* in = std::tmpfile();
  std::FILE* out = std::tmpfile();
  REQUIRE((in != nullptr && out != nullptr));
  std::fwrite(text.data(), 1, text.size(), in);
  std::rewind(in);
  textnorm::StreamOptions stream;
  stream.max_line_bytes = max_line_bytes;
  const textnorm::Error e =
      fixture::error_of([&] { normalizer.normalize_stream(in, out, "in.txt", stream); });
  std::rewind(out);
  char buffer[4096];
  written.clear();
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, out)) > 0;) written.append(buffer, n);
  std::fclose(in);
  std::fclose(out);
  return e;
}

}  // namespace

TEST_CASE("a plugin whose output is not NFC is refused, even with unicode.nfc off") {
  for (const std::vector<std::string>& disabled :
       {std::vector<std::string>{}, std::vector<std::string>{"unicode.nfc"}}) {
    const textnorm::Normalizer normalizer = normalizer_for("non_nfc", disabled);
    // e + U+0301 composes to é (h + U+0301 would not: no such letter, so it stays NFC).
    const textnorm::Error e = line_error(normalizer, "entre");
    CHECK(e.kind() == ErrorKind::PLUGIN_FAILED);
    CHECK(std::string(e.what()) == "plugin 'non_nfc' failed: its output is not in NFC");
  }
}

TEST_CASE("a plugin that grows a segment more than 64 times is refused") {
  const textnorm::Normalizer normalizer = normalizer_for("grows");
  const textnorm::Error e = line_error(normalizer, "hello");
  CHECK(e.kind() == ErrorKind::PLUGIN_FAILED);
  CHECK(std::string(e.what()) ==
        "plugin 'grows' failed: output more than 64 times the segment's size (edit 0..1)");
  // 20 bytes grow to 1019, 51 times: under 64 times, so the line limit is what stops it.
  const std::string twenty = "abcdefghijklmnopqrst";
  std::string out;
  normalizer.normalize_line(twenty, out);
  CHECK(out == std::string(1000, 'a') + twenty.substr(1));
}

TEST_CASE("a plugin that makes a line longer than the line limit fails the stream there") {
  const textnorm::Normalizer normalizer = normalizer_for("grows");
  std::string written;
  const textnorm::Error e =
      stream_error(normalizer, "\xC3\xA9t\xC3\xA9\nabcdefghijklmnopqrst\nnot reached\n", 1000, written);
  CHECK(e.kind() == ErrorKind::PLUGIN_FAILED);
  CHECK(std::string(e.what()).find("plugin 'grows' failed: it made the line 1019 bytes long, "
                                   "over the limit of 1000 (--max-line-bytes)") !=
        std::string::npos);
  CHECK(e.position().line == 2);
  CHECK(written == "\xC3\xA9t\xC3\xA9\n");  // the line before, and nothing of the grown one
}

TEST_CASE("a plugin that writes invalid UTF-8 fails the line, which is not written") {
  const textnorm::Normalizer normalizer = normalizer_for("bad_utf8");
  std::string written;
  // The plugin leaves an empty line alone.
  const textnorm::Error e = stream_error(normalizer, "\nhello\n", 1000, written);
  CHECK(e.kind() == ErrorKind::PLUGIN_FAILED);
  CHECK(std::string(e.what()).find("plugin 'bad_utf8' failed: replacement is not valid UTF-8") !=
        std::string::npos);
  CHECK(written == "\n");
}

TEST_CASE("--lang auto with more languages than detection tells apart is a start-up error") {
  textnorm::Options options;
  options.plugin_path = {fixture::dir("many_languages")};
  options.default_plugin_path = false;
  const textnorm::Error e = fixture::error_of([&] { textnorm::Normalizer{options}; });
  CHECK(e.kind() == ErrorKind::USAGE);
  CHECK(std::string(e.what()) ==
        "--lang auto tells at most 8 languages apart, and the plugins loaded serve 9 "
        "(xa, xb, xc, xd, xe, xf, xg, xh, xi): choose plugins with --plugins, or one language "
        "with --lang");
  options.lang = "xi";  // one language forced: no detection, no limit
  const textnorm::Normalizer normalizer(options);
  CHECK(normalizer.normalize("a  b\n") == "a b\n");
}
