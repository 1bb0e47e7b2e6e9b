// A whole file as one string, or viewed in place. Rule files, cached name tables and articles
// are read whole; through an istream they were copied twice and grown by
// doubling, which cost more than parsing a cached table of 100,000 names.
#ifndef AKHBAR_BASE_FILE_BYTES_H_
#define AKHBAR_BASE_FILE_BYTES_H_

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>

#include "base/status.h"

namespace akhbar {

// The file's bytes, read into a string sized from the file's length (and
// grown if the file is a pipe or grows meanwhile). On failure an
// InvalidInputError "<path>: cannot open for reading: <reason>" or
// "<path>: read error: <reason>"; callers that report another kind of
// error re-wrap it.
StatusOr<std::string> ReadFileBytes(const std::filesystem::path& path);

// The error these reads give: "<path>: <what>: <strerror(error_number)>".
Status FileError(const std::filesystem::path& path, const char* what, int error_number);

// A directory held open so that the files read from it are opened by their
// own names: opening each by its whole path walked every component of the
// path again, and with the fstat that sized the file it cost a third of
// the time of reading a directory of 100,000 small articles.
class DirectoryHandle {
 public:
  // On failure an InvalidInputError "<path>: cannot open directory: <reason>".
  static StatusOr<DirectoryHandle> Open(const std::filesystem::path& path);

  DirectoryHandle(DirectoryHandle&& other) noexcept;
  DirectoryHandle& operator=(DirectoryHandle&& other) noexcept;
  DirectoryHandle(const DirectoryHandle&) = delete;
  DirectoryHandle& operator=(const DirectoryHandle&) = delete;
  ~DirectoryHandle();

  const std::filesystem::path& path() const { return path_; }
  // For opening files relative to the directory (openat).
  int descriptor() const { return fd_; }

  // The bytes of the file `name` in this directory, which a listing of the
  // directory reported to be a regular file: it is read into a buffer of
  // the thread's without asking its size first, and a read that comes up
  // short is its end. Errors as ReadFileBytes gives them for path() / name.
  StatusOr<std::string> ReadListedFile(const std::string& name) const;

 private:
  DirectoryHandle(int fd, std::filesystem::path path) : fd_(fd), path_(std::move(path)) {}

  int fd_ = -1;
  std::filesystem::path path_;
};

// A whole file viewed in place (mmap) rather than read into a string, for
// large files read once and only looked at, such as the entity cache:
// reading 25 MB into a string zeroed, copied and faulted in every page one
// by one, a quarter of the time of loading 100,000 cached names. Only for
// files replaced by rename, never rewritten in place: a mapped file cut
// short under the reader ends it with SIGBUS.
class MappedFile {
 public:
  // On failure an InvalidInputError "<path>: cannot open for reading:
  // <reason>" or "<path>: cannot map: <reason>"; an empty file is an empty
  // view.
  static StatusOr<MappedFile> Open(const std::filesystem::path& path);

  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  // Valid while this object lives.
  std::string_view bytes() const;

 private:
  MappedFile(void* data, size_t size) : data_(data), size_(size) {}

  void* data_ = nullptr;
  size_t size_ = 0;
};


}  // namespace akhbar

#endif  // AKHBAR_BASE_FILE_BYTES_H_
