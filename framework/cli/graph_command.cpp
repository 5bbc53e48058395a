// duban graph WORKFLOW --format dot|mermaid|table|json: the template graph.

#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "cli/output.hpp"
#include "diagnostics/suggest.hpp"
#include "graph/graph_drawing.hpp"
#include "graph/task_graph.hpp"
#include "workflow/template_graph.hpp"

namespace duban::cli {

namespace {

struct TemplateGraph {
  TaskGraph graph;
  CriticalPath critical;
  std::vector<bool> on_critical_path;  ///< by task index
  std::vector<std::uint32_t> layers;
  std::vector<TaskIndex> order;
};

TemplateGraph build(const WorkflowDefinition& wf) {
  TaskGraph graph = template_graph(wf);
  std::vector<std::int64_t> durations;
  for (const auto& t : wf.tasks) durations.push_back(t.duration);
  auto order = graph.topological_order();
  auto critical = graph.critical_path(durations);
  auto layers = graph.layers();
  std::vector<bool> on_critical_path(wf.tasks.size(), false);
  for (TaskIndex i : critical.tasks) on_critical_path[i] = true;
  return {std::move(graph), std::move(critical), std::move(on_critical_path), std::move(layers),
          std::move(order.order)};
}

nlohmann::json graph_json(const WorkflowDefinition& wf, const TemplateGraph& g) {
  nlohmann::json tasks = nlohmann::json::array();
  for (TaskIndex i : g.order) {
    const auto& t = wf.tasks[i];
    tasks.push_back({{"id", t.id},
                     {"title", t.title},
                     {"depends_on", t.depends_on},
                     {"layer", g.layers[i]},
                     {"duration", t.duration},
                     {"for_each", t.for_each.text},
                     {"critical", g.on_critical_path[i]}});
  }
  nlohmann::json path = nlohmann::json::array();
  for (TaskIndex i : g.critical.tasks) path.push_back(wf.tasks[i].id);
  return {{"workflow", wf.id},
          {"tasks", tasks},
          {"critical_path", path},
          {"critical_length", g.critical.length}};
}

int run_graph(CommandContext& ctx, const std::string& id) {
  const std::string format = ctx.format({"dot", "mermaid", "svg", "table", "json"});
  const Workspace& ws = ctx.workspace();
  const WorkflowDefinition* wf = ws.workflow(id);
  if (!wf) ctx.fail("unknown workflow '" + id + "'" + did_you_mean(id, ws.workflow_ids()));
  const TemplateGraph g = build(*wf);
  const std::vector<DrawnTask> drawn = drawn_templates(*wf, g.graph);
  if (format == "json") {
    ctx.out() << graph_json(*wf, g).dump(2) << '\n';
    return exit_ok;
  }
  if (format == "table") {
    Rows rows;
    for (TaskIndex i : g.order) {
      const auto& t = wf->tasks[i];
      std::string deps;
      for (const auto& d : t.depends_on) deps += (deps.empty() ? "" : ", ") + d;
      rows.push_back({std::to_string(g.layers[i]), t.id, drawn[i].label, deps,
                      std::to_string(t.duration), g.on_critical_path[i] ? "★" : ""});
    }
    print_rows(ctx, "table",
               headings(ctx.messages(), {Msg::layer, "id", Msg::task, Msg::depends_on,
                                         Msg::duration, Msg::critical}),
               rows);
    return exit_ok;
  }
  const std::string title = drawing_title(*wf);
  if (format == "svg") {
    ctx.out() << to_svg(g.graph, drawn, title);
  } else {
    ctx.out() << (format == "dot" ? to_dot(g.graph, drawn, title)
                                  : to_mermaid(g.graph, drawn, title));
  }
  return exit_ok;
}

}  // namespace

CommandSpec graph_command() {
  return {"graph", "Draw a workflow's task graph (dot, mermaid, svg) or list it in order",
          [](CLI::App& app) {
            auto id = std::make_shared<std::string>();
            app.add_option("WORKFLOW", *id, "Workflow id")->required();
            return [id](CommandContext& ctx) { return run_graph(ctx, *id); };
          }};
}

}  // namespace duban::cli
