#include "base/file_bytes.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace akhbar {
namespace {

// Closes the descriptor on every path out of a read or a mapping.
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
  // One byte more than the size: the read that returns the whole file comes
  // up one byte short, which on a regular file is its end, without a second
  // read to be told so (a directory of small articles pays a system call
  // per read) and without a second buffer when the file has grown. Files
  // that report no size (/proc) and pipes are read until a read returns 0.
  const bool sized = S_ISREG(status.st_mode) && status.st_size > 0;
  const size_t size = static_cast<size_t>(status.st_size);
  std::string bytes(sized ? size + 1 : 1 << 16, '\0');
  size_t filled = 0;
  for (;;) {
    if (filled == bytes.size()) bytes.resize(bytes.size() * 2);
    const size_t wanted = bytes.size() - filled;
    const ssize_t got = ::read(file.get(), bytes.data() + filled, wanted);
    if (got < 0) {
      if (errno == EINTR) continue;
      return ErrnoError(path, "read error");
    }
    if (got == 0) break;
    filled += static_cast<size_t>(got);
    if (sized && filled >= size && static_cast<size_t>(got) < wanted) break;
  }
  bytes.resize(filled);
  return bytes;
}

StatusOr<MappedFile> MappedFile::Open(const std::filesystem::path& path) {
  const Descriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (file.get() < 0) return ErrnoError(path, "cannot open for reading");
  struct stat status {};
  if (::fstat(file.get(), &status) != 0 || !S_ISREG(status.st_mode)) {
    if (S_ISDIR(status.st_mode)) errno = EISDIR;
    return ErrnoError(path, "cannot map");
  }
  const size_t size = static_cast<size_t>(status.st_size);
  if (size == 0) return MappedFile(nullptr, 0);
  void* data = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, file.get(), 0);
  if (data == MAP_FAILED) return ErrnoError(path, "cannot map");
  return MappedFile(data, size);
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
  if (this != &other) {
    if (data_ != nullptr) ::munmap(data_, size_);
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
  }
  return *this;
}

MappedFile::~MappedFile() {
  if (data_ != nullptr) ::munmap(data_, size_);
}

std::string_view MappedFile::bytes() const {
  return {static_cast<const char*>(data_), size_};
}

}  // namespace akhbar
