// The corpus manifest: publication date, outlet and title per file.
#ifndef AKHBAR_EXTRACT_MANIFEST_H_
#define AKHBAR_EXTRACT_MANIFEST_H_

#include <filesystem>
#include <map>
#include <string>

#include "base/status.h"
#include "extract/civil_date.h"

namespace akhbar {

struct ManifestEntry {
  std::string file;
  std::string outlet;
  CivilDate date;
  std::string title;
};

class Manifest {
 public:
  // JSON: {"documents": [{"file", "outlet", "date": "YYYY-MM-DD", "title"}]}
  static StatusOr<Manifest> Load(const std::filesystem::path& path);

  // Looks a document up by file name or by id (file name without extension).
  const ManifestEntry* Find(const std::string& file_or_id) const;

 private:
  std::map<std::string, ManifestEntry> by_id_;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_MANIFEST_H_
