#include "extract/corpus.h"

#include <fnmatch.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "extract/flat_json.h"

namespace akhbar {
namespace {

// What a JSON Lines record gives its document.
struct RecordFields {
  bool object = false;
  std::optional<std::string> text;
  std::optional<std::string> id;  // a string, or a number as JSON writes it
  std::optional<std::string> date;
};

RecordFields FieldsByNlohmann(const std::string& json, const CorpusOptions& options) {
  nlohmann::json object = nlohmann::json::parse(json, nullptr, false);
  RecordFields fields;
  if (object.is_discarded() || !object.is_object()) return fields;
  fields.object = true;
  if (const auto id = object.find(options.id_field); id != object.end()) {
    if (id->is_string()) fields.id = id->get<std::string>();
    if (id->is_number()) fields.id = id->dump();
  }
  if (const auto date = object.find(options.date_field);
      date != object.end() && date->is_string()) {
    fields.date = date->get<std::string>();
  }
  if (const auto text = object.find(options.text_field);
      text != object.end() && text->is_string()) {
    fields.text = std::move(text->get_ref<std::string&>());
  }
  return fields;
}

// The flat records of news corpora are read directly (flat_json.h); any
// other record goes to nlohmann.
RecordFields ReadRecordFields(const std::string& json, const CorpusOptions& options) {
  const std::string_view wanted[] = {options.text_field, options.id_field, options.date_field};
  std::optional<std::vector<std::optional<std::string>>> values = ReadFlatJsonStrings(json, wanted);
  if (!values) return FieldsByNlohmann(json, options);
  return RecordFields{true, std::move((*values)[0]), std::move((*values)[1]),
                      std::move((*values)[2])};
}

}  // namespace

StatusOr<Corpus> Corpus::Open(const CorpusOptions& options) {
  Corpus corpus;
  corpus.options_ = options;
  if (options.manifest) {
    StatusOr<Manifest> manifest = Manifest::Load(*options.manifest);
    if (!manifest.ok()) return manifest.status();
    corpus.manifest_ = std::move(*manifest);
  }
  if (options.inputs.empty()) return UsageError("no input files or directories given");
  bool any_directory = false;
  for (const std::string& input : options.inputs) {
    if (input == "-") {
      corpus.sources_.push_back({input});
      continue;
    }
    std::error_code error;
    const std::filesystem::path path(input);
    if (!std::filesystem::exists(path, error)) {
      return InvalidInputError(input + ": no such file or directory");
    }
    if (!std::filesystem::is_directory(path, error)) {
      corpus.sources_.push_back({input});
      continue;
    }
    any_directory = true;
    std::vector<std::string> found;
    for (auto it = std::filesystem::recursive_directory_iterator(path, error);
         it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
      if (error) break;
      if (!it->is_regular_file(error)) continue;
      const std::string name = it->path().filename().string();
      if (fnmatch(options.glob.c_str(), name.c_str(), 0) == 0) {
        found.push_back(it->path().string());
      }
    }
    if (error) return InvalidInputError(input + ": " + error.message());
    if (found.empty()) {
      return InvalidInputError(input + ": no files matching '" + options.glob + "'");
    }
    std::sort(found.begin(), found.end());
    for (std::string& file : found) corpus.sources_.push_back({std::move(file), true});
  }
  corpus.keep_going_ = options.keep_going.value_or(any_directory || options.jsonl);
  return corpus;
}

void Corpus::AssignDate(Document* document, const std::string& source) const {
  if (manifest_) {
    if (const ManifestEntry* entry = manifest_->Find(source)) {
      document->date = entry->date;
      document->date_source = DateSource::kManifest;
      return;
    }
  }
  if (options_.doc_date) {
    document->date = options_.doc_date;
    document->date_source = DateSource::kOption;
  }
}

namespace {

// Listed files at a time: their reads cost one system call, and their
// buffers (64 KiB each) stay small.
constexpr size_t kListedFilesPerBatch = 32;

// The directory a listed file was found in.
std::optional<std::string_view> DirectoryOf(std::string_view source) {
  const size_t slash = source.rfind('/');
  if (slash == std::string_view::npos) return std::nullopt;
  return source.substr(0, slash);
}

}  // namespace

std::optional<StatusOr<CorpusRecord>> CorpusReader::TakeReadFile() {
  ReadFile file = std::move(read_files_.front());
  read_files_.pop_front();
  source_ = file.source;
  if (!file.bytes.ok()) return StatusOr<CorpusRecord>(file.bytes.status());
  return CorpusRecord{CorpusRecord::Kind::kReadListedFile, std::move(file.source),
                      std::move(*file.bytes), nullptr};
}

std::optional<StatusOr<CorpusRecord>> CorpusReader::ReadBatchFrom(std::string first_source) {
  const std::string_view directory = directory_->path().native();
  std::vector<std::string> sources{std::move(first_source)};
  while (sources.size() < ring_->files() && next_source_ < corpus_.sources_.size()) {
    const Corpus::Source& next = corpus_.sources_[next_source_];
    if (!next.listed || DirectoryOf(next.path) != directory) break;
    sources.push_back(next.path);
    ++next_source_;
  }
  std::vector<std::string> names;
  names.reserve(sources.size());
  for (const std::string& source : sources) names.push_back(source.substr(source.rfind('/') + 1));
  std::vector<StatusOr<std::string>> files = ring_->ReadListedFiles(*directory_, names);
  for (size_t file = 0; file < sources.size(); ++file) {
    read_files_.push_back({std::move(sources[file]), std::move(files[file])});
  }
  return TakeReadFile();
}

std::optional<StatusOr<CorpusRecord>> CorpusReader::Next() {
  const CorpusOptions& options = corpus_.options_;
  if (!read_files_.empty()) return TakeReadFile();
  while (true) {
    if (lines_ != nullptr) {
      std::string line;
      while (std::getline(*lines_, line)) {
        ++line_number_;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        source_ = lines_source_ + ":" + std::to_string(line_number_);
        return CorpusRecord{CorpusRecord::Kind::kJsonLine,
                            lines_source_ + ":" + std::to_string(line_number_), std::move(line),
                            nullptr};
      }
      lines_ = nullptr;
      lines_file_.reset();
    }
    if (next_source_ >= corpus_.sources_.size()) return std::nullopt;
    const Corpus::Source& next = corpus_.sources_[next_source_++];
    const std::string& source = next.path;
    source_ = source;
    if (options.jsonl) {
      line_number_ = 0;
      if (source == "-") {
        lines_ = &std::cin;
        lines_source_ = "<stdin>";
        continue;
      }
      // The stream's own buffer is 8 KiB: a read call per few articles,
      // and system calls are dear on a virtual machine.
      lines_buffer_.resize(kLinesBufferBytes);
      lines_file_ = std::make_unique<std::ifstream>();
      lines_file_->rdbuf()->pubsetbuf(lines_buffer_.data(),
                                      static_cast<std::streamsize>(lines_buffer_.size()));
      lines_file_->open(source, std::ios::binary);
      if (!*lines_file_) {
        lines_file_.reset();
        return StatusOr<CorpusRecord>(InvalidInputError(source + ": cannot open for reading"));
      }
      lines_ = lines_file_.get();
      lines_source_ = source;
      continue;
    }
    if (source == "-") {
      return CorpusRecord{CorpusRecord::Kind::kStandardInput, source,
                          std::string(std::istreambuf_iterator<char>(std::cin),
                                      std::istreambuf_iterator<char>()),
                          nullptr};
    }
    if (next.listed) {
      if (const std::optional<std::string_view> directory = DirectoryOf(source)) {
        if (directory_ == nullptr || directory_->path().native() != *directory) {
          // Unopenable, the directory's files are opened by their paths,
          // which says why each one cannot be read.
          StatusOr<DirectoryHandle> handle = DirectoryHandle::Open(std::string(*directory));
          directory_ = handle.ok() ? std::make_shared<const DirectoryHandle>(std::move(*handle))
                                   : nullptr;
        }
        if (directory_ != nullptr) {
          if (!ring_opened_) {
            ring_ = FileRing::Open(kListedFilesPerBatch);
            ring_opened_ = true;
          }
          if (ring_ != nullptr) return ReadBatchFrom(source);
          return CorpusRecord{CorpusRecord::Kind::kListedFile, source, {}, directory_};
        }
      }
    }
    return CorpusRecord{CorpusRecord::Kind::kFile, source, {}, nullptr};
  }
}

StatusOr<Document> Corpus::DecodeJsonLine(const CorpusRecord& record) const {
  const std::string& where = record.source;
  const auto fail = [&](const std::string& message) {
    return InvalidInputError(where + ": " + message);
  };
  RecordFields fields = ReadRecordFields(record.bytes, options_);
  if (!fields.object) return fail("not a JSON object");
  if (!fields.text) return fail("no string field '" + options_.text_field + "'");
  StatusOr<Document> document =
      DocumentFromUtf8(fields.id ? std::move(*fields.id) : where, std::move(*fields.text), where);
  if (!document.ok()) return document;
  AssignDate(&*document, document->id);
  if (document->date_source != DateSource::kManifest && fields.date) {
    if (const auto parsed = CivilDate::ParseIso(fields.date->substr(0, 10))) {
      document->date = parsed;
      document->date_source = DateSource::kManifest;
    }
  }
  return document;
}

StatusOr<Document> Corpus::Decode(CorpusRecord record) const {
  switch (record.kind) {
    case CorpusRecord::Kind::kJsonLine: return DecodeJsonLine(record);
    case CorpusRecord::Kind::kStandardInput: {
      StatusOr<Document> document =
          DocumentFromBytes("stdin", std::move(record.bytes), "<stdin>", options_.read);
      if (document.ok()) AssignDate(&*document, record.source);
      return document;
    }
    case CorpusRecord::Kind::kReadListedFile: {
      const std::filesystem::path path = record.source;
      StatusOr<Document> document = DocumentFromBytes(path.stem().string(), std::move(record.bytes),
                                                      record.source, options_.read);
      if (document.ok()) AssignDate(&*document, record.source);
      return document;
    }
    case CorpusRecord::Kind::kListedFile: {
      const std::string name = record.source.substr(record.source.rfind('/') + 1);
      StatusOr<Document> document =
          ReadListedDocumentFile(*record.directory, name, record.source, options_.read);
      if (document.ok()) AssignDate(&*document, record.source);
      return document;
    }
    case CorpusRecord::Kind::kFile: break;
  }
  StatusOr<Document> document = ReadDocumentFile(record.source, options_.read);
  if (document.ok()) AssignDate(&*document, record.source);
  return document;
}

void Corpus::ForEachDocument(const std::function<void(Document&&)>& sink,
                             std::vector<CorpusProblem>* problems) const {
  CorpusReader reader(*this);
  while (std::optional<StatusOr<CorpusRecord>> record = reader.Next()) {
    if (!record->ok()) {
      problems->push_back({reader.source(), record->status()});
      if (!keep_going_) return;
      continue;
    }
    std::string source = (*record)->source;
    StatusOr<Document> document = Decode(std::move(**record));
    if (!document.ok()) {
      problems->push_back({std::move(source), document.status()});
      if (!keep_going_) return;
      continue;
    }
    sink(std::move(*document));
  }
}

}  // namespace akhbar
