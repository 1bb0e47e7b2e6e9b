#include "extract/name_suggester.h"

#include <algorithm>
#include <set>
#include <sstream>
#include <unordered_map>

#include "extract/document_layout.h"
#include "extract/utf8.h"

namespace akhbar {
namespace {

std::u32string ToU32(std::string_view text) {
  std::u32string out;
  for (size_t pos = 0; pos < text.size();) {
    char32_t code_point;
    const int length = DecodeUtf8(text, pos, &code_point);
    if (length == 0) return out;
    out.push_back(code_point);
    pos += length;
  }
  return out;
}

struct KnownWord {
  std::u32string word;
  std::string entity;
};

struct Reading {
  std::string normalized;
  size_t stripped_bytes;
};

}  // namespace

StatusOr<NameSuggester> NameSuggester::Load(const RuleSet& rules) {
  StatusOr<YamlFile> file = LoadYamlFile(rules.directory() / "suggest.yaml");
  if (!file.ok()) return file.status();
  return CatchYamlErrors<NameSuggester>(file->path, [&] { return LoadUnguarded(rules, *file); });
}

StatusOr<NameSuggester> NameSuggester::LoadUnguarded(const RuleSet& rules,
                                                     const YamlFile& loaded) {
  const YamlFile* file = &loaded;
  if (Status known = CheckKnownKeys(*file, file->root,
                                    {"confusions", "edit_cost", "max_cost", "name_endings",
                                     "ending_min_letters", "conjunctions", "titles", "common_words",
                                     "min_count"});
      !known.ok()) {
    return known;
  }
  NameSuggester suggester(rules);
  const Tokenizer& tokenizer = rules.tokenizer();
  const auto letter = [&](const YAML::Node& node) -> StatusOr<char32_t> {
    const std::u32string normalized =
        node.IsScalar() ? ToU32(tokenizer.NormalizedWords(node.Scalar()).empty()
                                    ? ""
                                    : tokenizer.NormalizedWords(node.Scalar())[0])
                        : U"";
    if (normalized.size() != 1) return RuleErrorAt(*file, node, "expected one letter");
    return normalized[0];
  };
  for (const YAML::Node& entry : file->root["confusions"]) {
    const YAML::Node letters = entry["letters"];
    if (!letters || !letters.IsSequence() || letters.size() != 2 || !entry["cost"]) {
      return RuleErrorAt(*file, entry, "a confusion is {letters: [a, b], cost: c}");
    }
    StatusOr<char32_t> a = letter(letters[0]);
    StatusOr<char32_t> b = letter(letters[1]);
    if (!a.ok()) return a.status();
    if (!b.ok()) return b.status();
    const double cost = entry["cost"].as<double>();
    suggester.confusions_[{*a, *b}] = cost;
    suggester.confusions_[{*b, *a}] = cost;
  }
  suggester.edit_cost_ = file->root["edit_cost"].as<double>(1.0);
  for (const YAML::Node& entry : file->root["max_cost"]) {
    suggester.max_cost_.emplace_back(entry["min_letters"].as<size_t>(),
                                     entry["cost"].as<double>());
  }
  std::sort(suggester.max_cost_.begin(), suggester.max_cost_.end());
  StatusOr<std::vector<std::string>> endings = ReadStringList(*file, file->root, "name_endings");
  if (!endings.ok()) return endings.status();
  for (const std::string& ending : *endings) {
    const std::vector<std::string> words = tokenizer.NormalizedWords(ending);
    if (words.size() == 1) suggester.name_endings_.push_back(ToU32(words[0]));
  }
  StatusOr<std::vector<std::string>> titles = ReadStringList(*file, file->root, "titles");
  if (!titles.ok()) return titles.status();
  for (const std::string& title : *titles) {
    suggester.titles_.push_back(tokenizer.NormalizedWords(title));
  }
  StatusOr<std::vector<std::string>> common = ReadStringList(*file, file->root, "common_words");
  if (!common.ok()) return common.status();
  for (const std::string& word : *common) {
    for (std::string& normalized : tokenizer.NormalizedWords(word)) {
      suggester.common_words_.push_back(std::move(normalized));
    }
  }
  StatusOr<std::vector<std::string>> conjunctions =
      ReadStringList(*file, file->root, "conjunctions");
  if (!conjunctions.ok()) return conjunctions.status();
  for (const std::string& word : *conjunctions) {
    for (std::string& normalized : tokenizer.NormalizedWords(word)) {
      suggester.conjunctions_.push_back(std::move(normalized));
    }
  }
  suggester.ending_min_letters_ = file->root["ending_min_letters"].as<size_t>(6);
  suggester.min_count_ = file->root["min_count"].as<size_t>(1);
  return suggester;
}

double NameSuggester::MaxCost(size_t letters) const {
  double cost = 0;
  for (const auto& [min_letters, max] : max_cost_) {
    if (letters >= min_letters) cost = max;
  }
  return cost;
}

double NameSuggester::Distance(std::u32string_view a, std::u32string_view b) const {
  const size_t n = a.size();
  const size_t m = b.size();
  std::vector<std::vector<double>> d(n + 1, std::vector<double>(m + 1, 0));
  for (size_t i = 0; i <= n; ++i) d[i][0] = i * edit_cost_;
  for (size_t j = 0; j <= m; ++j) d[0][j] = j * edit_cost_;
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      double substitution = 0;
      if (a[i - 1] != b[j - 1]) {
        const auto confusion = confusions_.find({a[i - 1], b[j - 1]});
        substitution = confusion == confusions_.end() ? edit_cost_ : confusion->second;
      }
      d[i][j] = std::min({d[i - 1][j] + edit_cost_, d[i][j - 1] + edit_cost_,
                          d[i - 1][j - 1] + substitution});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + edit_cost_);
      }
    }
  }
  return d[n][m];
}

