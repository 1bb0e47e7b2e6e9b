// Every rule file of a rules directory, loaded and compiled once.
//   arabic.yaml       normalization folds, proclitics, adjective suffixes
//   boilerplate.yaml  page furniture
//   dates.yaml        temporal expressions
//   entities/*.yaml   entities and their spellings
//   events.yaml       event types and their trigger patterns
#ifndef AKHBAR_EXTRACT_RULE_SET_H_
#define AKHBAR_EXTRACT_RULE_SET_H_

#include <filesystem>
#include <memory>
#include <vector>

#include "base/status.h"
#include "extract/arabic_normalizer.h"
#include "extract/boilerplate.h"
#include "extract/date_finder.h"
#include "extract/date_rules.h"
#include "extract/dating_span.h"
#include "extract/pluperfect.h"
#include "extract/entity_catalog.h"
#include "extract/entity_matcher.h"
#include "extract/event_matcher.h"
#include "extract/reported_speech.h"
#include "extract/locatives.h"
#include "extract/owner_adjectives.h"
#include "extract/verb_subject.h"
#include "extract/event_rules.h"
#include "extract/morphology.h"
#include "extract/tokenizer.h"

namespace akhbar {

class RuleSet {
 public:
  // `extra_entity_files` are added after entities/*.yaml; entity files are
  // cached in `entity_cache_directory` unless it is empty.
  static StatusOr<std::unique_ptr<RuleSet>> Load(
      const std::filesystem::path& directory,
      const std::vector<std::filesystem::path>& extra_entity_files = {},
      const std::filesystem::path& entity_cache_directory = {});

  const std::filesystem::path& directory() const { return directory_; }
  const ArabicNormalizer& normalizer() const { return *normalizer_; }
  const Tokenizer& tokenizer() const { return *tokenizer_; }
  const Morphology& morphology() const { return *morphology_; }
  const BoilerplateRules& boilerplate() const { return *boilerplate_; }
  const EntityCatalog& entities() const { return *entities_; }
  const EntityMatcher& entity_matcher() const { return *entity_matcher_; }
  const DateRules& dates() const { return *dates_; }
  const DateFinder& date_finder() const { return *date_finder_; }
  const EventRules& events() const { return *events_; }
  const EventMatcher& event_matcher() const { return *event_matcher_; }
  const SpeechFrameFinder& speech_frames() const { return *speech_frames_; }
  const VerbSubjectFinder& verb_subjects() const { return *verb_subjects_; }
  const LocativeFinder& locatives() const { return *locatives_; }
  const OwnerAdjectiveFinder& owner_adjectives() const { return *owner_adjectives_; }
  const DatingSpanFinder& dating_spans() const { return *dating_spans_; }
  const PluperfectFinder& pluperfect() const { return *pluperfect_; }

 private:
  RuleSet() = default;

  std::filesystem::path directory_;
  std::unique_ptr<ArabicNormalizer> normalizer_;
  std::unique_ptr<Tokenizer> tokenizer_;
  std::unique_ptr<Morphology> morphology_;
  std::unique_ptr<BoilerplateRules> boilerplate_;
  std::unique_ptr<EntityCatalog> entities_;
  std::unique_ptr<EntityMatcher> entity_matcher_;
  std::unique_ptr<DateRules> dates_;
  std::unique_ptr<DateFinder> date_finder_;
  std::unique_ptr<EventRules> events_;
  std::unique_ptr<EventMatcher> event_matcher_;
  std::unique_ptr<SpeechFrameFinder> speech_frames_;
  std::unique_ptr<VerbSubjectFinder> verb_subjects_;
  std::unique_ptr<LocativeFinder> locatives_;
  std::unique_ptr<OwnerAdjectiveFinder> owner_adjectives_;
  std::unique_ptr<DatingSpanFinder> dating_spans_;
  std::unique_ptr<PluperfectFinder> pluperfect_;
};

// The rules directory to use when none is given: the installed rules, then
// ./rules.
std::filesystem::path DefaultRulesDirectory();

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_RULE_SET_H_
