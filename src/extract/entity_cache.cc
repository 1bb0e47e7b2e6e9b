#include "extract/entity_cache.h"

#include <cstdint>
#include <cstdlib>
#include <functional>
#include <string>

#include "base/atomic_file.h"
#include "base/file_bytes.h"

namespace akhbar {
namespace {

// Changes whenever Entity or this layout does.
constexpr std::string_view kMagic = "akhbar entities 5\n";

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

// Numbers are LEB128 varints, most of them lengths that fit a byte. Without
// a string to write to, an encoder counts the bytes it would write: a copy
// is encoded twice, once to size its string and once to fill it, since a
// string grown by doubling moved a copy of many megabytes several times
// over.
class Encoder {
 public:
  explicit Encoder(std::string* out = nullptr) : out_(out) {}
  size_t size() const { return size_; }

  void Raw(std::string_view bytes) {
    size_ += bytes.size();
    if (out_ != nullptr) out_->append(bytes);
  }
  void Number(uint64_t value) {
    char bytes[10];
    size_t used = 0;
    for (; value >= 0x80; value >>= 7) bytes[used++] = static_cast<char>(0x80 | (value & 0x7F));
    bytes[used++] = static_cast<char>(value);
    Raw(std::string_view(bytes, used));
  }
  void Text(std::string_view text) {
    Number(text.size());
    Raw(text);
  }
  void Texts(const std::vector<std::string>& texts) {
    Number(texts.size());
    for (const std::string& text : texts) Text(text);
  }

 private:
  std::string* out_;
  size_t size_ = 0;
};

// Where an entity is defined, as kept: 1 and the line and column when it is
// in `file` (every entity read from it is, and the path need not be kept a
// hundred thousand times), else 0 and the whole place.
enum class Place : uint64_t { kElsewhere = 0, kInFile = 1 };

void Encode(const std::filesystem::path& file, std::string_view bytes,
            std::span<const Entity> entities, Encoder* encoder) {
  const std::string in_file = file.string() + ":";
  encoder->Raw(kMagic);
  encoder->Text(file.string());
  encoder->Text(bytes);
  encoder->Number(entities.size());
  for (const Entity& entity : entities) {
    encoder->Text(entity.id);
    encoder->Number(static_cast<uint64_t>(entity.type));
    encoder->Text(entity.label_en);
    encoder->Text(entity.label_ar);
    encoder->Texts(entity.names);
    encoder->Texts(entity.adjectives);
    encoder->Texts(entity.titles);
    encoder->Texts(entity.short_names);
    encoder->Texts(entity.not_in);
    if (entity.defined_at.starts_with(in_file)) {
      encoder->Number(static_cast<uint64_t>(Place::kInFile));
      encoder->Text(std::string_view(entity.defined_at).substr(in_file.size()));
    } else {
      encoder->Number(static_cast<uint64_t>(Place::kElsewhere));
      encoder->Text(entity.defined_at);
    }
  }
}

// Reads what Encoder wrote; any read past the end marks the whole as bad.
class Decoder {
 public:
  explicit Decoder(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool AtEnd() const { return in_.empty(); }
  size_t remaining() const { return in_.size(); }

  uint64_t Number() {
    uint64_t value = 0;
    for (unsigned shift = 0; shift < 64; shift += 7) {
      if (in_.empty()) return Fail();
      const auto byte = static_cast<unsigned char>(in_.front());
      in_.remove_prefix(1);
      value |= static_cast<uint64_t>(byte & 0x7F) << shift;
      if (byte < 0x80) return value;
    }
    return Fail();
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
  // Every entity takes at least nine numbers of a byte or more: a damaged
  // count cannot ask for more entities than the bytes left could hold.
  const uint64_t count = decoder.Number();
  if (count > decoder.remaining() / 9) return std::nullopt;
  const std::string in_file = file.string() + ":";
  std::vector<Entity> entities(count);
  for (Entity& entity : entities) {
    entity.id = decoder.Text();
    entity.type = static_cast<EntityType>(decoder.Number());
    entity.label_en = decoder.Text();
    entity.label_ar = decoder.Text();
    entity.names = decoder.Texts();
    entity.adjectives = decoder.Texts();
    entity.titles = decoder.Texts();
    entity.short_names = decoder.Texts();
    entity.not_in = decoder.Texts();
    const auto place = static_cast<Place>(decoder.Number());
    if (place == Place::kInFile) {
      const std::string_view line_and_column = decoder.View();
      entity.defined_at.reserve(in_file.size() + line_and_column.size());
      entity.defined_at.append(in_file).append(line_and_column);
    } else {
      entity.defined_at = decoder.Text();
    }
    if (!decoder.ok() || (place != Place::kInFile && place != Place::kElsewhere) ||
        entity.type > EntityType::kMedia) {
      return std::nullopt;
    }
  }
  if (!decoder.ok() || !decoder.AtEnd()) return std::nullopt;
  return entities;
}

void CacheEntities(const std::filesystem::path& cache_directory, const std::filesystem::path& file,
                   std::string_view bytes, std::span<const Entity> entities) {
  if (cache_directory.empty()) return;
  Encoder counter;
  Encode(file, bytes, entities, &counter);
  std::string copy;
  copy.reserve(counter.size());
  Encoder encoder(&copy);
  Encode(file, bytes, entities, &encoder);
  std::error_code error;
  std::filesystem::create_directories(cache_directory, error);
  if (error) return;
  const std::string earlier = PathPart(file);
  for (const auto& entry : std::filesystem::directory_iterator(cache_directory, error)) {
    if (entry.path().filename().string().starts_with(earlier)) {
      std::filesystem::remove(entry.path(), error);
    }
  }
  (void)WriteFileAtomically(CacheFile(cache_directory, file, bytes), copy);
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
