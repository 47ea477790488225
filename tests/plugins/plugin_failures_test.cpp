// What a user sees when a plugin cannot be used: the exact one-line reason for each kind of
// broken file, that an unrequested broken plugin is only skipped, and how a plugin that throws
// fails the input.
#include "fixture_path.hpp"

#include <textnorm/normalizer.hpp>
#include <textnorm/plugin_abi.h>
#include <textnorm/plugin_info.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using textnorm::ErrorKind;

const std::vector<std::string> kBrokenCases = {"bogus",    "noentry",     "abi_major", "abi_minor",
                                               "misnamed", "missing_dep", "bad_phase"};

// Loads the one fixture `name` alone and returns why it was rejected.
std::string rejection_of(const std::string& name) {
  const textnorm::PluginDiscovery found = textnorm::discover_plugins({fixture::dir(name)}, false);
  CHECK(found.plugins.empty());
  REQUIRE(found.rejected.size() == 1);
  CHECK(found.rejected[0].path == fixture::file(name));
  return found.rejected[0].reason;
}

std::string abi(unsigned major, unsigned minor) {
  return std::to_string(major) + "." + std::to_string(minor);
}

bool has_plugin(const textnorm::PluginDiscovery& found, const std::string& name) {
  return std::any_of(found.plugins.begin(), found.plugins.end(),
                     [&](const textnorm::PluginInfo& p) { return p.name == name; });
}

}  // namespace

TEST_CASE("each kind of broken plugin file is rejected with a one-line reason") {
  CHECK(rejection_of("bogus") == "cannot load: invalid ELF header");
  CHECK(rejection_of("noentry") ==
        "not a textnorm plugin: no entry symbol 'textnorm_plugin_noentry_entry'");
  const std::string host = abi(TEXTNORM_ABI_MAJOR, TEXTNORM_ABI_MINOR);
  CHECK(rejection_of("abi_major") == "ABI " + abi(TEXTNORM_ABI_MAJOR + 1, 0) +
                                         " is not supported by this host (ABI " + host + ")");
  CHECK(rejection_of("abi_minor") == "ABI " + abi(TEXTNORM_ABI_MAJOR, TEXTNORM_ABI_MINOR + 1) +
                                         " is not supported by this host (ABI " + host + ")");
  CHECK(rejection_of("misnamed") ==
        "plugin calls itself 'other' but its file name says 'misnamed'");
  CHECK(rejection_of("bad_phase") == "descriptor has an unknown phase 7");
  CHECK(rejection_of("missing_dep") ==
        "cannot load: needs libtextnorm_fixture_dependency.so, which the dynamic loader cannot "
        "find");
}

TEST_CASE("unrequested broken plugins are skipped and the good ones still normalize") {
  textnorm::Options options;
  for (const std::string& name : kBrokenCases) options.plugin_path.push_back(fixture::dir(name));
  options.lang = "en";
  const textnorm::Normalizer normalizer(options);
  const textnorm::PluginDiscovery& found = normalizer.plugins();
  CHECK(found.rejected.size() == kBrokenCases.size());
  CHECK(has_plugin(found, "en"));
  CHECK(has_plugin(found, "fr"));
  CHECK(normalizer.normalize("\xE2\x80\x9CHello\xE2\x80\x9D  world\n") == "\"Hello\" world\n");
}

TEST_CASE("a requested plugin that cannot be loaded is an error naming file and reason") {
  textnorm::Options options;
  options.plugin_path = {fixture::dir("misnamed")};
  options.plugins = {"misnamed"};
  const textnorm::Error e = fixture::error_of([&] { textnorm::Normalizer{options}; });
  CHECK(e.kind() == ErrorKind::NO_PLUGIN);
  CHECK(std::string(e.what()) == "plugin 'misnamed' cannot be used: " + fixture::file("misnamed") +
                                     ": plugin calls itself 'other' but its file name says "
                                     "'misnamed'");
}

TEST_CASE("a plugin that throws fails the input with its message") {
  textnorm::Options options;
  options.plugin_path = {fixture::dir("throws")};
  options.default_plugin_path = false;
  options.lang = "xx";
  const textnorm::Normalizer normalizer(options);

  std::string out;
  const textnorm::Error line_error = fixture::error_of([&] { normalizer.normalize_line("hi", out); });
  CHECK(line_error.kind() == ErrorKind::PLUGIN_FAILED);
  CHECK(std::string(line_error.what()) == "plugin 'throws' failed: boom");

  const textnorm::Error text_error = fixture::error_of([&] { normalizer.normalize("ok\nhi\n"); });
  CHECK(text_error.kind() == ErrorKind::PLUGIN_FAILED);
  CHECK(std::string(text_error.what()) == "plugin 'throws' failed: boom");
  CHECK(text_error.position().line == 1);
}

TEST_CASE("a plugin whose create() throws is skipped unless requested") {
  const std::string reason =
      "plugin 'create_throws' failed to start: no dictionary in /usr/share/xx";
  textnorm::Options options;
  options.plugin_path = {fixture::dir("create_throws")};
  options.lang = "en";

  const textnorm::Normalizer normalizer(options);
  REQUIRE(normalizer.plugins().rejected.size() == 1);
  CHECK(normalizer.plugins().rejected[0].path == fixture::file("create_throws"));
  CHECK(normalizer.plugins().rejected[0].reason == reason);
  CHECK_FALSE(has_plugin(normalizer.plugins(), "create_throws"));
  CHECK(normalizer.normalize("a  b") == "a b");

  options.plugins = {"create_throws"};
  options.lang = "xx";
  const textnorm::Error e = fixture::error_of([&] { textnorm::Normalizer{options}; });
  CHECK(e.kind() == ErrorKind::PLUGIN_FAILED);
  CHECK(std::string(e.what()) == reason);
}

TEST_CASE("an entities plugin with spelling fold rules that do not parse fails the start") {
  textnorm::Options options;
  options.plugin_path = {fixture::dir("bad_fold")};
  options.lang = "en";
  const textnorm::Error e = fixture::error_of([&] { textnorm::Normalizer{options}; });
  CHECK(e.kind() == ErrorKind::PLUGIN_FAILED);
  CHECK(std::string(e.what()) ==
        "plugin 'bad_fold' gave bad spelling fold rules: line 2: expected from<TAB>to, "
        ":strip-marks, :entities, :kept-letters or !Form");
  // With the names stage off, its lexicon is never read.
  options.names = textnorm::NamesMode::OFF;
  const textnorm::Normalizer normalizer(options);
  CHECK(normalizer.normalize("a  b") == "a b");
}
