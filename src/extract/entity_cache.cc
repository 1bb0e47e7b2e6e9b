#include "extract/entity_cache.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>

#include "base/atomic_file.h"
#include "base/file_bytes.h"

namespace akhbar {
namespace {

// Changes whenever Entity or this layout does.
constexpr std::string_view kMagic = "akhbar entities 1\n";

// "entities-<path>-<bytes>.bin", both parts hashes: one file's copies share
// the first part, so that a new copy can replace the old ones.
std::string PathPart(const std::filesystem::path& file) {
  char part[32];
  std::snprintf(part, sizeof part, "entities-%016zx-",
                std::hash<std::string_view>()(file.string()));
  return part;
}

std::filesystem::path CacheFile(const std::filesystem::path& cache_directory,
                                const std::filesystem::path& file, std::string_view bytes) {
  char bytes_part[32];
  std::snprintf(bytes_part, sizeof bytes_part, "%016zx.bin",
                std::hash<std::string_view>()(bytes));
  return cache_directory / (PathPart(file) + bytes_part);
}

class Encoder {
 public:
  void Number(uint64_t value) { out_.append(reinterpret_cast<const char*>(&value), sizeof value); }
  void Text(std::string_view text) {
    Number(text.size());
    out_.append(text);
  }
  void Texts(const std::vector<std::string>& texts) {
    Number(texts.size());
    for (const std::string& text : texts) Text(text);
  }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

// Reads what Encoder wrote; any read past the end marks the whole as bad.
class Decoder {
 public:
  explicit Decoder(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool AtEnd() const { return in_.empty(); }
  size_t remaining() const { return in_.size(); }

  uint64_t Number() {
    uint64_t value = 0;
    if (in_.size() < sizeof value) return Fail();
    std::memcpy(&value, in_.data(), sizeof value);
    in_.remove_prefix(sizeof value);
    return value;
  }
  // Valid while the decoded bytes are.
  std::string_view View() {
    const uint64_t size = Number();
    if (size > in_.size()) return Fail(), std::string_view();
    const std::string_view text = in_.substr(0, size);
    in_.remove_prefix(size);
    return text;
  }
  std::string Text() { return std::string(View()); }
  std::vector<std::string> Texts() {
    const uint64_t count = Number();
    std::vector<std::string> texts;
    for (uint64_t i = 0; i < count && ok_; ++i) texts.push_back(Text());
    return texts;
  }

 private:
  uint64_t Fail() {
    ok_ = false;
    in_ = {};
    return 0;
  }

  std::string_view in_;
  bool ok_ = true;
};

}  // namespace

std::optional<std::vector<Entity>> ReadCachedEntities(const std::filesystem::path& cache_directory,
                                                      const std::filesystem::path& file,
                                                      std::string_view bytes) {
  if (cache_directory.empty()) return std::nullopt;
  const StatusOr<MappedFile> copy = MappedFile::Open(CacheFile(cache_directory, file, bytes));
  if (!copy.ok() || !copy->bytes().starts_with(kMagic)) return std::nullopt;
  Decoder decoder(copy->bytes().substr(kMagic.size()));
  // The key is a hash: the path and the bytes themselves must match too.
  if (decoder.View() != file.string() || decoder.View() != bytes) return std::nullopt;
  // Every entity takes at least seven numbers: a damaged count cannot ask
  // for more entities than the bytes left could hold.
  const uint64_t count = decoder.Number();
  if (count > decoder.remaining() / (7 * sizeof(uint64_t))) return std::nullopt;
  std::vector<Entity> entities(count);
  for (Entity& entity : entities) {
    entity.id = decoder.Text();
    entity.type = static_cast<EntityType>(decoder.Number());
    entity.label_en = decoder.Text();
    entity.label_ar = decoder.Text();
    entity.names = decoder.Texts();
    entity.adjectives = decoder.Texts();
    entity.defined_at = decoder.Text();
    if (!decoder.ok() || entity.type > EntityType::kOther) return std::nullopt;
  }
  if (!decoder.ok() || !decoder.AtEnd()) return std::nullopt;
  return entities;
}

void CacheEntities(const std::filesystem::path& cache_directory, const std::filesystem::path& file,
                   std::string_view bytes, const std::vector<Entity>& entities) {
  if (cache_directory.empty()) return;
  Encoder encoder;
  encoder.out() = kMagic;
  encoder.Text(file.string());
  encoder.Text(bytes);
  encoder.Number(entities.size());
  for (const Entity& entity : entities) {
    encoder.Text(entity.id);
    encoder.Number(static_cast<uint64_t>(entity.type));
    encoder.Text(entity.label_en);
    encoder.Text(entity.label_ar);
    encoder.Texts(entity.names);
    encoder.Texts(entity.adjectives);
    encoder.Text(entity.defined_at);
  }
  std::error_code error;
  std::filesystem::create_directories(cache_directory, error);
  if (error) return;
  const std::string earlier = PathPart(file);
  for (const auto& entry : std::filesystem::directory_iterator(cache_directory, error)) {
    if (entry.path().filename().string().starts_with(earlier)) {
      std::filesystem::remove(entry.path(), error);
    }
  }
  (void)WriteFileAtomically(CacheFile(cache_directory, file, bytes), encoder.out());
}

std::filesystem::path DefaultCacheDirectory() {
  if (const char* explicit_directory = std::getenv("AKHBAR_CACHE_DIR")) {
    return explicit_directory;
  }
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
    return std::filesystem::path(xdg) / "akhbar";
  }
  if (const char* home = std::getenv("HOME"); home && *home) {
    return std::filesystem::path(home) / ".cache" / "akhbar";
  }
  return {};
}

}  // namespace akhbar
