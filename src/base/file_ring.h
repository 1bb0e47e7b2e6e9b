// Many small files of one directory read with one system call: each file's
// open, read and close go to the kernel together through io_uring. Read one
// by one, a directory of 100,000 articles cost three system calls a file, a
// third of the time of building its graph on a virtual machine, where every
// system call is dear.
#ifndef AKHBAR_BASE_FILE_RING_H_
#define AKHBAR_BASE_FILE_RING_H_

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "base/file_bytes.h"
#include "base/status.h"

namespace akhbar {

class FileRing {
 public:
  // A ring reading up to `files` files at a time, or nullptr when the
  // kernel offers no io_uring or forbids it (older kernels, seccomp, the
  // io_uring_disabled sysctl): then read the files one by one.
  static std::unique_ptr<FileRing> Open(size_t files);

  FileRing(const FileRing&) = delete;
  FileRing& operator=(const FileRing&) = delete;
  ~FileRing();

  size_t files() const { return slots_.size(); }

  // The bytes of each of `names` (at most files()) in `directory`, or its
  // error, exactly as DirectoryHandle::ReadListedFile gives them: a file
  // larger than the ring's buffer, or a batch the kernel will not take, is
  // read one by one.
  std::vector<StatusOr<std::string>> ReadListedFiles(const DirectoryHandle& directory,
                                                     std::span<const std::string> names);

 private:
  struct Ring;
  // One file in flight: its buffer and what its open and read returned.
  struct Slot {
    std::unique_ptr<char[]> buffer;
    int opened = 0;
    int read = 0;
  };
  explicit FileRing(std::unique_ptr<Ring> ring, size_t files);
  // Hands the batch to the kernel and waits for every completion; false if
  // the ring failed, after which it is no longer used.
  bool Run(const DirectoryHandle& directory, std::span<const std::string> names);

  std::unique_ptr<Ring> ring_;
  std::vector<Slot> slots_;
};

}  // namespace akhbar

#endif  // AKHBAR_BASE_FILE_RING_H_
