#include "text/nfc.hpp"

#include "rules/core_rules.hpp"
#include "text/utf8.hpp"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <fmt/format.h>

#include <stdexcept>

namespace textnorm::detail {
namespace {

const icu::Normalizer2& nfc_instance() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFC data unavailable");
    return n;
  }();
  return *instance;
}

// UAX #15's stream-safe text format: at most 30 non-starters in a row. ICU puts a run of
// combining marks in canonical order by insertion, in time quadratic in the run's length; a
// combining grapheme joiner after each 30 keeps NFC linear on any input.
constexpr std::size_t kMaxNonStarters = 30;
constexpr std::string_view kGraphemeJoiner = "\u034F";

// `in` with U+034F before the 31st non-starter of every run, or false when no run is that long.
bool make_stream_safe(std::string_view in, std::string& out) {
  const icu::Normalizer2& nfc = nfc_instance();
  std::size_t run = 0;
  std::size_t copied = 0;
  for (std::size_t i = 0; i < in.size();) {
    const auto lead = static_cast<unsigned char>(in[i]);
    if (lead < 0xCC) {  // below U+0300: a starter
      run = 0;
      i += lead < 0x80 ? 1 : 2;
      continue;
    }
    const std::size_t at = i;
    std::size_t length = 0;
    const char32_t c = decode_utf8(in, i, length);
    i += length;
    if (nfc.getCombiningClass(UChar32(c)) == 0) {
      run = 0;
      continue;
    }
    if (++run <= kMaxNonStarters) continue;
    if (copied == 0) out.clear();
    out.append(in.substr(copied, at - copied));
    out.append(kGraphemeJoiner);
    copied = at;
    run = 1;
  }
  if (copied == 0) return false;
  out.append(in.substr(copied));
  return true;
}

}  // namespace

bool is_trivially_nfc(std::string_view text) {
  // Lead bytes 0xCC and above start code points from U+0300 on; ASCII runs skip ahead.
  for (std::size_t i = skip_ascii(text, 0); i < text.size(); i = skip_ascii(text, i + 1))
    if (static_cast<unsigned char>(text[i]) >= 0xCC) return false;
  return true;
}

bool is_nfc(std::string_view text) {
  if (is_trivially_nfc(text)) return true;
  UErrorCode status = U_ZERO_ERROR;
  const bool normalized =
      nfc_instance().isNormalizedUTF8(icu::StringPiece(text.data(), int32_t(text.size())), status);
  return normalized && U_SUCCESS(status);
}

bool to_nfc(std::string_view in, std::string& out, std::vector<StageEdit>* edits) {
  if (is_trivially_nfc(in)) return false;
  std::string stream_safe;
  if (make_stream_safe(in, stream_safe)) {
    // Absurd runs of marks: one edit for the whole line, in terms of the original bytes.
    if (!to_nfc(stream_safe, out, nullptr)) out = stream_safe;
    if (edits != nullptr) edits->push_back({0, in.size(), out, core_rule(CoreRule::UNICODE_NFC)});
    return true;
  }
  if (is_nfc(in)) return false;
  const icu::Normalizer2& nfc = nfc_instance();
  UErrorCode status = U_ZERO_ERROR;
  const icu::StringPiece piece(in.data(), int32_t(in.size()));
  out.clear();
  icu::StringByteSink<std::string> sink(&out);
  icu::Edits icu_edits;
  nfc.normalizeUTF8(0, piece, sink, &icu_edits, status);
  icu_edits.copyErrorTo(status);  // ICU keeps a failure to record an edit (out of memory) there
  if (U_FAILURE(status)) throw std::runtime_error(fmt::format("NFC failed: {}", u_errorName(status)));
  if (edits != nullptr) {
    icu::Edits::Iterator it = icu_edits.getCoarseChangesIterator();
    while (it.next(status)) {
      edits->push_back({std::size_t(it.sourceIndex()),
                        std::size_t(it.sourceIndex() + it.oldLength()),
                        out.substr(std::size_t(it.destinationIndex()), std::size_t(it.newLength())),
                        core_rule(CoreRule::UNICODE_NFC)});
    }
  }
  return true;
}

}  // namespace textnorm::detail
