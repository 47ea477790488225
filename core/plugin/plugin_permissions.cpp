#include "plugin/plugin_permissions.hpp"

#include <sys/stat.h>

#include <fmt/format.h>

#include <cstdio>

namespace textnorm::detail {

std::string insecure_reason(const std::filesystem::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return {};  // gone: loading it fails with its own reason
  const bool directory = S_ISDIR(st.st_mode);
  const bool by_others = (st.st_mode & S_IWOTH) != 0;
  if (!by_others && (st.st_mode & S_IWGRP) == 0) return {};
  return fmt::format(
      "plugin {} {} is writable by {} (mode {:04o}), so {} could {}; make it writable by its owner "
      "only (chmod go-w), or pass --allow-insecure-plugins",
      directory ? "directory" : "file", path.string(), by_others ? "others" : "its group",
      unsigned(st.st_mode & 07777), by_others ? "anyone" : "anyone in that group",
      directory ? "put code in it" : "change its code");
}

}  // namespace textnorm::detail
