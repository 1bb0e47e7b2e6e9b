#include "extract/manifest.h"

#include <fstream>

#include <nlohmann/json.hpp>

namespace akhbar {
namespace {

std::string IdOf(const std::string& file_name) {
  return std::filesystem::path(file_name).stem().string();
}

}  // namespace

StatusOr<Manifest> Manifest::Load(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return InvalidInputError(path.string() + ": cannot open manifest");
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& error) {
    return InvalidInputError(path.string() + ": " + error.what());
  }
  if (!root.is_object() || !root.contains("documents") ||
      !root["documents"].is_array()) {
    return InvalidInputError(path.string() + ": expected {\"documents\": [...]}");
  }
  Manifest manifest;
  size_t index = 0;
  for (const nlohmann::json& item : root["documents"]) {
    const std::string where =
        path.string() + ": documents[" + std::to_string(index++) + "]";
    if (!item.is_object() || !item.contains("file") || !item["file"].is_string() ||
        !item.contains("date") || !item["date"].is_string()) {
      return InvalidInputError(where + ": needs string fields \"file\" and \"date\"");
    }
    const auto date = CivilDate::ParseIso(item["date"].get<std::string>());
    if (!date) return InvalidInputError(where + ": date must be YYYY-MM-DD");
    ManifestEntry entry{item["file"].get<std::string>(),
                        item.value("outlet", std::string()), *date,
                        item.value("title", std::string())};
    manifest.by_id_[IdOf(entry.file)] = std::move(entry);
  }
  return manifest;
}

const ManifestEntry* Manifest::Find(const std::string& file_or_id) const {
  const auto it = by_id_.find(IdOf(file_or_id));
  return it == by_id_.end() ? nullptr : &it->second;
}

}  // namespace akhbar
