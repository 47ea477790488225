#include "jsonl/json_string.hpp"

#include <algorithm>

namespace textnorm::detail {
namespace {

bool needs_escape(char c) { return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20; }

void append_escape(std::string& out, char c) {
  switch (c) {
    case '"': out.append("\\\""); return;
    case '\\': out.append("\\\\"); return;
    case '\b': out.append("\\b"); return;
    case '\f': out.append("\\f"); return;
    case '\n': out.append("\\n"); return;
    case '\r': out.append("\\r"); return;
    case '\t': out.append("\\t"); return;
    default: break;
  }
  constexpr char kHex[] = "0123456789abcdef";
  const auto byte = static_cast<unsigned char>(c);
  const char escape[] = {'\\', 'u', '0', '0', kHex[byte >> 4], kHex[byte & 0xF]};
  out.append(escape, sizeof escape);
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  out.push_back('"');
  auto from = text.begin();
  while (true) {
    const auto special = std::find_if(from, text.end(), needs_escape);
    out.append(from, special);
    if (special == text.end()) break;
    append_escape(out, *special);
    from = special + 1;
  }
  out.push_back('"');
}

}  // namespace textnorm::detail
