// A whole file viewed in place (mmap) rather than read into a string. For
// large files read once and only looked at, such as the entity cache: reading
// 25 MB into a string first zeroed and then copied every page, and faulted
// each one in separately, half the time of loading 100,000 cached names.
// Only for files replaced by rename, never rewritten in place: a mapped file
// cut short under the reader ends it with SIGBUS.
#ifndef AKHBAR_BASE_MAPPED_FILE_H_
#define AKHBAR_BASE_MAPPED_FILE_H_

#include <cstddef>
#include <filesystem>
#include <string_view>

#include "base/status.h"

namespace akhbar {

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

#endif  // AKHBAR_BASE_MAPPED_FILE_H_
