// The --explain form of edits: one line per edit that a person reads at a glance, e.g.
//   12-15  "..." → "…"  punct.ellipsis (core)
// (docs/explain.md documents it; keep it stable).
#ifndef TEXTNORM_CORE_EDIT_EDIT_EXPLAINER_HPP
#define TEXTNORM_CORE_EDIT_EDIT_EXPLAINER_HPP

#include <textnorm/edit.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace textnorm::detail {

// Appends "  [LABEL  ]BEGIN-END  "BEFORE" → "AFTER"  RULE (PLUGIN)\n" for each edit of
// `original` (spans are its bytes, end excluded). In the quoted texts, '"' and '\' are
// backslashed and characters a reader cannot see (controls, spaces other than U+0020, format
// characters such as U+200B) are written <U+XXXX>; bytes that are not UTF-8 are written <0xXX>.
void append_explanation(std::string& out, std::string_view label, std::string_view original,
                        const std::vector<Edit>& edits);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_EDIT_EDIT_EXPLAINER_HPP
