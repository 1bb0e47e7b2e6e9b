#include "extract/rule_set.h"

namespace akhbar {

StatusOr<std::unique_ptr<RuleSet>> RuleSet::Load(
    const std::filesystem::path& directory,
    const std::vector<std::filesystem::path>& extra_entity_files,
    const std::filesystem::path& entity_cache_directory) {
  std::error_code error;
  if (!std::filesystem::is_directory(directory, error)) {
    return RuleError(directory.string() + ": rules directory not found");
  }
  std::unique_ptr<RuleSet> rules(new RuleSet());
  rules->directory_ = directory;

  StatusOr<YamlFile> arabic = LoadYamlFile(directory / "arabic.yaml");
  if (!arabic.ok()) return arabic.status();
  StatusOr<ArabicNormalizer> normalizer = ArabicNormalizer::FromYaml(*arabic);
  if (!normalizer.ok()) return normalizer.status();
  rules->normalizer_ = std::make_unique<ArabicNormalizer>(std::move(*normalizer));
  rules->tokenizer_ = std::make_unique<Tokenizer>(*rules->normalizer_);
  StatusOr<Morphology> morphology = Morphology::FromYaml(*arabic, *rules->tokenizer_);
  if (!morphology.ok()) return morphology.status();
  rules->morphology_ = std::make_unique<Morphology>(std::move(*morphology));

  StatusOr<YamlFile> boilerplate_file = LoadYamlFile(directory / "boilerplate.yaml");
  if (!boilerplate_file.ok()) return boilerplate_file.status();
  StatusOr<BoilerplateRules> boilerplate =
      BoilerplateRules::FromYaml(*boilerplate_file, *rules->tokenizer_);
  if (!boilerplate.ok()) return boilerplate.status();
  rules->boilerplate_ = std::make_unique<BoilerplateRules>(std::move(*boilerplate));

  StatusOr<YamlFile> dates_file = LoadYamlFile(directory / "dates.yaml");
  if (!dates_file.ok()) return dates_file.status();
  StatusOr<DateRules> dates =
      DateRules::FromYaml(*dates_file, *rules->tokenizer_, *rules->morphology_);
  if (!dates.ok()) return dates.status();
  rules->dates_ = std::make_unique<DateRules>(std::move(*dates));
  rules->date_finder_ = std::make_unique<DateFinder>(*rules->dates_, *rules->normalizer_);

  StatusOr<std::vector<std::filesystem::path>> entity_files =
      ListYamlFiles(directory / "entities");
  if (!entity_files.ok()) return entity_files.status();
  entity_files->insert(entity_files->end(), extra_entity_files.begin(),
                       extra_entity_files.end());
  StatusOr<EntityCatalog> entities = EntityCatalog::LoadFiles(*entity_files, entity_cache_directory);
  if (!entities.ok()) return entities.status();
  rules->entities_ = std::make_unique<EntityCatalog>(std::move(*entities));
  rules->entity_matcher_ = std::make_unique<EntityMatcher>(
      *rules->entities_, *rules->morphology_, *rules->tokenizer_);

  StatusOr<YamlFile> events_file = LoadYamlFile(directory / "events.yaml");
  if (!events_file.ok()) return events_file.status();
  StatusOr<EventRules> events = EventRules::FromYaml(*events_file, *rules->tokenizer_);
  if (!events.ok()) return events.status();
  rules->events_ = std::make_unique<EventRules>(std::move(*events));
  rules->event_matcher_ = std::make_unique<EventMatcher>(*rules->events_, *rules->morphology_,
                                                       *rules->tokenizer_);
  rules->speech_frames_ =
      std::make_unique<SpeechFrameFinder>(rules->events_->reported_speech(), *rules->morphology_);
  rules->verb_subjects_ =
      std::make_unique<VerbSubjectFinder>(rules->events_->verb_subjects(),
                                          rules->events_->owner_adjectives().genitive_types,
                                          *rules->morphology_);
  rules->locatives_ =
      std::make_unique<LocativeFinder>(rules->events_->locatives(),
                                       rules->events_->verb_subjects().titles, *rules->entities_,
                                       *rules->morphology_);
  rules->owner_adjectives_ = std::make_unique<OwnerAdjectiveFinder>(
      rules->events_->owner_adjectives(), *rules->entities_, *rules->locatives_,
      *rules->morphology_);
  rules->dating_spans_ = std::make_unique<DatingSpanFinder>(
      rules->events_->subordinators(), rules->events_->types(),
      rules->events_->verb_subjects().titles, *rules->morphology_, *rules->locatives_);
  rules->pluperfect_ =
      std::make_unique<PluperfectFinder>(rules->events_->pluperfect(), *rules->morphology_);
  // The copies were written while the matchers were built; waiting here
  // keeps them from taking a core from the extraction that follows.
  rules->entities_->WaitForCachedCopies();
  return rules;
}

std::filesystem::path DefaultRulesDirectory() {
#ifdef AKHBAR_INSTALLED_RULES_DIR
  const std::filesystem::path installed = AKHBAR_INSTALLED_RULES_DIR;
  std::error_code error;
  if (std::filesystem::is_directory(installed, error)) return installed;
#endif
  return "rules";
}

}  // namespace akhbar
