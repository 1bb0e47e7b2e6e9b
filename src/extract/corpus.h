// Reading a corpus (files, directories, standard input) into Documents with
// their publication dates, one document at a time.
#ifndef AKHBAR_EXTRACT_CORPUS_H_
#define AKHBAR_EXTRACT_CORPUS_H_

#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/file_bytes.h"
#include "base/file_ring.h"
#include "base/status.h"
#include "extract/civil_date.h"
#include "extract/document_reader.h"
#include "extract/extraction.h"
#include "extract/manifest.h"

namespace akhbar {

struct CorpusOptions {
  std::vector<std::string> inputs;  // files, directories, or "-"
  std::string glob = "*.txt";       // file names taken from directories
  std::optional<std::filesystem::path> manifest;
  std::optional<CivilDate> doc_date;  // for documents the manifest lacks
  ReadOptions read;
  // JSON Lines input: each line an object holding one article.
  bool jsonl = false;
  std::string text_field = "content";
  std::string id_field = "url";
  std::string date_field = "date";  // its first 10 characters, if YYYY-MM-DD
  // Go on past a bad document. Unset: on for directories and JSON Lines,
  // off for a list of files.
  std::optional<bool> keep_going;
};

// A document that could not be read; the rest of the corpus goes on.
struct CorpusProblem {
  std::string source;
  Status status;
};

// One unit of reading, taken from the inputs in order: a file to read, or
// the bytes of one JSON Lines record or of standard input. Turning it into a
// Document (Corpus::Decode) is the costly part and may run on any thread.
struct CorpusRecord {
  // kListedFile: a file found by listing a directory given as input, read
  // through its directory's handle; kReadListedFile: one already read, in a
  // batch with the next files of its directory (FileRing).
  enum class Kind { kFile, kListedFile, kReadListedFile, kStandardInput, kJsonLine };
  Kind kind = Kind::kFile;
  std::string source;  // the path, "-", or "path:line" of a JSON Lines record
  std::string bytes;   // empty for kFile and kListedFile
  std::shared_ptr<const DirectoryHandle> directory;  // kListedFile's
};

class Corpus;

// Hands out the corpus's records one by one, in the stable order of
// Corpus::ForEachDocument. Not thread-safe: one reader, many decoders.
class CorpusReader {
 public:
  explicit CorpusReader(const Corpus& corpus) : corpus_(corpus) {}
  // The next record, a problem with the input (a JSON Lines file that cannot
  // be opened), or nullopt at the end.
  std::optional<StatusOr<CorpusRecord>> Next();
  // The input the last record or problem came from.
  const std::string& source() const { return source_; }

 private:
  const Corpus& corpus_;
  size_t next_source_ = 0;
  static constexpr size_t kLinesBufferBytes = size_t{1} << 20;
  std::vector<char> lines_buffer_;  // lines_file_'s buffer
  std::unique_ptr<std::ifstream> lines_file_;
  std::istream* lines_ = nullptr;  // the JSON Lines input being read
  std::string lines_source_;
  size_t line_number_ = 0;
  std::string source_;
  // The directory of the last listed file: the files of a directory come
  // one after another, and the records in flight share it.
  std::shared_ptr<const DirectoryHandle> directory_;
  // Listed files are read a batch at a time where the kernel allows it, and
  // handed out one by one.
  struct ReadFile {
    std::string source;
    StatusOr<std::string> bytes;
  };
  std::optional<StatusOr<CorpusRecord>> ReadBatchFrom(std::string first_source);
  std::optional<StatusOr<CorpusRecord>> TakeReadFile();
  std::unique_ptr<FileRing> ring_;
  bool ring_opened_ = false;
  std::deque<ReadFile> read_files_;
};

class Corpus {
 public:
  // Resolves the inputs: missing paths and directories without matching
  // files are usage-level errors reported before anything is read.
  static StatusOr<Corpus> Open(const CorpusOptions& options);

  // Calls `sink` for each readable document in a stable order (inputs as
  // given, directory contents sorted, JSON Lines in line order); unreadable
  // ones go to `problems`. Without keep-going the first problem stops it.
  void ForEachDocument(const std::function<void(Document&&)>& sink,
                       std::vector<CorpusProblem>* problems) const;

  // Reads (kFile), validates and dates one record; thread-safe.
  StatusOr<Document> Decode(CorpusRecord record) const;

  // Inputs to read: files (or "-"); a JSON Lines file holds many documents.
  size_t size() const { return sources_.size(); }
  bool keep_going() const { return keep_going_; }

 private:
  friend class CorpusReader;
  void AssignDate(Document* document, const std::string& source) const;
  StatusOr<Document> DecodeJsonLine(const CorpusRecord& record) const;

  struct Source {
    std::string path;  // or "-"
    bool listed = false;  // found by listing a directory given as input
  };

  CorpusOptions options_;
  std::optional<Manifest> manifest_;
  std::vector<Source> sources_;
  bool keep_going_ = false;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_CORPUS_H_
