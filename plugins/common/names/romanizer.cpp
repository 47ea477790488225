#include "romanizer.hpp"

#include <array>
#include <cstddef>
#include <stdexcept>

namespace textnorm::plugins::names {
namespace {

void append(void* context, const char* data, std::size_t size) {
  static_cast<std::string*>(context)->append(data, size);
}

}  // namespace

Romanizer::Romanizer(const textnorm_host_services& host) : host_(host) {
  if (host.struct_size < offsetof(textnorm_host_services, transform_apply) + sizeof(void*) ||
      host.transform_open == nullptr || host.transform_apply == nullptr)
    throw std::runtime_error("the host offers no transliteration service (ABI 1.1 needed)");
  ascii_ = compile("ascii", "Any-Latin; Latin-ASCII", false);
}

textnorm_transform* Romanizer::compile(std::string_view label, std::string_view rules_or_id,
                                       bool is_rules) const {
  std::array<char, 512> message{};
  textnorm_error error{message.data(), message.size()};
  textnorm_transform* t =
      host_.transform_open(rules_or_id.data(), rules_or_id.size(), is_rules ? 1 : 0, &error);
  if (t == nullptr)
    throw std::runtime_error(std::string(label) + ": " +
                             (message[0] ? message.data() : "cannot compile transform"));
  return t;
}

std::string Romanizer::nfc(std::string_view text) const {
  std::string out;
  std::array<char, 256> message{};
  textnorm_error error{message.data(), message.size()};
  textnorm_byte_sink sink{&out, &append};
  if (host_.to_nfc(text.data(), text.size(), &sink, &error) != TEXTNORM_OK)
    throw std::runtime_error(std::string("to_nfc: ") + message.data());
  return out;
}

std::string Romanizer::apply(textnorm_transform* transform, std::string_view text) const {
  std::string out;
  std::array<char, 256> message{};
  textnorm_error error{message.data(), message.size()};
  textnorm_byte_sink sink{&out, &append};
  if (host_.transform_apply(transform, text.data(), text.size(), &sink, &error) != TEXTNORM_OK)
    throw std::runtime_error(std::string("transform: ") + message.data());
  return nfc(out);
}

std::vector<std::string> Romanizer::apply_many(textnorm_transform* transform,
                                               const std::vector<std::string>& texts) const {
  std::vector<std::string> out(texts.size());
  std::string joined;
  std::vector<std::size_t> batched;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (texts[i].find('\n') != std::string::npos) {
      out[i] = apply(transform, texts[i]);
      continue;
    }
    joined += texts[i];
    joined += '\n';
    batched.push_back(i);
  }
  if (batched.empty()) return out;
  const std::string result = apply(transform, joined);
  std::size_t start = 0;
  for (std::size_t k = 0; k < batched.size(); ++k) {
    const std::size_t end = result.find('\n', start);
    if (end == std::string::npos)
      throw std::runtime_error("transform: a scheme removed a line break of a batch");
    out[batched[k]] = result.substr(start, end - start);
    start = end + 1;
  }
  return out;
}

std::vector<std::string> Romanizer::ascii_fold_many(const std::vector<std::string>& texts) const {
  std::vector<std::string> out = apply_many(ascii_, texts);
  for (std::string& s : out) s = strip_quotes(s);
  return out;
}

std::string Romanizer::strip_quotes(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c != '\'' && c != '"') out += c;
  return out;
}

std::string Romanizer::ascii_fold(std::string_view text) const {
  return strip_quotes(apply(ascii_, text));
}

}  // namespace textnorm::plugins::names
