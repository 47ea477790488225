// Fuzzes the user-lexicon reader (core/names/user_lexicon.*, --lexicon FILE): the input is the
// file's bytes. Properties: a malformed file is Error(USAGE) "FILE:LINE: ..." in valid UTF-8 and
// nothing else escapes; every entry read has a non-empty NFC UTF-8 form without TAB or line
// break and an entity naming its canonical form; reading twice gives the same entries.
#include "fuzz_checks.hpp"

#include "names/script_transliterator.hpp"
#include "names/user_lexicon.hpp"

#include <textnorm/error.hpp>

#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>

namespace {

const std::string& lexicon_path() {
  static const std::string path =
      "/tmp/textnorm-fuzz-lexicon-" + std::to_string(::getpid()) + ".tsv";
  return path;
}

// The Cyrillic and Armenian rules the bundled plugins declare, so that native forms are
// transliterated as with the real plugins.
const textnorm::detail::ScriptTransliterator& scripts() {
  static const textnorm::detail::ScriptTransliterator s({
      {"Cyrl", "::Russian-Latin/BGN;", "ru"},
      {"Armn", "::Armenian-Latin/BGN;", "hy"},
  });
  return s;
}

std::vector<textnorm::detail::NameEntry> read(const std::string& path) {
  return textnorm::detail::load_user_lexicon(path, &scripts());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string& path = lexicon_path();
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), std::streamsize(size));
  }
  std::vector<textnorm::detail::NameEntry> entries;
  try {
    entries = read(path);
  } catch (const textnorm::Error& e) {
    const std::string what = e.what();
    FUZZ_CHECK(e.kind() == textnorm::ErrorKind::USAGE, what);
    FUZZ_CHECK(what.find(path + ":") != std::string::npos, what);
    FUZZ_CHECK(fuzz::is_valid_utf8(what), fuzz::escaped(what));
    return 0;
  }
  for (const auto& entry : entries) {
    FUZZ_CHECK(!entry.form.empty(), "empty form of " + entry.entity);
    FUZZ_CHECK(fuzz::is_valid_utf8(entry.form), fuzz::escaped(entry.form));
    FUZZ_CHECK(fuzz::is_nfc(entry.form), fuzz::escaped(entry.form));
    FUZZ_CHECK(entry.form.find_first_of("\t\r\n") == std::string::npos, fuzz::escaped(entry.form));
    FUZZ_CHECK(entry.entity.rfind("lexicon:", 0) == 0, entry.entity);
  }
  const auto again = read(path);
  FUZZ_CHECK(again.size() == entries.size(), "read twice, two sizes");
  for (std::size_t i = 0; i < again.size(); ++i)
    FUZZ_CHECK(again[i].form == entries[i].form && again[i].entity == entries[i].entity,
               "entry " + std::to_string(i) + " differs when read again");
  return 0;
}
