#include "extract/morphology.h"

#include <algorithm>

#include "extract/utf8.h"
#include "extract/word_table.h"

namespace akhbar {
namespace {

StatusOr<std::string> NormalizedWord(const YamlFile& file, const YAML::Node& node,
                                     const Tokenizer& tokenizer,
                                     bool allow_empty) {
  if (!node || !node.IsScalar()) return RuleErrorAt(file, node, "expected a word");
  const std::vector<std::string> words = tokenizer.NormalizedWords(node.Scalar());
  if (words.size() > 1 || (words.empty() && !allow_empty)) {
    return RuleErrorAt(file, node, "expected exactly one word");
  }
  return words.empty() ? std::string() : words[0];
}

}  // namespace

StatusOr<Morphology> Morphology::FromYaml(const YamlFile& file,
                                          const Tokenizer& tokenizer) {
  return CatchYamlErrors<Morphology>(file.path,
                                     [&] { return FromYamlUnguarded(file, tokenizer); });
}

StatusOr<Morphology> Morphology::FromYamlUnguarded(const YamlFile& file,
                                                   const Tokenizer& tokenizer) {
  Morphology morphology;
  StatusOr<std::string> article =
      NormalizedWord(file, file.root["article"], tokenizer, false);
  if (!article.ok()) return article.status();
  morphology.article_ = *article;
  if (const YAML::Node min = file.root["min_stem_letters"]) {
    morphology.min_stem_letters_ = min.as<size_t>();
  }
  for (const YAML::Node& entry : file.root["proclitics"]) {
    if (Status known = CheckKnownKeys(file, entry, {"form", "keep", "why"});
        !known.ok()) {
      return known;
    }
    StatusOr<std::string> form = NormalizedWord(file, entry["form"], tokenizer, false);
    if (!form.ok()) return form.status();
    Proclitic proclitic{*form, 0};
    if (entry["keep"]) {
      StatusOr<std::string> keep = NormalizedWord(file, entry["keep"], tokenizer, false);
      if (!keep.ok()) return keep.status();
      if (keep->size() > form->size() ||
          form->compare(form->size() - keep->size(), keep->size(), *keep) != 0) {
        return RuleErrorAt(file, entry, "'keep' must be the end of 'form'");
      }
      proclitic.kept_bytes = keep->size();
    }
    morphology.proclitics_.push_back(std::move(proclitic));
  }
  for (uint32_t index = 0; index < morphology.proclitics_.size(); ++index) {
    const std::string_view form = morphology.proclitics_[index].form;
    const uint64_t head = HeadOf(form);
    morphology.form_heads_.push_back(FormHead{head, MaskOfBytes(form.size())});
    const auto first_byte = static_cast<uint8_t>(form[0]);
    const size_t lead_length =
        first_byte < 0xC0 ? 1 : first_byte < 0xE0 ? 2 : first_byte < 0xF0 ? 3 : 4;
    const uint64_t lead_mask = MaskOfBytes(std::min(lead_length, form.size()));
    const uint64_t lead = head & lead_mask;
    auto group = std::find_if(morphology.groups_.begin(), morphology.groups_.end(),
                              [&](const ProcliticGroup& g) {
                                return g.lead == lead && g.lead_mask == lead_mask;
                              });
    if (group == morphology.groups_.end()) {
      group = morphology.groups_.insert(group, ProcliticGroup{lead, lead_mask, {}});
    }
    group->proclitics.push_back(index);
  }
  for (const YAML::Node& suffix : file.root["adjective_suffixes"]) {
    StatusOr<std::string> word = NormalizedWord(file, suffix, tokenizer, true);
    if (!word.ok()) return word.status();
    morphology.adjective_suffixes_.push_back(*word);
  }
  if (morphology.adjective_suffixes_.empty()) {
    morphology.adjective_suffixes_.push_back("");
  }
  for (const YAML::Node& whole : file.root["whole_words"]) {
    StatusOr<std::string> word = NormalizedWord(file, whole, tokenizer, false);
    if (!word.ok()) return word.status();
    morphology.whole_words_.insert(std::move(*word));
  }
  for (const auto& [key, words] :
       {std::pair{"not_adjective_after", &morphology.not_adjective_after_},
        std::pair{"patronymics", &morphology.patronymics_},
        std::pair{"kunyas", &morphology.kunyas_}}) {
    for (const YAML::Node& node : file.root[key]) {
      StatusOr<std::string> word = NormalizedWord(file, node, tokenizer, false);
      if (!word.ok()) return word.status();
      words->push_back(std::move(*word));
    }
  }
  return morphology;
}

bool Morphology::SplitsWholeWord(const TextLayout& layout, uint32_t token,
                                 size_t stripped_bytes) const {
  if (whole_words_.empty() || stripped_bytes == 0) return false;
  for (const TokenReading& reading : layout.ReadingsOf(token)) {
    const size_t stripped = reading.proclitic ? reading.proclitic->stripped_bytes() : 0;
    if (stripped < stripped_bytes && whole_words_.contains(layout.Stem(reading))) return true;
  }
  return false;
}

bool Morphology::FollowsOneOf(const TextLayout& layout, const Sentence& sentence,
                              uint32_t token, std::span<const std::string> words) const {
  if (token <= sentence.first_token || !layout.tokens[token].follows_space) return false;
  const uint32_t before = token - 1;
  for (const TokenReading& reading : layout.ReadingsOf(before)) {
    const size_t stripped = reading.proclitic ? reading.proclitic->stripped_bytes() : 0;
    if (std::ranges::find(words, layout.Stem(reading)) != words.end() &&
        !SplitsWholeWord(layout, before, stripped)) {
      return true;
    }
  }
  return false;
}

bool Morphology::EndsKunya(const TextLayout& layout, const Sentence& sentence,
                           uint32_t token) const {
  if (kunyas_.empty() || token < sentence.first_token + 2 ||
      !layout.tokens[token].follows_space) {
    return false;
  }
  for (const TokenReading& reading : layout.ReadingsOf(token - 1)) {
    if (reading.proclitic && reading.proclitic->kept_bytes > 0 &&
        reading.proclitic->stripped_bytes() > 0) {
      return false;
    }
  }
  return FollowsOneOf(layout, sentence, token - 1, kunyas_);
}

std::string_view Morphology::WithoutArticle(std::string_view word) const {
  if (word.size() > article_.size() && word.starts_with(article_) &&
      LongEnough(word.substr(article_.size()))) {
    return word.substr(article_.size());
  }
  return word;
}

bool Morphology::HasArticle(const TextLayout& layout, uint32_t token) const {
  if (layout.tokens[token].kind != TokenKind::kArabic) return false;
  const std::string_view word = layout.Normalized(layout.tokens[token]);
  if (WithoutArticle(word).size() < word.size()) return true;
  bool kept_article = false;
  ForEachReading(word, [&](std::string_view, const Proclitic* proclitic) {
    kept_article = kept_article || (proclitic && proclitic->kept_bytes > 0);
  });
  return kept_article;
}

void Morphology::AddReadings(TextLayout* layout) const {
  layout->readings.clear();
  layout->first_reading.clear();
  layout->first_reading.reserve(layout->tokens.size() + 1);
  // A word and, for about one in three, a proclitic reading.
  layout->readings.reserve(layout->tokens.size() * 3 / 2);
  const std::string_view normalized = layout->normalized;
  for (const Token& token : layout->tokens) {
    layout->first_reading.push_back(static_cast<uint32_t>(layout->readings.size()));
    ForEachReading(layout->Normalized(token), [&](std::string_view stem, const Proclitic* proclitic) {
      layout->readings.push_back(TokenReading{static_cast<uint32_t>(stem.data() - normalized.data()),
                                              static_cast<uint32_t>(stem.size()), proclitic,
                                              WordHash{}(stem)});
    });
  }
  layout->first_reading.push_back(static_cast<uint32_t>(layout->readings.size()));
}

}  // namespace akhbar
