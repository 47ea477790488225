#include "plugin/plugin_permissions.hpp"

#include <sys/stat.h>

#include <cstdio>

namespace textnorm::detail {

std::string insecure_reason(const std::filesystem::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return {};  // gone: loading it fails with its own reason
  const bool directory = S_ISDIR(st.st_mode);
  const bool by_others = (st.st_mode & S_IWOTH) != 0;
  if (!by_others && (st.st_mode & S_IWGRP) == 0) return {};
  char mode[8];
  std::snprintf(mode, sizeof mode, "%04o", unsigned(st.st_mode & 07777));
  return std::string(directory ? "plugin directory " : "plugin file ") + path.string() +
         " is writable by " + (by_others ? "others" : "its group") + " (mode " + mode + "), so " +
         (by_others ? "anyone" : "anyone in that group") +
         (directory ? " could put code in it" : " could change its code") +
         "; make it writable by its owner only (chmod go-w), or pass --allow-insecure-plugins";
}

}  // namespace textnorm::detail
