#include "cli/line_input.hpp"

#include "pipeline/line_splitter.hpp"

#include <textnorm/error.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace textnorm::cli {

void for_each_line(const std::string& name,
                   const std::function<void(std::string_view, std::size_t)>& on_line) {
  std::FILE* file = name == "-" ? stdin : std::fopen(name.c_str(), "rb");
  if (file == nullptr)
    throw Error(ErrorKind::IO, fmt::format("cannot open '{}': {}", name, std::strerror(errno)));
  std::vector<char> buffer(1 << 16);
  detail::LineSplitter splitter;
  std::size_t line_number = 0;
  auto emit = [&](std::string_view line, bool, std::size_t) {
    ++line_number;
    if (line_number == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    on_line(line, line_number);
  };
  try {
    std::size_t n;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), file)) > 0) {
      splitter.feed(std::string_view(buffer.data(), n), emit);
    }
    if (std::ferror(file)) throw Error(ErrorKind::IO, fmt::format("cannot read '{}'", name));
    splitter.finish(emit);
  } catch (...) {
    if (file != stdin) std::fclose(file);
    throw;
  }
  if (file != stdin) std::fclose(file);
}

}  // namespace textnorm::cli
