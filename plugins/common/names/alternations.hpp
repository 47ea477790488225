// Regular alternations between romanizations (docs: /work/shared/notes/romanization.md):
// Dmitry/Dmitri/Dmitriy, Yevgeny/Evgeny, Shoigu/Shoygu, Pashinyan/Pashinian, Aliyev/Aliev.
#ifndef TEXTNORM_PLUGINS_COMMON_NAMES_ALTERNATIONS_HPP
#define TEXTNORM_PLUGINS_COMMON_NAMES_ALTERNATIONS_HPP

#include <set>
#include <string>
#include <string_view>

namespace textnorm::plugins::names {

// The spellings one alternation away from `text`: each alternation is applied alone, at every
// place it fits (Dmitry Peskov -> Dmitri Peskov, Dmitriy Peskov, Dmitrii Peskov).
std::set<std::string> alternate_spellings(std::string_view text);

// The further alternations of a given name standing alone, one at a time: Ukrainian and
// Belarusian h for g (Serhei, Ihor), i for y between consonants (Mikhaylo, Dmitro), -i as -y
// or -iy (Dimitry, Evgueniy), xs for ks (Alexsey), Polish w for v (Walentyna).
std::set<std::string> given_name_spellings(std::string_view text);

}  // namespace textnorm::plugins::names

#endif  // TEXTNORM_PLUGINS_COMMON_NAMES_ALTERNATIONS_HPP
