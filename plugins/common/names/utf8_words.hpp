// Small UTF-8 helpers the name generator needs: code points, scripts, words. No ICU: plugins
// link nothing but libc/libstdc++.
#ifndef TEXTNORM_PLUGINS_COMMON_NAMES_UTF8_WORDS_HPP
#define TEXTNORM_PLUGINS_COMMON_NAMES_UTF8_WORDS_HPP

#include <string>
#include <string_view>
#include <vector>

namespace textnorm::plugins::names {

enum class Script { LATIN, CYRILLIC, ARMENIAN };

// The code points of valid UTF-8 `text`, each as its own string ("Пётр" -> П, ё, т, р).
std::vector<std::string> code_points(std::string_view text);

// The script of the first letter of `text` (Latin when there is none).
Script script_of(std::string_view text);

// Words separated by single spaces.
std::vector<std::string> split_words(std::string_view text);
std::string join_words(const std::vector<std::string>& words);

// Items of a '|'-separated column, trimmed, empty ones dropped.
std::vector<std::string> split_list(std::string_view field);

bool ends_with(std::string_view text, std::string_view suffix);

// `text` without its last `n` code points.
std::string drop_code_points(std::string_view text, std::size_t n);

}  // namespace textnorm::plugins::names

#endif  // TEXTNORM_PLUGINS_COMMON_NAMES_UTF8_WORDS_HPP
