#include "web/workflow_svg.hpp"

#include "graph/graph_drawing.hpp"
#include "workflow/template_graph.hpp"

namespace duban::web {

std::string workflow_svg(const WorkflowDefinition& workflow) {
  const TaskGraph graph = template_graph(workflow);
  return to_svg(graph, drawn_templates(workflow, graph), drawing_title(workflow));
}

}  // namespace duban::web
