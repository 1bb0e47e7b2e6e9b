#include "base/file_ring.h"

#include <fcntl.h>
#include <liburing.h>

#include <cerrno>
#include <cstdint>
#include <utility>

namespace akhbar {
namespace {

// As DirectoryHandle::ReadListedFile's: a read that fills it may not be the
// whole file.
constexpr size_t kBufferBytes = size_t{1} << 16;

// What a completion reports on, in its user_data: the step and the file's
// slot, which is also its index in the ring's table of files.
enum Step : uint64_t { kOpen = 0, kRead = 1, kClose = 2 };
constexpr uint64_t kStepBits = 2;

uint64_t Tag(size_t slot, Step step) { return uint64_t{slot} << kStepBits | step; }

}  // namespace

struct FileRing::Ring {
  io_uring ring{};
  bool open = false;
  ~Ring() {
    if (open) io_uring_queue_exit(&ring);
  }
};

std::unique_ptr<FileRing> FileRing::Open(size_t files) {
  auto held = std::make_unique<Ring>();
  // Three steps a file, all submitted at once.
  held->open =
      files > 0 && io_uring_queue_init(static_cast<unsigned>(3 * files), &held->ring, 0) == 0;
  if (!held->open) return nullptr;
  // The files are opened into the ring's own table (no descriptor of the
  // process's), slot by slot.
  if (io_uring_register_files_sparse(&held->ring, static_cast<unsigned>(files)) < 0) {
    return nullptr;
  }
  return std::unique_ptr<FileRing>(new FileRing(std::move(held), files));
}

FileRing::FileRing(std::unique_ptr<Ring> ring, size_t files) : ring_(std::move(ring)) {
  slots_.resize(files);
  for (Slot& slot : slots_) slot.buffer = std::make_unique_for_overwrite<char[]>(kBufferBytes);
}

// The ring goes first: the kernel may write into the slots' buffers until
// it is torn down.
FileRing::~FileRing() { ring_.reset(); }

bool FileRing::Run(const DirectoryHandle& directory, std::span<const std::string> names) {
  io_uring* ring = &ring_->ring;
  for (size_t slot = 0; slot < names.size(); ++slot) {
    // The read follows a successful open only (a link), and the close
    // follows the read whatever it returned (a hard link: a read that
    // comes up short, as every read of a small file does, would cancel a
    // plain link's close).
    io_uring_sqe* open = io_uring_get_sqe(ring);
    io_uring_prep_openat_direct(open, directory.descriptor(), names[slot].c_str(), O_RDONLY, 0,
                                static_cast<unsigned>(slot));
    open->flags |= IOSQE_IO_LINK;
    io_uring_sqe_set_data64(open, Tag(slot, kOpen));
    io_uring_sqe* read = io_uring_get_sqe(ring);
    io_uring_prep_read(read, static_cast<int>(slot), slots_[slot].buffer.get(), kBufferBytes, 0);
    read->flags |= IOSQE_FIXED_FILE | IOSQE_IO_HARDLINK;
    io_uring_sqe_set_data64(read, Tag(slot, kRead));
    io_uring_sqe* close = io_uring_get_sqe(ring);
    io_uring_prep_close_direct(close, static_cast<unsigned>(slot));
    io_uring_sqe_set_data64(close, Tag(slot, kClose));
  }
  const auto steps = static_cast<unsigned>(3 * names.size());
  int submitted = 0;
  do {
    submitted = io_uring_submit_and_wait(ring, steps);
  } while (submitted == -EINTR);
  // What was submitted completes before the ring may be given up.
  const unsigned in_flight = submitted > 0 ? static_cast<unsigned>(submitted) : 0;
  for (unsigned done = 0; done < in_flight;) {
    io_uring_cqe* completion = nullptr;
    const int waited = io_uring_wait_cqe(ring, &completion);
    if (waited == -EINTR) continue;
    if (waited < 0) return false;
    const uint64_t tag = io_uring_cqe_get_data64(completion);
    Slot& slot = slots_[tag >> kStepBits];
    switch (static_cast<Step>(tag & ((1 << kStepBits) - 1))) {
      case kOpen: slot.opened = completion->res; break;
      case kRead: slot.read = completion->res; break;
      case kClose: break;  // fails only when the open did
    }
    io_uring_cqe_seen(ring, completion);
    ++done;
  }
  return in_flight == steps;
}

std::vector<StatusOr<std::string>> FileRing::ReadListedFiles(
    const DirectoryHandle& directory, std::span<const std::string> names) {
  std::vector<StatusOr<std::string>> files;
  files.reserve(names.size());
  if (ring_ != nullptr && names.size() <= slots_.size() && !Run(directory, names)) ring_.reset();
  if (ring_ == nullptr || names.size() > slots_.size()) {
    for (const std::string& name : names) files.push_back(directory.ReadListedFile(name));
    return files;
  }
  for (size_t file = 0; file < names.size(); ++file) {
    const Slot& slot = slots_[file];
    if (slot.opened < 0) {
      files.emplace_back(FileError(directory.path() / names[file], "cannot open for reading",
                                   -slot.opened));
    } else if (slot.read < 0) {
      files.emplace_back(FileError(directory.path() / names[file], "read error", -slot.read));
    } else if (static_cast<size_t>(slot.read) == kBufferBytes) {
      files.push_back(directory.ReadListedFile(names[file]));
    } else {
      files.emplace_back(std::string(slot.buffer.get(), static_cast<size_t>(slot.read)));
    }
  }
  return files;
}

}  // namespace akhbar
