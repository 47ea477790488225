#include "names/user_lexicon.hpp"

#include "names/script_transliterator.hpp"
#include "text/nfc.hpp"
#include "text/utf8.hpp"

#include <textnorm/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <fstream>

namespace textnorm::detail {
namespace {

// A control character (CR, NUL, ...) written into the text would break its lines.
bool has_control(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
  });
}

}  // namespace

std::vector<NameEntry> load_user_lexicon(const std::string& path,
                                         const ScriptTransliterator* scripts) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::IO, "cannot read lexicon " + path);
  std::vector<NameEntry> entries;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    const auto fail = [&](const std::string& what) {
      throw Error(ErrorKind::USAGE, fmt::format("{}:{}: {}", path, number, what));
    };
    if (find_invalid_utf8(line) != std::string_view::npos) fail("invalid UTF-8");
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos || line.find('\t', tab + 1) != std::string::npos)
      fail("expected canonical<TAB>variant");
    std::string canonical = line.substr(0, tab);
    std::string variant = line.substr(tab + 1);
    if (canonical.empty() || variant.empty()) fail("empty canonical or variant");
    if (has_control(canonical) || has_control(variant))
      fail("control character in the canonical or the variant");
    std::string normalized;
    if (to_nfc(canonical, normalized, nullptr)) canonical = normalized;
    if (to_nfc(variant, normalized, nullptr)) variant = normalized;
    std::string key;
    if (!name_key(variant, key)) fail("variant '" + variant + "' is not words separated by spaces, hyphens or apostrophes");
    const std::string entity = "lexicon:" + canonical;
    entries.push_back({entity, canonical, TEXTNORM_NAME_CANONICAL, "en", "lexicon"});
    if (!ScriptTransliterator::may_contain_other_script(variant)) {
      entries.push_back({entity, variant, TEXTNORM_NAME_VARIANT, "und", "lexicon"});
      continue;
    }
    entries.push_back({entity, variant, TEXTNORM_NAME_NATIVE, "und", "lexicon"});
    if (scripts == nullptr || !scripts->handles_any(variant)) continue;
    std::string latin;
    for (std::size_t i = 0, length = 0; i < variant.size(); i += length) {
      const std::size_t end = name_text::word_end(variant, i);
      if (end > i) {
        latin += scripts->transliterate(std::string_view(variant).substr(i, end - i));
        length = end - i;
      } else {
        decode_utf8(variant, i, length);
        latin.append(variant, i, length);
      }
    }
    // A transliterator keeps a combining mark apart (Мо́сква gives Mo + U+0301 + skva).
    if (to_nfc(latin, normalized, nullptr)) latin = normalized;
    entries.push_back({entity, latin, TEXTNORM_NAME_VARIANT, "und", "lexicon"});
  }
  return entries;
}

}  // namespace textnorm::detail
