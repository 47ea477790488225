// The host checks every edit a plugin reports: a bad one fails the segment with a clear message
// instead of corrupting the output.
#include "fixture_path.hpp"

#include <textnorm/normalizer.hpp>

#include <doctest/doctest.h>

#include <string>

namespace {

// The error normalizing `line` gives with only fixture plugin `name` loaded.
textnorm::Error error_with(const std::string& name, const std::string& line) {
  textnorm::Options options;
  options.plugin_path = {fixture::dir(name)};
  options.default_plugin_path = false;
  options.lang = "xx";
  const textnorm::Normalizer normalizer(options);
  std::string out;
  return fixture::error_of([&] { normalizer.normalize_line(line, out); });
}

}  // namespace

TEST_CASE("edits reported out of order are refused") {
  const textnorm::Error e = error_with("out_of_order", "abc");
  CHECK(e.kind() == textnorm::ErrorKind::PLUGIN_FAILED);
  CHECK(std::string(e.what()) ==
        "plugin 'out_of_order' failed: edits out of order or overlapping (edit 0..1)");
}

TEST_CASE("a replacement that is not valid UTF-8 is refused") {
  const textnorm::Error e = error_with("bad_utf8", "abc");
  CHECK(e.kind() == textnorm::ErrorKind::PLUGIN_FAILED);
  CHECK(std::string(e.what()) == "plugin 'bad_utf8' failed: replacement is not valid UTF-8 (edit 0..1)");
}

TEST_CASE("an edit that cuts a UTF-8 character in two is refused") {
  const textnorm::Error e = error_with("split_char", "\xC3\xA9t\xC3\xA9");
  CHECK(e.kind() == textnorm::ErrorKind::PLUGIN_FAILED);
  CHECK(std::string(e.what()) == "plugin 'split_char' failed: edit splits a UTF-8 character (edit 0..1)");
}
