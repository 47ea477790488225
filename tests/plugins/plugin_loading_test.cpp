// Plugins load only from the configured directories, and only when nobody but their owner can
// write them; files named nearly like a plugin are listed with the name they were meant to have.
#include "fixture_path.hpp"

#include <textnorm/normalizer.hpp>
#include <textnorm/plugin_info.hpp>

#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

// A fresh directory holding a copy of the fixture plugin "grows" (it serves "xx"), removed at
// the end of the test.
struct PluginDir {
  fs::path dir;
  fs::path plugin;
  PluginDir() {
    char pattern[] = "/tmp/textnorm-loading-XXXXXX";
    REQUIRE(::mkdtemp(pattern) != nullptr);
    dir = pattern;
    plugin = dir / "textnorm-grows.so";
    fs::copy_file(fixture::file("grows"), plugin);
    chmod(dir, 0755);
    chmod(plugin, 0755);
  }
  ~PluginDir() { fs::remove_all(dir); }
  static void chmod(const fs::path& path, unsigned mode) {
    REQUIRE(::chmod(path.c_str(), mode) == 0);
  }
  textnorm::PluginDiscovery discover(bool allow_insecure = false) const {
    return textnorm::discover_plugins({dir.string()}, false, allow_insecure);
  }
};

std::string only_rejection(const textnorm::PluginDiscovery& found, const fs::path& file) {
  CHECK(found.plugins.empty());
  REQUIRE(found.rejected.size() == 1);
  CHECK(found.rejected[0].path == file.string());
  return found.rejected[0].reason;
}

}  // namespace

TEST_CASE("a plugin directory writable by others or by its group is refused, saying why") {
  PluginDir d;
  REQUIRE(d.discover().plugins.size() == 1);

  PluginDir::chmod(d.dir, 0777);
  CHECK(only_rejection(d.discover(), d.plugin) ==
        "plugin directory " + d.dir.string() +
            " is writable by others (mode 0777), so anyone could put code in it; make it "
            "writable by its owner only (chmod go-w), or pass --allow-insecure-plugins");
  PluginDir::chmod(d.dir, 01777);  // sticky, as /tmp: others may still add a plugin
  CHECK(only_rejection(d.discover(), d.plugin).find("writable by others (mode 1777)") !=
        std::string::npos);
  PluginDir::chmod(d.dir, 0775);
  CHECK(only_rejection(d.discover(), d.plugin) ==
        "plugin directory " + d.dir.string() +
            " is writable by its group (mode 0775), so anyone in that group could put code in "
            "it; make it writable by its owner only (chmod go-w), or pass "
            "--allow-insecure-plugins");
}

TEST_CASE("a plugin file writable by others or by its group is refused, saying why") {
  PluginDir d;
  PluginDir::chmod(d.plugin, 0646);
  CHECK(only_rejection(d.discover(), d.plugin) ==
        "plugin file " + d.plugin.string() +
            " is writable by others (mode 0646), so anyone could change its code; make it "
            "writable by its owner only (chmod go-w), or pass --allow-insecure-plugins");
  PluginDir::chmod(d.plugin, 0664);
  CHECK(only_rejection(d.discover(), d.plugin).find("writable by its group (mode 0664)") !=
        std::string::npos);
}

TEST_CASE("--allow-insecure-plugins loads them anyway, through the Options field too") {
  PluginDir d;
  PluginDir::chmod(d.dir, 0777);
  PluginDir::chmod(d.plugin, 0666);
  const textnorm::PluginDiscovery found = d.discover(true);
  REQUIRE(found.plugins.size() == 1);
  CHECK(found.rejected.empty());

  textnorm::Options options;
  options.plugin_path = {d.dir.string()};
  options.default_plugin_path = false;
  options.lang = "xx";
  options.plugins = {"grows"};
  const textnorm::Error e = fixture::error_of([&] { textnorm::Normalizer{options}; });
  CHECK(e.kind() == textnorm::ErrorKind::NO_PLUGIN);
  CHECK(std::string(e.what()).find("plugin 'grows' cannot be used: " + d.plugin.string() +
                                   ": plugin directory " + d.dir.string() +
                                   " is writable by others") != std::string::npos);
  options.allow_insecure_plugins = true;
  const textnorm::Normalizer normalizer(options);
  CHECK(normalizer.plugins().plugins.size() == 1);
}

TEST_CASE("who owns a plugin does not matter, only who may write it") {
  if (::geteuid() != 0) return;  // only root can give a file away; CI runs as root
  PluginDir d;
  REQUIRE(::chown(d.dir.c_str(), 65534, 65534) == 0);
  REQUIRE(::chown(d.plugin.c_str(), 65534, 65534) == 0);
  const textnorm::PluginDiscovery found = d.discover();
  CHECK(found.plugins.size() == 1);
  CHECK(found.rejected.empty());
}

TEST_CASE("files named nearly like a plugin are listed with the name they need") {
  PluginDir d;
  for (const char* name : {"libtextnorm-de.so", "textnorm_de.so", "textnorm-de.so.1",
                           "textnorm-DE.so", "README", "libtextnorm.so.1", "textnorm-notes.txt"})
    std::ofstream(d.dir / name) << "not a plugin\n";
  const textnorm::PluginDiscovery found = d.discover();
  CHECK(found.plugins.size() == 1);
  std::vector<std::string> rejected;
  for (const auto& r : found.rejected) {
    rejected.push_back(fs::path(r.path).filename().string());
    CHECK(r.reason ==
          "named like a plugin, but plugin files are named textnorm-<name>.so with a name of "
          "[a-z0-9_]: did you mean textnorm-de.so?");
  }
  CHECK(rejected == std::vector<std::string>{"libtextnorm-de.so", "textnorm-DE.so",
                                             "textnorm-de.so.1", "textnorm_de.so"});
}

TEST_CASE("the current directory is never searched, nor a relative TEXTNORM_PLUGIN_PATH") {
  PluginDir d;
  const fs::path before = fs::current_path();
  fs::current_path(d.dir);
  const char* saved = std::getenv("TEXTNORM_PLUGIN_PATH");
  const std::string saved_value = saved ? saved : "";
  for (const char* path : {"", ".", ":.:", "textnorm-grows.so"}) {
    ::setenv("TEXTNORM_PLUGIN_PATH", path, 1);
    const textnorm::PluginDiscovery found = textnorm::discover_plugins({}, true);
    for (const auto& p : found.plugins) CHECK(p.name != "grows");
    for (const auto& dir : found.search_path) CHECK(dir != d.dir.string());
  }
  textnorm::Options options;
  options.plugins = {"grows"};  // a bare name is no path
  options.lang = "xx";
  CHECK(fixture::error_of([&] { textnorm::Normalizer{options}; }).kind() ==
        textnorm::ErrorKind::NO_PLUGIN);
  if (saved) ::setenv("TEXTNORM_PLUGIN_PATH", saved_value.c_str(), 1);
  else ::unsetenv("TEXTNORM_PLUGIN_PATH");
  fs::current_path(before);
}
