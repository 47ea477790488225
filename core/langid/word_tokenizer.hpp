// Cuts text into the words language identification looks up.
#ifndef TEXTNORM_CORE_LANGID_WORD_TOKENIZER_HPP
#define TEXTNORM_CORE_LANGID_WORD_TOKENIZER_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace textnorm::detail {

// The endings cut from their word with the apostrophe before them ("'t" of "don't"), as the
// plugins give them through the evidence sink.
class Clitics {
 public:
  Clitics() = default;
  // Each ending with or without its leading apostrophe (' or ’): "'t", "ll".
  explicit Clitics(const std::vector<std::string>& endings);
  // Whether `tail`, the lowercase text after an apostrophe, is one of them.
  bool contains(std::string_view tail) const;

 private:
  std::vector<std::string> tails_;  // lowercase, without the apostrophe, sorted
};

// One piece of a word, lowercased, with ’ written as '. "L'amour" gives "l'" and "amour";
// with "'t" among the clitics, "don't" gives "don" and "'t"; hyphens separate words.
// core/langid/tools/make_profile.py cuts its corpora the same way.
struct WordPiece {
  std::uint32_t key_offset;  // the lowercased piece, in WordPieces::keys
  std::uint32_t key_length;
  std::size_t begin;  // byte span of the whole word in the text
  std::size_t end;
  bool capitalized;          // the piece starts the word and its first letter is uppercase
  bool all_caps;             // two or more letters, all uppercase ("UN", "GOP")
  bool after_opening_quote;  // an opening quote mark comes right before the word
};

struct WordPieces {
  std::string keys;
  std::vector<WordPiece> pieces;

  std::string_view key(const WordPiece& piece) const {
    return std::string_view(keys).substr(piece.key_offset, piece.key_length);
  }
};

// Replaces `out` with the word pieces of `text`, in order (reusing its buffers).
void tokenize_words(std::string_view text, const Clitics& clitics, WordPieces& out);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_LANGID_WORD_TOKENIZER_HPP
