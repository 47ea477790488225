#include <textnorm/version.hpp>

#include <unicode/uversion.h>

namespace textnorm {

const char* icu_version() {
  static const char* const version = [] {
    static char text[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, text);
    return text;
  }();
  return version;
}

}  // namespace textnorm
