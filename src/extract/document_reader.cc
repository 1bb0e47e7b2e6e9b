#include "extract/document_reader.h"

#include "extract/utf8.h"

namespace akhbar {

namespace {

Status NoNulBytes(const std::string& bytes, const std::string& source) {
  const size_t nul = bytes.find('\0');
  if (nul == std::string::npos) return Status::Ok();
  return InvalidInputError(source + ": binary file (NUL byte at offset " +
                           std::to_string(nul) + "), not UTF-8 text");
}

}  // namespace

StatusOr<Document> DocumentFromBytes(std::string id, std::string bytes,
                                     const std::string& source,
                                     const ReadOptions& options) {
  if (Status text = NoNulBytes(bytes, source); !text.ok()) return text;
  Document document;
  if (const auto invalid = FindInvalidUtf8(bytes)) {
    const std::string message = source + ": invalid UTF-8 at byte offset " +
                                std::to_string(*invalid);
    if (!options.lenient) {
      return InvalidInputError(message + " (--lenient reads ill-formed bytes as spaces)");
    }
    document.warnings.push_back(message + "; ill-formed bytes read as spaces");
    ReplaceIllFormedBytes(&bytes, ' ', *invalid);
  }
  document.id = std::move(id);
  document.text = std::move(bytes);
  return document;
}

StatusOr<Document> DocumentFromUtf8(std::string id, std::string text,
                                    const std::string& source) {
  if (Status binary = NoNulBytes(text, source); !binary.ok()) return binary;
  Document document;
  document.id = std::move(id);
  document.text = std::move(text);
  return document;
}

StatusOr<Document> ReadDocumentFile(const std::filesystem::path& path,
                                    const ReadOptions& options) {
  // ReadFileBytes names a missing file or a directory itself: asking the
  // file system first cost two more path lookups per file, a third of the
  // system calls of a directory of small articles.
  StatusOr<std::string> bytes = ReadFileBytes(path);
  if (!bytes.ok()) return bytes.status();
  return DocumentFromBytes(path.stem().string(), std::move(*bytes), path.string(), options);
}

StatusOr<Document> ReadListedDocumentFile(const DirectoryHandle& directory,
                                          const std::string& name,
                                          const std::filesystem::path& path,
                                          const ReadOptions& options) {
  StatusOr<std::string> bytes = directory.ReadListedFile(name);
  if (!bytes.ok()) return bytes.status();
  return DocumentFromBytes(path.stem().string(), std::move(*bytes), path.string(), options);
}

}  // namespace akhbar