Suggestions NameSuggester::Suggest(const std::vector<Document>& documents) const {
  const Morphology& morphology = rules_.morphology();
  std::vector<KnownWord> known;
  // Words of organisation and media names (الديمقراطي، للعلاقات، الصحافة) are
  // ordinary words; a near-miss of them is not a misspelt name.
  for (const Entity& entity : rules_.entities().entities()) {
    for (const std::string& name : entity.names) {
      const std::vector<std::string> words = rules_.tokenizer().NormalizedWords(name);
      const bool institution =
          entity.type == EntityType::kOrganization || entity.type == EntityType::kMedia;
      if (institution && words.size() > 1) continue;
      for (const std::string& word : words) {
        std::u32string letters = ToU32(morphology.WithoutArticle(word));
        if (letters.size() >= 4) known.push_back(KnownWord{std::move(letters), entity.id});
      }
    }
  }
  std::set<std::string> known_spellings;
  for (const KnownWord& word : known) {
    std::string spelled;
    for (char32_t c : word.word) AppendUtf8(c, &spelled);
    known_spellings.insert(std::move(spelled));
  }
  std::map<std::pair<std::string, std::string>, SpellingSuggestion> spellings;
  std::map<std::string, UnknownNameSuggestion> unknown;
  // Closest known word per normalized reading, cached: corpora repeat words.
  std::unordered_map<std::string, std::pair<const KnownWord*, double>> nearest_cache;
  const auto nearest = [&](const std::string& reading) {
    const auto cached = nearest_cache.find(reading);
    if (cached != nearest_cache.end()) return cached->second;
    const std::u32string letters = ToU32(reading);
    std::pair<const KnownWord*, double> best{nullptr, 0};
    for (const KnownWord& word : known) {
      const size_t longer = std::max(word.word.size(), letters.size());
      const size_t shorter = std::min(word.word.size(), letters.size());
      if (longer - shorter > 2) continue;
      const double cost = Distance(letters, word.word);
      if (cost == 0) return nearest_cache[reading] = {nullptr, 0};
      if (cost <= MaxCost(word.word.size()) && (!best.first || cost < best.second)) {
        best = {&word, cost};
      }
    }
    return nearest_cache[reading] = best;
  };

  for (const Document& document : documents) {
    const TextLayout layout =
        LayOutDocument(document.text, rules_.tokenizer(), rules_.boilerplate(),
                       rules_.morphology());
    const std::vector<Mention> mentions =
        rules_.entity_matcher().FindMentions(document.text, layout);
    size_t next_mention = 0;
    for (size_t t = 0; t < layout.tokens.size(); ++t) {
      const Token& token = layout.tokens[t];
      while (next_mention < mentions.size() && mentions[next_mention].end <= token.start) {
        ++next_mention;
      }
      if (next_mention < mentions.size() && mentions[next_mention].start < token.end) continue;
      if (token.kind != TokenKind::kArabic) continue;
      const std::string_view word = layout.Normalized(token);
      std::vector<Reading> readings;
      morphology.ForEachReading(word, [&](std::string_view stem, const Proclitic* proclitic) {
        readings.push_back({std::string(stem), proclitic ? proclitic->form.size() : 0});
      });
      const Sentence& sentence = layout.sentences[token.sentence];
      const auto example = [&] {
        return document.text.substr(sentence.start, sentence.end - sentence.start);
      };
      const auto written = [&](size_t stripped_bytes) {
        const uint32_t start =
            rules_.tokenizer().OriginalOffsetAfter(document.text, token, stripped_bytes);
        return document.text.substr(start, token.end - start);
      };
      // A reading that is itself a known word (فلاديمير outside its full
      // name) is no misspelling, whatever its stripped readings resemble.
      const bool known_word = std::any_of(readings.begin(), readings.end(), [&](const Reading& r) {
        return known_spellings.count(r.normalized) > 0;
      });
      if (known_word) continue;
      bool suggested = false;
      for (const Reading& reading : readings) {
        if (ToU32(reading.normalized).size() < 4) continue;
        const auto [closest, cost] = nearest(reading.normalized);
        if (!closest) continue;
        SpellingSuggestion& suggestion = spellings[{closest->entity, reading.normalized}];
        const std::string spelled = written(reading.stripped_bytes);
        if (suggestion.count++ == 0) {
          suggestion.entity = closest->entity;
          suggestion.known_name = std::string();
          for (char32_t c : closest->word) AppendUtf8(c, &suggestion.known_name);
          suggestion.cost = cost;
          suggestion.spelling = spelled;
          suggestion.example = example();
        } else if (spelled != suggestion.spelling &&
                   std::find(suggestion.variants.begin(), suggestion.variants.end(),
                             spelled) == suggestion.variants.end()) {
          suggestion.variants.push_back(spelled);
        }
        suggested = true;
        break;
      }
      if (suggested) continue;
      std::string reason;
      const Reading* named = &readings[0];
      const bool after_conjunction =
          readings.size() > 1 &&
          std::any_of(conjunctions_.begin(), conjunctions_.end(),
                      [&](const std::string& c) { return word.starts_with(c); });
      for (size_t r = after_conjunction ? 1 : 0; r < readings.size(); ++r) {
        const Reading& reading = readings[r];
        const std::u32string letters = ToU32(reading.normalized);
        if (reading.normalized.starts_with("ال") || letters.size() < ending_min_letters_) {
          continue;
        }
        for (const std::u32string& ending : name_endings_) {
          if (letters.ends_with(ending)) {
            std::string shown;
            for (char32_t c : ending) AppendUtf8(c, &shown);
            reason = "ending " + shown;
            named = &reading;
          }
        }
        if (!reason.empty()) break;
      }
      const bool common = std::find(common_words_.begin(), common_words_.end(), word) !=
                          common_words_.end();
      if (reason.empty() && !common && !word.starts_with("ال")) {
        for (const std::vector<std::string>& title : titles_) {
          if (title.empty() || t < title.size() || !token.follows_space) continue;
          bool matches = true;
          for (size_t k = 0; k < title.size() && matches; ++k) {
            const Token& before = layout.tokens[t - title.size() + k];
            matches = before.sentence == token.sentence &&
                      layout.Normalized(before) == title[k];
          }
          if (matches) {
            reason = "after " + title.back();
            break;
          }
        }
      }
      if (reason.empty()) continue;
      UnknownNameSuggestion& name = unknown[named->normalized];
      if (name.count++ == 0) {
        name.spelling = written(named->stripped_bytes);
        name.reason = reason;
        name.example = example();
      }
    }
  }
  Suggestions result;
  for (auto& [key, suggestion] : spellings) result.spellings.push_back(std::move(suggestion));
  std::stable_sort(result.spellings.begin(), result.spellings.end(),
                   [](const SpellingSuggestion& a, const SpellingSuggestion& b) {
                     return a.entity != b.entity ? a.entity < b.entity : a.count > b.count;
                   });
  for (auto& [key, name] : unknown) {
    if (name.count >= min_count_) result.unknown.push_back(std::move(name));
  }
  std::stable_sort(result.unknown.begin(), result.unknown.end(),
                   [](const UnknownNameSuggestion& a, const UnknownNameSuggestion& b) {
                     return a.count > b.count;
                   });
  return result;
}

