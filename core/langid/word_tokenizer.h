// Cuts text into the words language identification looks up.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace textnorm::detail {

// One piece of a word, lowercased, with ’ written as '. "L'amour" gives "l'" and "amour";
// "don't" gives "don" and "'t" (English clitics 's 't 'm 're 've 'll 'd); hyphens separate
// words. core/langid/tools/make_profile.py cuts its corpora the same way.
struct WordPiece {
  std::string_view key;       // valid only during the callback
  std::size_t begin;          // byte span of the whole word in the text
  std::size_t end;
  bool capitalized;           // the word's first letter is uppercase
  bool all_caps;              // two or more letters, all uppercase ("UN", "GOP")
  bool after_opening_quote;   // an opening quote mark comes right before the word
};

// Calls `on_piece` for every word piece of `text`, in order.
void for_each_word_piece(std::string_view text,
                         const std::function<void(const WordPiece&)>& on_piece);

}  // namespace textnorm::detail
