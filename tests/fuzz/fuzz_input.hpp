// Reads a fuzz input as a series of small decisions, then takes the rest as text; past the end
// every read gives zeros, so any input is a complete one.
#ifndef TEXTNORM_TESTS_FUZZ_FUZZ_INPUT_HPP
#define TEXTNORM_TESTS_FUZZ_FUZZ_INPUT_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace fuzz {

class Input {
 public:
  Input(const std::uint8_t* data, std::size_t size)
      : bytes_(reinterpret_cast<const char*>(data), size) {}

  std::uint8_t byte() {
    if (at_ >= bytes_.size()) return 0;
    return static_cast<std::uint8_t>(bytes_[at_++]);
  }
  std::uint32_t u32() {
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v = (v << 8) | byte();
    return v;
  }
  bool flag() { return (byte() & 1) != 0; }
  // A string of up to 255 bytes: its length byte, then its bytes.
  std::string string() {
    const std::size_t size = byte();
    const std::string_view s = bytes_.substr(at_ < bytes_.size() ? at_ : bytes_.size(), size);
    at_ += s.size();
    return std::string(s);
  }
  std::string_view rest() {
    const std::string_view s = bytes_.substr(at_ < bytes_.size() ? at_ : bytes_.size());
    at_ = bytes_.size();
    return s;
  }

 private:
  std::string_view bytes_;
  std::size_t at_ = 0;
};

}  // namespace fuzz

#endif  // TEXTNORM_TESTS_FUZZ_FUZZ_INPUT_HPP
