// Fuzzes the spelling-fold rule parser (core/names/spelling_fold.*) and the fold it builds.
// Input: rules, a NUL byte, then words separated by spaces or line breaks. As in the host, the
// rules are valid UTF-8 (the lexicon collector refuses others) and the words are NFC UTF-8.
// Properties: a malformed rule throws std::invalid_argument naming its line and nothing else
// escapes; a key is valid UTF-8, at most 1 KiB, the same on every call; serves() and
// has_kept_letter() do not crash on any word.
#include "fuzz_checks.hpp"

#include "names/spelling_fold.hpp"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t nul = input.find('\0');
  const std::string_view rules = input.substr(0, nul);
  const std::string_view text = nul == std::string_view::npos ? "" : input.substr(nul + 1);
  if (!fuzz::is_valid_utf8(rules)) return -1;  // the host never passes such rules

  std::optional<textnorm::detail::SpellingFold> fold;
  try {
    fold.emplace(rules);
  } catch (const std::invalid_argument& e) {
    FUZZ_CHECK(std::string_view(e.what()).substr(0, 5) == "line ",
               std::string("message without a line: ") + e.what());
    return 0;
  }
  FUZZ_CHECK(fuzz::is_valid_utf8(fold->rules()), fuzz::escaped(fold->rules()));
  if (!fuzz::is_valid_utf8(text) || !fuzz::is_nfc(text)) return 0;

  std::string key;
  std::string again;
  std::string scratch;
  for (std::size_t at = 0; at <= text.size();) {
    std::size_t end = text.find_first_of(" \n", at);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(at, end - at);
    at = end + 1;
    if (word.empty()) continue;
    fold->fold(word, key, scratch);
    FUZZ_CHECK(key.size() <= 1024, "key of " + std::to_string(key.size()) + " bytes");
    FUZZ_CHECK(fuzz::is_valid_utf8(key), fuzz::escaped(word) + " -> " + fuzz::escaped(key));
    fold->fold(word, again, scratch);
    FUZZ_CHECK(key == again, fuzz::escaped(word) + " folds two ways");
    (void)fold->serves(word);
    (void)fold->has_kept_letter(word, scratch);
    (void)fold->stopped(key);
  }
  return 0;
}
