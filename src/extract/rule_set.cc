#include "extract/rule_set.h"

namespace akhbar {

StatusOr<std::unique_ptr<RuleSet>> RuleSet::Load(
    const std::filesystem::path& directory,
    const std::vector<std::filesystem::path>& extra_entity_files) {
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

  StatusOr<std::vector<std::filesystem::path>> entity_files =
      ListYamlFiles(directory / "entities");
  if (!entity_files.ok()) return entity_files.status();
  entity_files->insert(entity_files->end(), extra_entity_files.begin(),
                       extra_entity_files.end());
  StatusOr<EntityCatalog> entities = EntityCatalog::LoadFiles(*entity_files);
  if (!entities.ok()) return entities.status();
  rules->entities_ = std::make_unique<EntityCatalog>(std::move(*entities));
  rules->entity_matcher_ = std::make_unique<EntityMatcher>(
      *rules->entities_, *rules->morphology_, *rules->tokenizer_);
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
