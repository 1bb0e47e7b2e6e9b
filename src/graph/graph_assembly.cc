#include "graph/graph_assembly.h"

#include <boost/range/iterator_range.hpp>

#include <cassert>
#include <utility>

namespace akhbar {

GraphAssembler::GraphAssembler(std::vector<EntityVertex> entities,
                               std::vector<EventVertex> events, const GraphStats& stats) {
  graph_.entities = std::move(entities);
  graph_.events = std::move(events);
  graph_.stats = stats;
  vertex_of_.reserve(graph_.entities.size() + graph_.events.size());
  for (size_t i = 0; i < graph_.entities.size(); ++i) {
    vertex_of_[graph_.entities[i].id] =
        boost::add_vertex(VertexData{VertexKind::kEntity, i}, graph_.graph);
  }
  for (size_t i = 0; i < graph_.events.size(); ++i) {
    vertex_of_[graph_.events[i].id] =
        boost::add_vertex(VertexData{VertexKind::kEvent, i}, graph_.graph);
  }
}

void GraphAssembler::Add(GraphEdge edge) {
  const auto source = vertex_of_.find(edge.source);
  const auto target = vertex_of_.find(edge.target);
  assert(source != vertex_of_.end() && target != vertex_of_.end());
  // Boost 1.74's add_edge copies the property it is given (evidence and
  // all); an edge added bare takes its data by move.
  const auto added = boost::add_edge(source->second, target->second, graph_.graph).first;
  graph_.graph[added] = std::move(edge.data);
}

EntityGraph AssembleGraph(std::vector<EntityVertex> entities, std::vector<EventVertex> events,
                          std::vector<GraphEdge> edges, const GraphStats& stats) {
  GraphAssembler assembler(std::move(entities), std::move(events), stats);
  for (GraphEdge& edge : edges) assembler.Add(std::move(edge));
  return assembler.Finish();
}

const std::string& VertexId(const EntityGraph& graph, GraphStorage::vertex_descriptor vertex) {
  const VertexData& data = graph.graph[vertex];
  return data.kind == VertexKind::kEntity ? graph.entities[data.index].id
                                          : graph.events[data.index].id;
}

std::vector<EdgeRef> EdgesOf(const EntityGraph& graph) {
  std::vector<EdgeRef> edges;
  for (const auto edge : boost::make_iterator_range(boost::edges(graph.graph))) {
    edges.push_back(EdgeRef{VertexId(graph, boost::source(edge, graph.graph)),
                            VertexId(graph, boost::target(edge, graph.graph)),
                            graph.graph[edge]});
  }
  return edges;
}

std::vector<GraphEdge> TakeEdges(EntityGraph* graph) {
  std::vector<GraphEdge> edges;
  for (const auto edge : boost::make_iterator_range(boost::edges(graph->graph))) {
    edges.push_back(GraphEdge{VertexId(*graph, boost::source(edge, graph->graph)),
                              VertexId(*graph, boost::target(edge, graph->graph)),
                              std::move(graph->graph[edge])});
  }
  graph->graph.clear();
  return edges;
}

}  // namespace akhbar
