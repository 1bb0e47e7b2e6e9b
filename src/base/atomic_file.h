// Outputs appear whole or not at all: written to a temporary file beside the
// target, then renamed over it. A target that exists and is no regular file
// (a device such as /dev/null, a pipe) is written in place instead.
#ifndef AKHBAR_BASE_ATOMIC_FILE_H_
#define AKHBAR_BASE_ATOMIC_FILE_H_

#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include "base/status.h"

namespace akhbar {

// A file written piece by piece that appears at `path` only on Commit();
// destroyed uncommitted, it leaves nothing behind.
class AtomicFile {
 public:
  static StatusOr<AtomicFile> Create(const std::filesystem::path& path);
  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;
  ~AtomicFile();

  Status Append(std::string_view bytes);
  Status Commit();

 private:
  AtomicFile(std::filesystem::path path, std::string temp, int fd, int slot)
      : path_(std::move(path)), temp_(std::move(temp)), fd_(fd), slot_(slot) {}
  Status Flush();
  Status WriteAll(std::string_view bytes);
  Status Fail(const char* what);

  std::filesystem::path path_;
  std::string temp_;
  int fd_ = -1;
  int slot_ = -1;
  std::string buffer_;
};

Status WriteFileAtomically(const std::filesystem::path& path,
                           std::string_view content);
// What `write` puts into its stream goes to the file as it comes, so that a
// large output is never whole in memory; the first failure ends the writing.
Status WriteFileAtomically(const std::filesystem::path& path,
                           const std::function<void(std::ostream&)>& write);

// On SIGINT or SIGTERM, removes the temporary files being written and exits
// with 128 + signal: an interrupted run leaves no partial output behind.
void RemoveTemporaryFilesOnInterrupt();

}  // namespace akhbar

#endif  // AKHBAR_BASE_ATOMIC_FILE_H_
