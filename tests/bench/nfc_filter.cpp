// The baseline run_bench.sh compares textnorm with: the least a line-by-line NFC normalizer
// must do. Reads standard input in 1 MiB blocks, runs ICU's NFC (normalizeUTF8, UTF-8 to UTF-8,
// no UTF-16 round trip) on each LF-terminated line and writes standard output in 1 MiB
// blocks. A missing final line break stays missing; nothing else is done (no validation beyond
// ICU's, no CR handling).
//
// usage: nfc_filter < IN > OUT
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include <unistd.h>

namespace {

constexpr std::size_t kBlock = 1 << 20;

bool write_all(const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(STDOUT_FILENO, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      std::fprintf(stderr, "nfc_filter: write: %s\n", std::strerror(errno));
      return false;
    }
    data += n;
    size -= std::size_t(n);
  }
  return true;
}

}  // namespace

int main() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "nfc_filter: %s\n", u_errorName(status));
    return 1;
  }

  std::string in;   // unread input: at most one partial line plus one block
  std::string out;  // normalized lines not yet written
  in.reserve(2 * kBlock);
  out.reserve(2 * kBlock);
  icu::StringByteSink<std::string> sink(&out);

  auto normalize = [&](std::string_view line) {
    nfc->normalizeUTF8(0, icu::StringPiece(line.data(), int32_t(line.size())), sink, nullptr,
                       status);
    return U_SUCCESS(status);
  };

  bool eof = false;
  while (!eof) {
    const std::size_t kept = in.size();
    in.resize(kept + kBlock);
    ssize_t n;
    do n = ::read(STDIN_FILENO, in.data() + kept, kBlock);
    while (n < 0 && errno == EINTR);
    if (n < 0) {
      std::fprintf(stderr, "nfc_filter: read: %s\n", std::strerror(errno));
      return 1;
    }
    in.resize(kept + std::size_t(n));
    eof = n == 0;

    std::size_t begin = 0;
    while (begin < in.size()) {
      const void* lf = std::memchr(in.data() + begin, '\n', in.size() - begin);
      if (!lf) break;
      const std::size_t end = std::size_t(static_cast<const char*>(lf) - in.data());
      if (!normalize(std::string_view(in).substr(begin, end - begin))) break;
      out += '\n';
      begin = end + 1;
    }
    if (eof && begin < in.size() && U_SUCCESS(status)) {  // a last line without line break
      normalize(std::string_view(in).substr(begin));
      begin = in.size();
    }
    if (U_FAILURE(status)) {
      std::fprintf(stderr, "nfc_filter: ICU: %s\n", u_errorName(status));
      return 1;
    }
    in.erase(0, begin);
    if (out.size() >= kBlock || eof) {
      if (!write_all(out.data(), out.size())) return 1;
      out.clear();
    }
  }
  return 0;
}
