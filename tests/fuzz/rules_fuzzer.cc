// libFuzzer target: any bytes as a rule file -> rules or a clean error.
// Each loader must either accept the file or return a Status; never crash.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "extract/boilerplate.h"
#include "extract/entity_catalog.h"
#include "extract/entity_matcher.h"
#include "extract/event_matcher.h"
#include "extract/event_rules.h"
#include "extract/morphology.h"
#include "extract/locatives.h"
#include "extract/reported_speech.h"
#include "extract/verb_subject.h"
#include "extract/rule_set.h"
#include "tests/fuzz/repository_rules.h"

namespace {

const std::filesystem::path& ScratchFile() {
  static const std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("akhbar-rules-fuzz-" + std::to_string(getpid()) + ".yaml");
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const akhbar::RuleSet& rules = RepositoryRules();
  {
    std::ofstream out(ScratchFile(), std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  auto catalog = akhbar::EntityCatalog::LoadFiles({ScratchFile()});
  if (catalog.ok()) {
    akhbar::EntityMatcher matcher(*catalog, rules.morphology(), rules.tokenizer());
    (void)matcher.conflicts();
  } else if (catalog.status().message().empty()) {
    std::abort();
  }
  auto file = akhbar::LoadYamlFile(ScratchFile());
  if (file.ok()) {
    (void)akhbar::BoilerplateRules::FromYaml(*file, rules.tokenizer());
    (void)akhbar::Morphology::FromYaml(*file, rules.tokenizer());
    auto events = akhbar::EventRules::FromYaml(*file, rules.tokenizer());
    if (events.ok()) {
      akhbar::EventMatcher matcher(*events, rules.morphology(), rules.tokenizer());
      akhbar::SpeechFrameFinder speech(events->reported_speech(), rules.morphology());
      akhbar::VerbSubjectFinder subjects(events->verb_subjects(),
                                         events->owner_adjectives().genitive_types,
                                         rules.morphology());
      akhbar::LocativeFinder locatives(events->locatives(), events->verb_subjects().titles,
                                       rules.entities(), rules.morphology());
    } else if (events.status().message().empty()) {
      std::abort();
    }
  }
  return 0;
}
