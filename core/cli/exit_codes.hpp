// Exit codes of the textnorm command, from sysexits.h, which pipelines can rely on.
#ifndef TEXTNORM_CLI_EXIT_CODES_HPP
#define TEXTNORM_CLI_EXIT_CODES_HPP

#include <textnorm/error.hpp>

namespace textnorm::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitInvalidInput = 65;  // EX_DATAERR
inline constexpr int kExitNoPlugin = 69;      // EX_UNAVAILABLE
inline constexpr int kExitPluginFailed = 70;  // EX_SOFTWARE, also an internal error
inline constexpr int kExitIo = 74;            // EX_IOERR

inline int exit_code(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::USAGE: return kExitUsage;
    case ErrorKind::INVALID_INPUT: return kExitInvalidInput;
    case ErrorKind::NO_PLUGIN: return kExitNoPlugin;
    case ErrorKind::PLUGIN_FAILED: return kExitPluginFailed;
    case ErrorKind::IO: return kExitIo;
    case ErrorKind::INTERNAL: return kExitPluginFailed;
  }
  return kExitPluginFailed;
}

}  // namespace textnorm::cli

#endif  // TEXTNORM_CLI_EXIT_CODES_HPP
