// Turning bytes from a file or a corpus record into a Document, refusing
// what is not text.
#ifndef AKHBAR_EXTRACT_DOCUMENT_READER_H_
#define AKHBAR_EXTRACT_DOCUMENT_READER_H_

#include <filesystem>
#include <string>

#include "base/file_bytes.h"
#include "base/status.h"
#include "extract/extraction.h"

namespace akhbar {

struct ReadOptions {
  // Ill-formed UTF-8 is skipped over with a warning instead of failing the
  // document. Offsets still refer to the original bytes.
  bool lenient = false;
};

// `source` names the input in messages (a path, or "corpus.jsonl:17").
StatusOr<Document> DocumentFromBytes(std::string id, std::string bytes,
                                     const std::string& source,
                                     const ReadOptions& options);

// The same for text known to be well-formed UTF-8 already (a string decoded
// from JSON, which both JSON readers validate): it is not checked again.
StatusOr<Document> DocumentFromUtf8(std::string id, std::string text,
                                    const std::string& source);

// The id is the file name without its extension.
StatusOr<Document> ReadDocumentFile(const std::filesystem::path& path,
                                    const ReadOptions& options);

// The same for the file `name` that a listing of `directory` found, whose
// path is `path` (DirectoryHandle::ReadListedFile).
StatusOr<Document> ReadListedDocumentFile(const DirectoryHandle& directory,
                                          const std::string& name,
                                          const std::filesystem::path& path,
                                          const ReadOptions& options);

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_DOCUMENT_READER_H_
