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

}  // namespace akhbar

#endif  // AKHBAR_BASE_ATOMIC_FILE_H_
