#include "langid/profile_table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <stdexcept>
#include <vector>

namespace textnorm::detail {
namespace {

constexpr char kMagic[12] = {'t', 'e', 'x', 't', 'n', 'o', 'r', 'm', 'p', 'r', 'o', 'f'};
constexpr std::uint32_t kFormat = 1;

struct Header {
  char magic[12];
  std::uint32_t format;
  std::uint32_t words;
  std::uint32_t slots;
  float unknown;
  std::uint32_t keys_size;
};
static_assert(sizeof(Header) == 32);
static_assert(sizeof(WordTable::Slot) == 16);

std::size_t aligned(std::size_t n) { return (n + 7) & ~std::size_t(7); }

template <class T>
void append(std::string& out, const T* items, std::size_t count) {
  out.append(reinterpret_cast<const char*>(items), count * sizeof(T));
  out.resize(aligned(out.size()), '\0');
}

[[noreturn]] void invalid(const std::string& what) {
  throw std::runtime_error("compiled language profile: " + what);
}

}  // namespace

std::string ProfileTable::compile(const LanguageProfile& profile) {
  const std::size_t n = profile.words.size();
  std::vector<std::uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return profile.words[a].second > profile.words[b].second;
  });
  WordTable table;
  table.reserve(n);
  std::vector<float> weights;
  weights.reserve(n);
  for (const std::uint32_t i : order) {
    const std::uint32_t before = static_cast<std::uint32_t>(table.size());
    if (table.insert(profile.words[i].first) == before) weights.push_back(profile.words[i].second);
  }
  const WordTable::Layout layout = table.layout();
  std::vector<std::uint32_t> offsets(layout.offsets, layout.offsets + table.size());
  offsets.push_back(static_cast<std::uint32_t>(table.keys().size()));

  Header header{};
  std::memcpy(header.magic, kMagic, sizeof kMagic);
  header.format = kFormat;
  header.words = static_cast<std::uint32_t>(table.size());
  header.slots = static_cast<std::uint32_t>(layout.slot_count);
  header.unknown = profile.unknown_word_weight;
  header.keys_size = static_cast<std::uint32_t>(table.keys().size());
  std::string out;
  append(out, &header, 1);
  append(out, layout.slots, layout.slot_count);
  append(out, offsets.data(), offsets.size());
  append(out, weights.data(), weights.size());
  append(out, table.keys().data(), table.keys().size());
  return out;
}

ProfileTable::ProfileTable(std::string_view bytes) { read(bytes); }

ProfileTable::ProfileTable(const LanguageProfile& profile)
    : owned_(std::make_shared<const std::string>(compile(profile))) {
  read(*owned_);
}

void ProfileTable::read(std::string_view bytes) {
  if (reinterpret_cast<std::uintptr_t>(bytes.data()) % 8 != 0) invalid("not 8-byte aligned");
  Header header;
  if (bytes.size() < sizeof header) invalid("shorter than its header");
  std::memcpy(&header, bytes.data(), sizeof header);
  if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0) invalid("no 'textnormprof' magic");
  if (header.format != kFormat)
    invalid(fmt::format("format {}, this host reads format {}", header.format, kFormat));
  const std::size_t slots = header.slots;
  if ((slots & (slots - 1)) != 0 || slots < 2 * std::size_t(header.words))
    invalid("slot count is not a power of two above twice the words");
  const std::size_t slots_at = sizeof header;
  const std::size_t offsets_at = slots_at + aligned(slots * sizeof(WordTable::Slot));
  const std::size_t weights_at = offsets_at + aligned((header.words + 1) * sizeof(std::uint32_t));
  const std::size_t keys_at = weights_at + aligned(header.words * sizeof(float));
  if (bytes.size() < keys_at + header.keys_size) invalid("shorter than its arrays");
  layout_ = {reinterpret_cast<const WordTable::Slot*>(bytes.data() + slots_at), slots,
             reinterpret_cast<const std::uint32_t*>(bytes.data() + offsets_at),
             bytes.data() + keys_at};
  weights_ = reinterpret_cast<const float*>(bytes.data() + weights_at);
  words_ = header.words;
  unknown_ = header.unknown;
  if (layout_.offsets[words_] != header.keys_size) invalid("keys size mismatch");
}

}  // namespace textnorm::detail
