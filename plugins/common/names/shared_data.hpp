// The data files the name plugins share (plugins/common/names/data/), linked into each.
#ifndef TEXTNORM_PLUGINS_COMMON_NAMES_SHARED_DATA_HPP
#define TEXTNORM_PLUGINS_COMMON_NAMES_SHARED_DATA_HPP

#include <cstddef>
#include <string_view>

namespace textnorm::plugins::names {

// The bytes of a file embedded at build time (textnorm_embed_file), between its two symbols.
inline std::string_view embedded(const char* begin, const char* end) {
  return {begin, static_cast<std::size_t>(end - begin)};
}

// common_first_names.txt: first names of English and French text, and other languages'
// standard names, that a given name standing alone is never rewritten from.
std::string_view common_first_names();
// spelling_fold.txt: the rules that fold Latin spellings to one key (ABI 1.3).
std::string_view spelling_fold_rules();
// variant_fold.txt: the coarser fold `textnorm variants` groups spellings under (ABI 1.4).
std::string_view variant_fold_rules();
// fold_stop_words.txt: dictionary words whose folded key is a name's (generated).
std::string_view fold_stop_words();

}  // namespace textnorm::plugins::names

#endif  // TEXTNORM_PLUGINS_COMMON_NAMES_SHARED_DATA_HPP