std::string SuggestionsToYaml(const Suggestions& suggestions, const EntityCatalog& catalog) {
  std::ostringstream out;
  if (!suggestions.spellings.empty()) {
    out << "# Likely misspellings of known entities: add the names to the entity.\n";
  }
  for (size_t i = 0; i < suggestions.spellings.size();) {
    const std::string& entity = suggestions.spellings[i].entity;
    const Entity* known = catalog.Find(entity);
    out << "# " << entity << " (" << (known ? known->defined_at : "") << ")\n";
    std::vector<std::string> names;
    for (; i < suggestions.spellings.size() && suggestions.spellings[i].entity == entity; ++i) {
      const SpellingSuggestion& s = suggestions.spellings[i];
      out << "#   " << s.spelling << ": " << s.count << "x, close to " << s.known_name
          << " (cost " << s.cost << "), e.g. \"" << s.example << "\"\n";
      names.push_back(s.spelling);
      names.insert(names.end(), s.variants.begin(), s.variants.end());
    }
    out << "- id: " << entity << "\n  names: [";
    for (size_t n = 0; n < names.size(); ++n) out << (n ? ", " : "") << names[n];
    out << "]\n";
  }
  if (!suggestions.unknown.empty()) {
    out << "\n# Likely names no rule matches: give each an id, type and labels.\n";
  }
  for (const UnknownNameSuggestion& name : suggestions.unknown) {
    out << "# " << name.count << "x, " << name.reason << ", e.g. \"" << name.example << "\"\n"
        << "- id: \n  type: person\n  label: {en: , ar: " << name.spelling << "}\n"
        << "  names: [" << name.spelling << "]\n";
  }
  return out.str();
}

}  // namespace akhbar
