// Writes the lexicon of the name plugin whose data it is linked with (plugin_data()) to the
// file given as its argument, for the plugin to embed: the romanizations of every name are
// computed once at build time, with the host's ICU services, instead of at every start.
#include "lexicon_file.hpp"
#include "names_plugin.hpp"

#include "plugin/host_services.hpp"

#include <cstdio>
#include <exception>
#include <fstream>
#include <string>

int main(int argc, char** argv) {
  namespace names = textnorm::plugins::names;
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s OUTPUT\n", argv[0]);
    return 2;
  }
  try {
    const names::PluginData data = names::plugin_data();
    const std::string text = names::format_lexicon(
        names::generate_lexicon(data, names::Romanizer(textnorm::detail::host_services())));
    const std::string temporary = std::string(argv[1]) + ".tmp";
    std::ofstream out(temporary, std::ios::binary);
    out << text;
    out.close();
    if (!out || std::rename(temporary.c_str(), argv[1]) != 0) {
      std::fprintf(stderr, "%s: cannot write %s\n", argv[0], argv[1]);
      return 1;
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: %s\n", argv[0], e.what());
    return 1;
  }
  return 0;
}
