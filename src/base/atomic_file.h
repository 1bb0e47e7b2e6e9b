// Outputs appear whole or not at all: written to a temporary file beside the
// target, then renamed over it.
#ifndef AKHBAR_BASE_ATOMIC_FILE_H_
#define AKHBAR_BASE_ATOMIC_FILE_H_

#include <filesystem>
#include <string_view>

#include "base/status.h"

namespace akhbar {

Status WriteFileAtomically(const std::filesystem::path& path,
                           std::string_view content);

// On SIGINT or SIGTERM, removes the temporary files being written and exits
// with 128 + signal: an interrupted run leaves no partial output behind.
void RemoveTemporaryFilesOnInterrupt();

}  // namespace akhbar

#endif  // AKHBAR_BASE_ATOMIC_FILE_H_
