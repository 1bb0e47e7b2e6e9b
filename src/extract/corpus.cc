#include "extract/corpus.h"

#include <fnmatch.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>

#include <nlohmann/json.hpp>

namespace akhbar {

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
      corpus.sources_.push_back(input);
      continue;
    }
    std::error_code error;
    const std::filesystem::path path(input);
    if (!std::filesystem::exists(path, error)) {
      return InvalidInputError(input + ": no such file or directory");
    }
    if (!std::filesystem::is_directory(path, error)) {
      corpus.sources_.push_back(input);
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
    corpus.sources_.insert(corpus.sources_.end(), found.begin(), found.end());
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

bool Corpus::ReadJsonLines(const std::string& source,
                           const std::function<void(Document&&)>& sink,
                           std::vector<CorpusProblem>* problems) const {
  std::ifstream file;
  if (source != "-") {
    file.open(source, std::ios::binary);
    if (!file) {
      problems->push_back({source, InvalidInputError(source + ": cannot open for reading")});
      return keep_going_;
    }
  }
  std::istream& in = source == "-" ? std::cin : file;
  std::string line;
  size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = (source == "-" ? "<stdin>" : source) + ":" + std::to_string(line_number);
    const auto fail = [&](const std::string& message) {
      problems->push_back({where, InvalidInputError(where + ": " + message)});
      return keep_going_;
    };
    nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
    if (record.is_discarded() || !record.is_object()) {
      if (!fail("not a JSON object")) return false;
      continue;
    }
    const auto text = record.find(options_.text_field);
    if (text == record.end() || !text->is_string()) {
      if (!fail("no string field '" + options_.text_field + "'")) return false;
      continue;
    }
    const auto id = record.find(options_.id_field);
    std::string document_id = id != record.end() && id->is_string() ? id->get<std::string>()
                              : id != record.end() && id->is_number() ? id->dump()
                                                                      : where;
    StatusOr<Document> document =
        DocumentFromBytes(std::move(document_id), text->get<std::string>(), where, options_.read);
    if (!document.ok()) {
      problems->push_back({where, document.status()});
      if (!keep_going_) return false;
      continue;
    }
    AssignDate(&*document, document->id);
    const auto date = record.find(options_.date_field);
    if (document->date_source != DateSource::kManifest && date != record.end() &&
        date->is_string()) {
      if (const auto parsed = CivilDate::ParseIso(date->get<std::string>().substr(0, 10))) {
        document->date = parsed;
        document->date_source = DateSource::kManifest;
      }
    }
    sink(std::move(*document));
  }
  return true;
}

void Corpus::ForEachDocument(const std::function<void(Document&&)>& sink,
                             std::vector<CorpusProblem>* problems) const {
  for (const std::string& source : sources_) {
    if (options_.jsonl) {
      if (!ReadJsonLines(source, sink, problems)) return;
      continue;
    }
    StatusOr<Document> document =
        source == "-"
            ? DocumentFromBytes("stdin",
                                std::string(std::istreambuf_iterator<char>(std::cin),
                                            std::istreambuf_iterator<char>()),
                                "<stdin>", options_.read)
            : ReadDocumentFile(source, options_.read);
    if (!document.ok()) {
      problems->push_back(CorpusProblem{source, document.status()});
      if (!keep_going_) return;
      continue;
    }
    AssignDate(&*document, source);
    sink(std::move(*document));
  }
}

}  // namespace akhbar
