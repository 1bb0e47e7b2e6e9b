// A small hand-built EntityGraph for the renderer's tests: the January 2022
// events in Kazakhstan, with Arabic and English labels, weighted co-mention
// edges with evidence, and events (labelled with their type's names, as the
// graph stage does) on single days, over a month, over 1989..2019 and
// without a date.
#ifndef AKHBAR_TESTS_RENDER_FIXTURE_H_
#define AKHBAR_TESTS_RENDER_FIXTURE_H_

#include <string>

#include "graph/entity_graph.h"

namespace akhbar::testing {

EntityGraph SampleGraph();

// The co-mention weight between two entities of SampleGraph().
uint32_t SampleWeight(const std::string& a, const std::string& b);

}  // namespace akhbar::testing

#endif  // AKHBAR_TESTS_RENDER_FIXTURE_H_
