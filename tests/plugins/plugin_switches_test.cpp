// What the user switches reach a plugin with: --disable works even for a plugin that never
// calls enabled(), and --plugin-option NAME.KEY=VALUE reaches that plugin's Context::option.
#include "fixture_path.hpp"

#include <textnorm/normalizer.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using textnorm::ErrorKind;

textnorm::Options careless_options() {
  textnorm::Options options;
  options.plugin_path = {fixture::dir("careless")};
  options.default_plugin_path = false;
  options.lang = "xx";
  return options;
}

}  // namespace

TEST_CASE("the host drops the edits of a disabled rule of a plugin that never calls enabled()") {
  textnorm::Options options = careless_options();
  CHECK(textnorm::Normalizer(options).normalize("a banana") == "A bAnAnA");
  options.disabled_rules = {"careless.shout"};
  const textnorm::Normalizer normalizer(options);
  CHECK(normalizer.normalize("a banana") == "a banana");
  std::string out;
  std::vector<textnorm::Edit> edits;
  normalizer.normalize_line("a banana", out, &edits);
  CHECK(edits.empty());
}

TEST_CASE("--plugin-option NAME.KEY=VALUE reaches plugin NAME's Context::option") {
  textnorm::Options options = careless_options();
  options.plugin_options = {"careless.mark=[ok]"};
  CHECK(textnorm::Normalizer(options).normalize("a cat") == "A cAt[ok]");
  // The last rule is switched off alone: the option still arrives, its edit is dropped.
  options.disabled_rules = {"careless.mark"};
  CHECK(textnorm::Normalizer(options).normalize("a cat") == "A cAt");
}

TEST_CASE("a plugin option that is malformed or names no plugin found is a usage error") {
  textnorm::Options options = careless_options();
  for (const std::string bad : {"mark=1", "careless.=1", ".mark=1", "careless.mark"}) {
    options.plugin_options = {bad};
    const textnorm::Error e = fixture::error_of([&] { textnorm::Normalizer{options}; });
    CHECK(e.kind() == ErrorKind::USAGE);
    CHECK(std::string(e.what()) ==
          "plugin option '" + bad + "' is not NAME.KEY=VALUE (e.g. de.quotes=guillemets)");
  }
  options.plugin_options = {"carless.mark=1"};
  const textnorm::Error e = fixture::error_of([&] { textnorm::Normalizer{options}; });
  CHECK(e.kind() == ErrorKind::USAGE);
  CHECK(std::string(e.what()) == "plugin option 'carless.mark=1': no plugin 'carless' was found");
}
