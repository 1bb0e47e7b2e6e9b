// The repository's rules, loaded once for every input a fuzzer runs.
#ifndef AKHBAR_TESTS_FUZZ_REPOSITORY_RULES_H_
#define AKHBAR_TESTS_FUZZ_REPOSITORY_RULES_H_

#include <cstdlib>

#include "extract/rule_set.h"

inline const akhbar::RuleSet& RepositoryRules() {
  static const akhbar::RuleSet* rules = [] {
    auto loaded = akhbar::RuleSet::Load(AKHBAR_SOURCE_DIR "/rules");
    if (!loaded.ok()) std::abort();
    return std::move(loaded).value().release();
  }();
  return *rules;
}

#endif  // AKHBAR_TESTS_FUZZ_REPOSITORY_RULES_H_
