#include "render/visual_style.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "graph/entity_graph.h"

namespace akhbar {
namespace {

// A graph with one event of each of `types`.
EntityGraph GraphOfTypes(const std::vector<std::string>& types) {
  EntityGraph graph;
  for (const std::string& type : types) {
    EventVertex event;
    event.id = "event:" + type;
    event.type = type;
    graph.events.push_back(event);
  }
  return graph;
}

TEST(EventTypeColorsTest, NineteenTypesHaveNineteenColoursThenTheyRepeat) {
  std::vector<std::string> types;
  for (char letter = 'a'; letter < 'a' + 20; ++letter) types.push_back(std::string(1, letter));
  const EventTypeColors colors(GraphOfTypes(types));
  std::set<std::string_view> distinct;
  for (size_t type = 0; type < 19; ++type) distinct.insert(colors.Color(types[type]));
  EXPECT_EQ(distinct.size(), 19u);
  EXPECT_EQ(colors.Color(types[19]), colors.Color(types[0]));
}

TEST(EventTypeColorsTest, ATypesColourFollowsItsPlaceInTheSortedTypes) {
  // Both pictures of one graph agree, whatever order the events come in.
  const EventTypeColors forwards(GraphOfTypes({"arrest", "protest", "killing"}));
  const EventTypeColors backwards(GraphOfTypes({"killing", "protest", "arrest"}));
  for (const char* type : {"arrest", "killing", "protest"}) {
    EXPECT_EQ(forwards.Color(type), backwards.Color(type)) << type;
  }
  EXPECT_EQ(forwards.types(), (std::vector<std::string>{"arrest", "killing", "protest"}));
}

}  // namespace
}  // namespace akhbar
