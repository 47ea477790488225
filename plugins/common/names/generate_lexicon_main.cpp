// Writes the lexicon of the name plugin whose data it is linked with (plugin_data()) to the two
// files given as its arguments, the table the plugin embeds and lexicon.tsv (lexicon_file.hpp):
// the romanizations of every name are computed once at build time, with the host's ICU
// services, instead of at every start.
#include "lexicon_file.hpp"
#include "names_plugin.hpp"

#include "plugin/host_services.hpp"

#include <cstdio>
#include <exception>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

namespace {

// Writes `text` to `path` through a temporary file, so that no half-written file is left.
bool write_file(const std::string& path, const std::string& text) {
  const std::string temporary = path + ".tmp";
  std::ofstream out(temporary, std::ios::binary);
  out << text;
  out.close();
  return out && std::rename(temporary.c_str(), path.c_str()) == 0;
}

}  // namespace

int main(int argc, char** argv) {
  namespace names = textnorm::plugins::names;
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s TABLE TSV\n", argv[0]);
    return 2;
  }
  try {
    const names::PluginData data = names::plugin_data();
    const std::vector<names::NameRecord> records =
        names::generate_lexicon(data, names::Romanizer(textnorm::detail::host_services()));
    for (const auto& [path, text] : {std::pair{argv[1], names::encode_lexicon(records)},
                                     std::pair{argv[2], names::format_lexicon(records)}}) {
      if (!write_file(path, text)) {
        std::fprintf(stderr, "%s: cannot write %s\n", argv[0], path);
        return 1;
      }
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: %s\n", argv[0], e.what());
    return 1;
  }
  return 0;
}
