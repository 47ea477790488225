// textnorm-compile-profile PROFILE.tsv OUTPUT: compiles a language profile (word<TAB>natural
// log of its probability, `#` comments, the row `<unknown>`) into the table a plugin embeds
// and hands to the host with EvidenceWriter::word_table (ABI 1.4), so that start-up neither
// parses nor hashes it. CMake: textnorm_add_language_profile().
#include "langid/language_profile.hpp"
#include "langid/profile_table.hpp"

#include <cstdio>
#include <exception>
#include <fstream>
#include <string>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: textnorm-compile-profile PROFILE.tsv OUTPUT\n");
    return 2;
  }
  try {
    const std::string bytes = textnorm::detail::ProfileTable::compile(
        textnorm::detail::load_language_profile(argv[1], ""));
    const std::string temporary = std::string(argv[2]) + ".tmp";
    std::ofstream out(temporary, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out || std::rename(temporary.c_str(), argv[2]) != 0) {
      std::fprintf(stderr, "textnorm-compile-profile: cannot write %s\n", argv[2]);
      return 1;
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "textnorm-compile-profile: %s\n", e.what());
    return 1;
  }
  return 0;
}
