#include "base/file_bytes.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>
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
  return FileError(path, what, errno);
}

// Reads on into `bytes` past its first `filled` until a read returns 0 or,
// for a regular file of `known_size` bytes, until a read that reaches the
// size comes up short, which on a regular file is its end.
Status ReadRest(int fd, const std::filesystem::path& path, std::optional<size_t> known_size,
                size_t filled, std::string* bytes) {
  for (;;) {
    if (filled == bytes->size()) bytes->resize(bytes->size() * 2);
    const size_t wanted = bytes->size() - filled;
    const ssize_t got = ::read(fd, bytes->data() + filled, wanted);
    if (got < 0) {
      if (errno == EINTR) continue;
      return ErrnoError(path, "read error");
    }
    if (got == 0) break;
    filled += static_cast<size_t>(got);
    if (known_size && filled >= *known_size && static_cast<size_t>(got) < wanted) break;
  }
  bytes->resize(filled);
  return Status::Ok();
}

}  // namespace

Status FileError(const std::filesystem::path& path, const char* what, int error_number) {
  return InvalidInputError(path.string() + ": " + what + ": " + std::strerror(error_number));
}

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
  // up one byte short, without a second read to be told so (a directory of
  // small articles pays a system call per read) and without a second buffer
  // when the file has grown. Files that report no size (/proc) and pipes
  // are read until a read returns 0.
  std::optional<size_t> known_size;
  if (S_ISREG(status.st_mode) && status.st_size > 0) {
    known_size = static_cast<size_t>(status.st_size);
  }
  std::string bytes(known_size ? *known_size + 1 : 1 << 16, '\0');
  if (Status read = ReadRest(file.get(), path, known_size, 0, &bytes); !read.ok()) return read;
  return bytes;
}

StatusOr<DirectoryHandle> DirectoryHandle::Open(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return ErrnoError(path, "cannot open directory");
  return DirectoryHandle(fd, path);
}

DirectoryHandle::DirectoryHandle(DirectoryHandle&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), path_(std::move(other.path_)) {}

DirectoryHandle& DirectoryHandle::operator=(DirectoryHandle&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
    path_ = std::move(other.path_);
  }
  return *this;
}

DirectoryHandle::~DirectoryHandle() {
  if (fd_ >= 0) ::close(fd_);
}

StatusOr<std::string> DirectoryHandle::ReadListedFile(const std::string& name) const {
  // The path is put together only for a message, after errno is kept.
  const auto fail = [&](const char* what) {
    const int error = errno;
    const std::filesystem::path path = path_ / name;
    errno = error;
    return ErrnoError(path, what);
  };
  const Descriptor file(::openat(fd_, name.c_str(), O_RDONLY | O_CLOEXEC));
  if (file.get() < 0) return fail("cannot open for reading");
  // Most articles fit the buffer and are copied out of it at their size.
  static constexpr size_t kBufferBytes = size_t{1} << 16;
  thread_local std::unique_ptr<char[]> buffer(new char[kBufferBytes]);
  ssize_t got;
  do {
    got = ::read(file.get(), buffer.get(), kBufferBytes);
  } while (got < 0 && errno == EINTR);
  if (got < 0) return fail("read error");
  const size_t filled = static_cast<size_t>(got);
  std::string bytes(buffer.get(), filled);
  if (filled < kBufferBytes) return bytes;
  if (Status read = ReadRest(file.get(), path_ / name, std::nullopt, filled, &bytes); !read.ok()) {
    return read;
  }
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
