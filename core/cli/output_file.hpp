// Where `textnorm normalize` writes: standard output, a device or FIFO written directly, or a
// file replaced atomically (a temporary file in the same directory, renamed over it at the end).
#ifndef TEXTNORM_CLI_OUTPUT_FILE_HPP
#define TEXTNORM_CLI_OUTPUT_FILE_HPP

#include <cstdio>
#include <string>

namespace textnorm::cli {

class OutputFile {
 public:
  // Opens `name` ("" or "-": standard output). A regular file or a new path gets a temporary
  // file beside it, which only commit() puts in its place; anything else (/dev/full,
  // /dev/stdout, a FIFO) is opened for writing as it is. Throws Error(IO) naming `name`.
  explicit OutputFile(const std::string& name);
  // Without commit(), removes the temporary file: the old file, or none, stays.
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  std::FILE* stream() const { return stream_; }

  // Flushes, syncs and closes, then renames the temporary file over the target. Throws
  // Error(IO) on any failure, which leaves the target as it was.
  void commit();

 private:
  std::string name_;
  std::string target_;     // the file a temporary replaces (symbolic links resolved)
  std::string temporary_;  // empty when writing directly
  std::FILE* stream_ = nullptr;
};

}  // namespace textnorm::cli

#endif  // TEXTNORM_CLI_OUTPUT_FILE_HPP
