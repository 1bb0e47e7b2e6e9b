#include "base/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <streambuf>
#include <string>
#include <utility>

namespace akhbar {
namespace {

// Each piece a stream is given, appended to the file (which buffers).
class AppendingBuffer : public std::streambuf {
 public:
  explicit AppendingBuffer(AtomicFile* file) : file_(file) {}
  const Status& status() const { return status_; }

 protected:
  std::streamsize xsputn(const char* bytes, std::streamsize count) override {
    if (!status_.ok()) return 0;
    status_ = file_->Append(std::string_view(bytes, static_cast<size_t>(count)));
    return status_.ok() ? count : 0;
  }
  int_type overflow(int_type byte) override {
    if (traits_type::eq_int_type(byte, traits_type::eof())) return traits_type::not_eof(byte);
    const char one = traits_type::to_char_type(byte);
    return xsputn(&one, 1) == 1 ? byte : traits_type::eof();
  }

 private:
  AtomicFile* file_;
  Status status_ = Status::Ok();
};

// Temporary files being written, readable from a signal handler: plain
// buffers and atomics only.
constexpr int kMaxPending = 16;
constexpr size_t kMaxPath = 4096;
char pending_paths[kMaxPending][kMaxPath];
std::atomic<bool> pending_used[kMaxPending];

int RegisterPending(const std::string& path) {
  if (path.size() >= kMaxPath) return -1;
  for (int slot = 0; slot < kMaxPending; ++slot) {
    bool expected = false;
    if (pending_used[slot].compare_exchange_strong(expected, true)) {
      std::memcpy(pending_paths[slot], path.c_str(), path.size() + 1);
      return slot;
    }
  }
  return -1;
}

void ReleasePending(int slot) {
  if (slot >= 0) pending_used[slot].store(false);
}

extern "C" void RemovePendingAndExit(int signal_number) {
  for (int slot = 0; slot < kMaxPending; ++slot) {
    if (pending_used[slot].load()) unlink(pending_paths[slot]);
  }
  _exit(128 + signal_number);
}

// Gives the finished temporary file `temp` the name `path`. Over an existing
// file the two names are exchanged and the old file, now under `temp`, is
// removed: renamed over a file, ext4 starts writing the new one out to disk
// there and then (auto_da_alloc, its guard for programs that replace files
// without fsync), and a two-thread build waited a tenth of its time on the
// five graph files. Readers and interrupted runs still see the old file or
// the new one whole; only the ordering against a power failure is given up,
// for outputs the corpus rebuilds. Where there is nothing to exchange with
// (ENOENT) or the file system cannot (EINVAL), a plain rename.
int MoveIntoPlace(const char* temp, const char* path) {
  if (renameat2(AT_FDCWD, temp, AT_FDCWD, path, RENAME_EXCHANGE) == 0) {
    unlink(temp);
    return 0;
  }
  return rename(temp, path);
}

}  // namespace

void RemoveTemporaryFilesOnInterrupt() {
  struct sigaction action {};
  action.sa_handler = RemovePendingAndExit;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

StatusOr<AtomicFile> AtomicFile::Create(const std::filesystem::path& path) {
  std::error_code error;
  const std::filesystem::file_status existing = std::filesystem::status(path, error);
  if (!error && std::filesystem::exists(existing) && !std::filesystem::is_regular_file(existing)) {
    // A device or a pipe (-o /dev/null, a FIFO) is written in place:
    // renaming a file over it would replace it.
    const int fd = open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return OutputError(path.string() + ": cannot open: " + std::strerror(errno));
    return AtomicFile(path, "", fd, -1);
  }
  const std::filesystem::path directory =
      path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::string hidden_name = ".";
  hidden_name += path.filename().string();
  hidden_name += ".XXXXXX";
  std::string temp = (directory / hidden_name).string();
  // mkstemp fills in the name inside the registry itself, so a signal can
  // never orphan the file.
  const int slot = RegisterPending(temp);
  const int fd = mkstemp(slot >= 0 ? pending_paths[slot] : temp.data());
  if (slot >= 0) temp = pending_paths[slot];
  if (fd < 0) {
    const std::string reason = std::strerror(errno);
    ReleasePending(slot);
    return OutputError(path.string() + ": cannot create a file in " + directory.string() + ": " +
                       reason);
  }
  return AtomicFile(path, std::move(temp), fd, slot);
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : path_(std::move(other.path_)),
      temp_(std::move(other.temp_)),
      fd_(std::exchange(other.fd_, -1)),
      slot_(std::exchange(other.slot_, -1)),
      buffer_(std::move(other.buffer_)) {}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) {
    close(fd_);
    if (!temp_.empty()) unlink(temp_.c_str());
  }
  ReleasePending(slot_);
}

Status AtomicFile::Fail(const char* what) {
  const std::string reason = std::strerror(errno);
  close(fd_);
  fd_ = -1;
  if (!temp_.empty()) unlink(temp_.c_str());
  return OutputError(path_.string() + ": " + what + ": " + reason);
}

Status AtomicFile::Append(std::string_view bytes) {
  constexpr size_t kFlushAt = 1 << 20;
  if (fd_ < 0) return OutputError(path_.string() + ": written after it was closed");
  // A piece as large as the buffer goes straight to the file: copied into
  // the buffer first, a whole file's content (an entity cache of 24 MB) cost
  // a second copy and its page faults.
  if (bytes.size() >= kFlushAt) {
    if (Status status = Flush(); !status.ok()) return status;
    return WriteAll(bytes);
  }
  buffer_.append(bytes);
  return buffer_.size() >= kFlushAt ? Flush() : Status::Ok();
}

Status AtomicFile::Flush() {
  if (Status status = WriteAll(buffer_); !status.ok()) return status;
  buffer_.clear();
  return Status::Ok();
}

Status AtomicFile::WriteAll(std::string_view bytes) {
  size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = write(fd_, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Fail("write failed");
    }
    written += static_cast<size_t>(n);
  }
  return Status::Ok();
}

Status AtomicFile::Commit() {
  if (fd_ < 0) return OutputError(path_.string() + ": committed after it was closed");
  if (Status status = Flush(); !status.ok()) return status;
  if (temp_.empty()) {
    if (close(std::exchange(fd_, -1)) != 0) {
      return OutputError(path_.string() + ": close failed: " + std::strerror(errno));
    }
    return Status::Ok();
  }
  if (fchmod(fd_, 0644) != 0) return Fail("chmod failed");
  const int fd = std::exchange(fd_, -1);
  if (close(fd) != 0) {
    const std::string reason = std::strerror(errno);
    unlink(temp_.c_str());
    return OutputError(path_.string() + ": close failed: " + reason);
  }
  if (MoveIntoPlace(temp_.c_str(), path_.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    unlink(temp_.c_str());
    return OutputError(path_.string() + ": rename failed: " + reason);
  }
  return Status::Ok();
}

Status WriteFileAtomically(const std::filesystem::path& path,
                           std::string_view content) {
  StatusOr<AtomicFile> file = AtomicFile::Create(path);
  if (!file.ok()) return file.status();
  if (Status status = file->Append(content); !status.ok()) return status;
  return file->Commit();
}

Status WriteFileAtomically(const std::filesystem::path& path,
                           const std::function<void(std::ostream&)>& write) {
  StatusOr<AtomicFile> file = AtomicFile::Create(path);
  if (!file.ok()) return file.status();
  AppendingBuffer buffer(&*file);
  std::ostream out(&buffer);
  write(out);
  if (!buffer.status().ok()) return buffer.status();
  return file->Commit();
}

}  // namespace akhbar
