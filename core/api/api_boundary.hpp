// The public API throws only textnorm::Error: whatever else escapes the code below it (ICU
// failures reported as std::runtime_error, std::bad_alloc, a bug) becomes Error(INTERNAL) here.
#ifndef TEXTNORM_CORE_API_API_BOUNDARY_HPP
#define TEXTNORM_CORE_API_API_BOUNDARY_HPP

#include <textnorm/error.hpp>

#include <exception>
#include <new>
#include <string>

namespace textnorm::detail {

// The Error that stands for the exception being handled (call inside a catch block).
inline Error current_as_error() {
  try {
    throw;
  } catch (const Error& e) {
    return e;
  } catch (const std::bad_alloc&) {
    return Error(ErrorKind::INTERNAL, "out of memory");
  } catch (const std::exception& e) {
    return Error(ErrorKind::INTERNAL, std::string("internal error: ") + e.what());
  } catch (...) {
    return Error(ErrorKind::INTERNAL, "internal error: unknown exception");
  }
}

// Runs `body`, turning anything it throws into textnorm::Error.
template <class Body>
decltype(auto) at_api_boundary(Body&& body) {
  try {
    return body();
  } catch (...) {
    throw current_as_error();
  }
}

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_API_API_BOUNDARY_HPP
