#include "base/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <string>

namespace akhbar {
namespace {

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

}  // namespace

void RemoveTemporaryFilesOnInterrupt() {
  struct sigaction action {};
  action.sa_handler = RemovePendingAndExit;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

Status WriteFileAtomically(const std::filesystem::path& path,
                           std::string_view content) {
  const std::filesystem::path directory =
      path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::string temp = (directory / ("." + path.filename().string() + ".XXXXXX")).string();
  // mkstemp fills in the name inside the registry itself, so a signal can
  // never orphan the file.
  const int slot = RegisterPending(temp);
  const int fd = mkstemp(slot >= 0 ? pending_paths[slot] : temp.data());
  if (slot >= 0) temp = pending_paths[slot];
  struct SlotRelease {
    int slot;
    ~SlotRelease() { ReleasePending(slot); }
  } release{slot};
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
