// Unicode Normalization Form C on UTF-8, without a UTF-16 copy, with its edits.
#ifndef TEXTNORM_CORE_TEXT_NFC_HPP
#define TEXTNORM_CORE_TEXT_NFC_HPP

#include "edit/rewriter.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace textnorm::detail {

// True when `text` (valid UTF-8) is certainly in NFC without asking ICU: every code point below
// U+0300 is NFC-stable and never combines.
bool is_trivially_nfc(std::string_view text);

// True when `text` (valid UTF-8) is in NFC.
bool is_nfc(std::string_view text);

// Writes NFC(`in`) to `out` and returns true, or returns false when `in` is already NFC.
// Edits are attributed to the unicode.nfc rule.
bool to_nfc(std::string_view in, std::string& out, std::vector<StageEdit>* edits);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_TEXT_NFC_HPP
