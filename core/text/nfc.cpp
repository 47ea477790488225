#include "text/nfc.hpp"

#include "rules/core_rules.hpp"
#include "text/utf8.hpp"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

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

}  // namespace

bool is_trivially_nfc(std::string_view text) {
  // Lead bytes 0xCC and above start code points from U+0300 on; ASCII runs skip ahead.
  for (std::size_t i = skip_ascii(text, 0); i < text.size(); i = skip_ascii(text, i + 1))
    if (static_cast<unsigned char>(text[i]) >= 0xCC) return false;
  return true;
}

bool to_nfc(std::string_view in, std::string& out, std::vector<StageEdit>* edits) {
  if (is_trivially_nfc(in)) return false;
  const icu::Normalizer2& nfc = nfc_instance();
  UErrorCode status = U_ZERO_ERROR;
  const icu::StringPiece piece(in.data(), int32_t(in.size()));
  if (nfc.isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return false;
  status = U_ZERO_ERROR;
  out.clear();
  icu::StringByteSink<std::string> sink(&out);
  icu::Edits icu_edits;
  nfc.normalizeUTF8(0, piece, sink, &icu_edits, status);
  icu_edits.copyErrorTo(status);  // ICU keeps a failure to record an edit (out of memory) there
  if (U_FAILURE(status)) throw std::runtime_error(std::string("NFC failed: ") + u_errorName(status));
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
