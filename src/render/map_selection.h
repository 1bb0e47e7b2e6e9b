// What goes on the relationship map: the leading entities, the links between
// them that are heavy enough, and the best-attested events they take part in.
// A big corpus must still give a readable picture, so the defaults cap the
// nodes (RenderOptions::top) and, unless a weight is asked for, the edges.
#ifndef AKHBAR_RENDER_MAP_SELECTION_H_
#define AKHBAR_RENDER_MAP_SELECTION_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "render/graph_lookup.h"

namespace akhbar {

// With an automatic weight threshold, at most this many co-mention edges per
// entity on the map: beyond about three, force-directed layouts of a few
// dozen nodes turn into hairballs.
inline constexpr size_t kMaxEdgesPerNode = 3;

struct MapLimits {
  size_t top = 40;
  uint32_t min_weight = 0;  // 0 = automatic
  size_t events = 10;
};

struct MapLink {
  size_t a = 0;  // indices into EntityGraph::entities
  size_t b = 0;
  const EdgeData* edge = nullptr;
};

struct MapParticipation {
  size_t event = 0;   // index into EntityGraph::events
  size_t entity = 0;  // index into EntityGraph::entities
  std::string_view role;  // the graph's
};

struct MapSelection {
  std::vector<size_t> entities;  // most important first
  std::vector<MapLink> links;    // heaviest first
  std::vector<size_t> events;    // best attested first
  std::vector<MapParticipation> participations;
  uint32_t min_weight = 1;    // the threshold applied
  uint32_t max_weight = 0;    // of the links shown
  uint32_t max_mentions = 0;  // of the entities shown
};

// Entities rank by mentions / (most mentions) + betweenness / (highest
// betweenness): how prominent in the news plus how much they bridge. Of the
// top ones, those left without any edge on the map are dropped.
MapSelection SelectForMap(const GraphLookup& lookup, const MapLimits& limits);

}  // namespace akhbar

#endif  // AKHBAR_RENDER_MAP_SELECTION_H_
