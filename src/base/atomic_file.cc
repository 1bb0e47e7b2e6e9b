#include "base/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace akhbar {

Status WriteFileAtomically(const std::filesystem::path& path,
                           std::string_view content) {
  const std::filesystem::path directory =
      path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::string temp = (directory / ("." + path.filename().string() + ".XXXXXX")).string();
  const int fd = mkstemp(temp.data());
  if (fd < 0) {
    return OutputError(path.string() + ": cannot create a file in " +
                       directory.string() + ": " + std::strerror(errno));
  }
  const auto fail = [&](const char* what) {
    const std::string reason = std::strerror(errno);
    close(fd);
    unlink(temp.c_str());
    return OutputError(path.string() + ": " + what + ": " + reason);
  };
  size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("write failed");
    }
    written += static_cast<size_t>(n);
  }
  if (fchmod(fd, 0644) != 0) return fail("chmod failed");
  if (close(fd) != 0) {
    unlink(temp.c_str());
    return OutputError(path.string() + ": close failed: " + std::strerror(errno));
  }
  if (rename(temp.c_str(), path.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    unlink(temp.c_str());
    return OutputError(path.string() + ": rename failed: " + reason);
  }
  return Status::Ok();
}

}  // namespace akhbar
