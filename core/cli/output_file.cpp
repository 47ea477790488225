#include "cli/output_file.hpp"

#include <textnorm/error.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <cstring>

namespace textnorm::cli {
namespace {

// The temporary file a fatal signal removes before the process dies: a killed run, too, leaves
// the old file or none.
char g_temporary[PATH_MAX + 1];
constexpr int kFatalSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
struct sigaction g_previous[std::size(kFatalSignals)];

extern "C" void remove_temporary_and_die(int signal) {
  ::unlink(g_temporary);
  ::signal(signal, SIG_DFL);
  ::raise(signal);
}

void remove_on_signal(const std::string& path) {
  if (path.size() >= sizeof g_temporary) return;
  std::memcpy(g_temporary, path.c_str(), path.size() + 1);
  struct sigaction action {};
  action.sa_handler = remove_temporary_and_die;
  sigemptyset(&action.sa_mask);
  for (std::size_t i = 0; i < std::size(kFatalSignals); ++i)
    ::sigaction(kFatalSignals[i], &action, &g_previous[i]);
}

void keep_on_signal() {
  for (std::size_t i = 0; i < std::size(kFatalSignals); ++i)
    ::sigaction(kFatalSignals[i], &g_previous[i], nullptr);
  g_temporary[0] = '\0';
}

Error io_error(const std::string& what, const std::string& name) {
  return Error(ErrorKind::IO, fmt::format("{} '{}': {}", what, name, std::strerror(errno)));
}

// The permissions a new file gets from the umask.
mode_t new_file_mode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

std::string directory_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

std::string base_name_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// /dev/stdout, /dev/fd/N, /proc/self/fd/N name an open descriptor, whatever file it is.
bool names_open_descriptor(const std::string& path) {
  return path.rfind("/dev/", 0) == 0 || path.rfind("/proc/", 0) == 0;
}

}  // namespace

OutputFile::OutputFile(const std::string& name) : name_(name) {
  if (name.empty() || name == "-") {
    stream_ = stdout;
    return;
  }
  target_ = name;
  struct stat target_stat {};
  bool exists = ::stat(name.c_str(), &target_stat) == 0;
  if (exists && S_ISDIR(target_stat.st_mode)) {
    errno = EISDIR;
    throw io_error("cannot write", name);
  }
  if ((exists && !S_ISREG(target_stat.st_mode)) || names_open_descriptor(name)) {
    // A device, FIFO, socket or open descriptor: written as it is.
    stream_ = std::fopen(name.c_str(), "wb");
    if (stream_ == nullptr) throw io_error("cannot write", name);
    return;
  }
  if (exists) {  // write beside the file a symbolic link names, and replace that file
    if (char* real = ::realpath(name.c_str(), nullptr)) {
      target_ = real;
      std::free(real);
    }
  }
  std::string path = directory_of(target_) + "/." + base_name_of(target_) + ".textnorm-XXXXXX";
  const int fd = ::mkostemp(path.data(), O_CLOEXEC);
  if (fd < 0) throw io_error("cannot create a temporary file beside", name);
  temporary_ = path;
  remove_on_signal(temporary_);
  if (exists) {
    // The replacement keeps the old file's permissions (and owner, where allowed).
    if (::fchown(fd, target_stat.st_uid, target_stat.st_gid) != 0) {
      // Only root may give a file away: the new file stays the caller's.
    }
    ::fchmod(fd, target_stat.st_mode & 07777);
  } else {
    ::fchmod(fd, new_file_mode());
  }
  stream_ = ::fdopen(fd, "wb");
  if (stream_ == nullptr) {
    const int saved = errno;
    ::close(fd);
    errno = saved;
    throw io_error("cannot write", name);
  }
}

OutputFile::~OutputFile() {
  if (stream_ != nullptr && stream_ != stdout) std::fclose(stream_);
  if (!temporary_.empty()) {
    ::unlink(temporary_.c_str());
    keep_on_signal();
  }
}

void OutputFile::commit() {
  if (std::fflush(stream_) != 0 || std::ferror(stream_)) throw io_error("cannot write", name_);
  if (stream_ == stdout) return;
  const bool replaces = !temporary_.empty();
  if (replaces && ::fsync(::fileno(stream_)) != 0) throw io_error("cannot write", name_);
  const int closed = std::fclose(stream_);
  stream_ = nullptr;
  if (closed != 0) throw io_error("cannot write", name_);
  if (!replaces) return;
  if (::rename(temporary_.c_str(), target_.c_str()) != 0) throw io_error("cannot replace", name_);
  temporary_.clear();
  keep_on_signal();
}

}  // namespace textnorm::cli
