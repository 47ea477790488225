// Where the fixture plugins of tests/plugins are built: one directory per case.
#ifndef TEXTNORM_TESTS_PLUGINS_FIXTURE_PATH_HPP
#define TEXTNORM_TESTS_PLUGINS_FIXTURE_PATH_HPP

#include <textnorm/error.hpp>

#include <doctest/doctest.h>

#include <string>

namespace fixture {

// The directory holding only textnorm-<name>.so.
inline std::string dir(const std::string& name) { return TEXTNORM_FIXTURES_DIR "/" + name; }

// The plugin file itself.
inline std::string file(const std::string& name) {
  return dir(name) + "/textnorm-" + name + ".so";
}

// The textnorm::Error `body` throws; fails the test when it throws nothing.
template <class Body>
textnorm::Error error_of(Body&& body) {
  try {
    body();
  } catch (const textnorm::Error& e) {
    return e;
  }
  FAIL("no textnorm::Error thrown");
  return textnorm::Error(textnorm::ErrorKind::USAGE, "unreachable");
}

}  // namespace fixture

#endif  // TEXTNORM_TESTS_PLUGINS_FIXTURE_PATH_HPP
