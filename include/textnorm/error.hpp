// Errors the textnorm library reports; its public functions throw nothing else. Every error carries a kind, which the CLI maps to its exit
// code, and, where it applies, the position in the input it is about.
#ifndef TEXTNORM_ERROR_HPP
#define TEXTNORM_ERROR_HPP

#include <textnorm/export.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>

namespace textnorm {

enum class ErrorKind {
  USAGE,          // bad options: unknown rule, unknown profile, malformed list
  INVALID_INPUT,  // input is not valid UTF-8 (and --invalid error)
  NO_PLUGIN,      // no loaded plugin serves the requested language, or a requested plugin failed to load
  PLUGIN_FAILED,  // a plugin reported an error or produced bad output while normalizing
  IO,             // a file could not be read or written
  INTERNAL,       // a failure inside textnorm or a library it uses (ICU): out of memory, a bug
};

// Where in the input an error happened; `line` is 0 when the error is not about a position.
struct Position {
  std::string file;        // "-" for standard input, empty when unknown
  std::size_t line = 0;    // 1-based
  std::size_t column = 0;  // 1-based byte within the line
  std::size_t offset = 0;  // 0-based byte from the start of the input
};

class TEXTNORM_API Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message, Position position = {})
      : std::runtime_error(message), kind_(kind), position_(std::move(position)) {}

  ErrorKind kind() const noexcept { return kind_; }
  const Position& position() const noexcept { return position_; }

  // "file:line:column: message", or just the message when there is no position.
  std::string describe() const;

 private:
  ErrorKind kind_;
  Position position_;
};

}  // namespace textnorm

#endif  // TEXTNORM_ERROR_HPP
