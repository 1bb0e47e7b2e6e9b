// A whole file as one string. Rule files, cached name tables and articles
// are read whole; through an istream they were copied twice and grown by
// doubling, which cost more than parsing a cached table of 100,000 names.
#ifndef AKHBAR_BASE_FILE_BYTES_H_
#define AKHBAR_BASE_FILE_BYTES_H_

#include <filesystem>
#include <string>

#include "base/status.h"

namespace akhbar {

// The file's bytes, read into a string sized from the file's length (and
// grown if the file is a pipe or grows meanwhile). On failure an
// InvalidInputError "<path>: cannot open for reading: <reason>" or
// "<path>: read error: <reason>"; callers that report another kind of
// error re-wrap it.
StatusOr<std::string> ReadFileBytes(const std::filesystem::path& path);

}  // namespace akhbar

#endif  // AKHBAR_BASE_FILE_BYTES_H_
