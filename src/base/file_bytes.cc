#include "base/file_bytes.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace akhbar {
namespace {

// Closes the descriptor on every path out of ReadFileBytes.
class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

Status ErrnoError(const std::filesystem::path& path, const char* what) {
  return InvalidInputError(path.string() + ": " + what + ": " + std::strerror(errno));
}

}  // namespace

StatusOr<std::string> ReadFileBytes(const std::filesystem::path& path) {
  const Descriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (file.get() < 0) return ErrnoError(path, "cannot open for reading");
  struct stat status {};
  if (::fstat(file.get(), &status) != 0) return ErrnoError(path, "read error");
  if (S_ISDIR(status.st_mode)) {
    errno = EISDIR;
    return ErrnoError(path, "read error");
  }
  // One byte more than the size: reading it hits the end at once when the
  // file has not grown, without a second buffer when it has.
  std::string bytes(S_ISREG(status.st_mode) ? static_cast<size_t>(status.st_size) + 1 : 1 << 16,
                    '\0');
  size_t filled = 0;
  for (;;) {
    if (filled == bytes.size()) bytes.resize(bytes.size() * 2);
    const ssize_t got = ::read(file.get(), bytes.data() + filled, bytes.size() - filled);
    if (got < 0) {
      if (errno == EINTR) continue;
      return ErrnoError(path, "read error");
    }
    if (got == 0) break;
    filled += static_cast<size_t>(got);
  }
  bytes.resize(filled);
  return bytes;
}

}  // namespace akhbar
