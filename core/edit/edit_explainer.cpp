#include "edit/edit_explainer.hpp"

#include "text/utf8.hpp"

#include <fmt/format.h>
#include <unicode/uchar.h>

#include <iterator>

namespace textnorm::detail {
namespace {

bool is_invisible(char32_t c) {
  if (c == U' ') return false;
  switch (u_charType(UChar32(c))) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      return true;
    default:
      return false;
  }
}

void append_quoted(std::string& out, std::string_view text) {
  out.push_back('"');
  for (std::size_t i = 0; i < text.size();) {
    std::size_t invalid = 0;
    const std::size_t length = valid_sequence_length(text, i, invalid);
    if (length == 0) {
      for (std::size_t k = 0; k < invalid; ++k)
        fmt::format_to(std::back_inserter(out), "<0x{:02X}>", static_cast<unsigned char>(text[i + k]));
      i += invalid;
      continue;
    }
    std::size_t decoded_length = 0;
    const char32_t c = decode_utf8(text, i, decoded_length);
    if (c == U'"' || c == U'\\') {
      out.push_back('\\');
      out.push_back(char(c));
    } else if (is_invisible(c)) {
      fmt::format_to(std::back_inserter(out), "<U+{:04X}>", std::uint32_t(c));
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  out.push_back('"');
}

}  // namespace

void append_explanation(std::string& out, std::string_view label, std::string_view original,
                        const std::vector<Edit>& edits) {
  for (const Edit& e : edits) {
    out.append("  ");
    if (!label.empty()) {
      out.append(label);
      out.append("  ");
    }
    fmt::format_to(std::back_inserter(out), "{}-{}  ", e.begin, e.end);
    append_quoted(out, original.substr(e.begin, e.end - e.begin));
    out.append(" \u2192 ");
    append_quoted(out, e.replacement);
    fmt::format_to(std::back_inserter(out), "  {} ({})\n", e.rule, e.plugin);
  }
}

}  // namespace textnorm::detail
