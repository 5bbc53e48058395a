// An SVG picture of a task graph, laid out by layers left to right (as dot
// does with rankdir=LR), for the web pages: no Graphviz process needed.

#include <algorithm>
#include <string>

#include "graph/drawing_layout.hpp"
#include "graph/graph_drawing.hpp"
#include "text/display_width.hpp"
#include "text/xml_escape.hpp"

namespace duban {

namespace {

// Pixels per terminal column at the 13 px font: a CJK character is two
// columns and about 13 px wide.
constexpr int kPxPerColumn = 7;
constexpr int kLabelColumns = 36;  // longer labels are cut (the whole one is the tooltip)
constexpr int kNodeHeight = 44;
constexpr int kRowGap = 18;
constexpr int kColumnGap = 56;
constexpr int kMargin = 16;
constexpr int kTitleHeight = 32;

struct Box {
  int x = 0, y = 0, width = 0;
};

int node_width(const DrawnTask& t) {
  const auto label = std::min<std::size_t>(display_width(t.label), kLabelColumns);
  const auto id = std::min<std::size_t>(display_width(t.id), kLabelColumns);
  return static_cast<int>(std::max(label, id)) * kPxPerColumn + 24;
}

// Each layer a column as wide as its widest node; nodes stacked in it.
std::vector<Box> layout(const std::vector<std::vector<TaskIndex>>& layers,
                        std::span<const DrawnTask> tasks, int& width, int& height) {
  std::vector<Box> boxes(tasks.size());
  int x = kMargin;
  height = 0;
  for (const auto& layer : layers) {
    int column = 0;
    for (TaskIndex v : layer) column = std::max(column, node_width(tasks[v]));
    int y = kMargin + kTitleHeight;
    for (TaskIndex v : layer) {
      boxes[v] = {x, y, column};
      y += kNodeHeight + kRowGap;
    }
    height = std::max(height, y);
    x += column + kColumnGap;
  }
  width = x - kColumnGap + kMargin;
  height += kMargin - kRowGap;
  return boxes;
}

void svg_edge(std::string& out, const Box& from, const Box& to, bool critical) {
  const int x1 = from.x + from.width;
  const int y1 = from.y + kNodeHeight / 2;
  const int x2 = to.x - 2;
  const int y2 = to.y + kNodeHeight / 2;
  const int bend = (x2 - x1) / 2;
  out += "<path d=\"M" + std::to_string(x1) + ',' + std::to_string(y1) + " C" +
         std::to_string(x1 + bend) + ',' + std::to_string(y1) + ' ' + std::to_string(x2 - bend) +
         ',' + std::to_string(y2) + ' ' + std::to_string(x2) + ',' + std::to_string(y2) +
         R"(" fill="none" stroke=")" + (critical ? "#c62828" : "#78909c") + R"(" stroke-width=")" +
         (critical ? "2.5" : "1.4") + "\" marker-end=\"url(#" +
         (critical ? "arrow-critical" : "arrow") + ")\"/>\n";
}

void svg_node(std::string& out, const DrawnTask& t, const Box& b) {
  const std::string x = std::to_string(b.x);
  const std::string y = std::to_string(b.y);
  const std::string cx = std::to_string(b.x + b.width / 2);
  out += "<g class=\"node" + std::string(t.critical ? " critical" : "") + "\"><title>" +
         xml_escaped(t.label + " (" + t.id + ")") + "</title>";
  out += "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + std::to_string(b.width) +
         R"(" height=")" + std::to_string(kNodeHeight) + R"(" rx="8" fill=")" +
         (t.critical ? "#fdecea" : "#ffffff") + "\" stroke=\"" +
         (t.critical ? "#c62828" : "#546e7a") + "\" stroke-width=\"" +
         (t.critical ? "2.5" : "1.2") + "\"/>";
  out += "<text x=\"" + cx + "\" y=\"" + std::to_string(b.y + 19) +
         R"(" text-anchor="middle" font-size="13" fill="#212121">)" +
         xml_escaped(truncate_to_width(t.label, kLabelColumns)) + "</text>";
  out += "<text x=\"" + cx + "\" y=\"" + std::to_string(b.y + 35) +
         R"(" text-anchor="middle" font-size="10" fill="#607d8b">)" +
         xml_escaped(truncate_to_width(t.id, kLabelColumns)) + "</text></g>\n";
}

const char* kDefs =
    "<defs>"
    "<marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
    "markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#78909c\"/></marker>"
    "<marker id=\"arrow-critical\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
    "markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#c62828\"/></marker>"
    "</defs>\n";

}  // namespace

std::string to_svg(const TaskGraph& graph, std::span<const DrawnTask> tasks,
                   std::string_view title) {
  drawing::check_tasks(graph, tasks);
  int width = 0;
  int height = 0;
  const std::vector<Box> boxes = layout(drawing::tasks_by_layer(graph), tasks, width, height);
  width = std::max(width, static_cast<int>(display_width(title)) * kPxPerColumn + 2 * kMargin);
  std::string out = R"(<svg xmlns="http://www.w3.org/2000/svg" width=")" + std::to_string(width) +
                    "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 " +
                    std::to_string(width) + ' ' + std::to_string(height) +
                    "\" font-family=\"Noto Sans CJK SC, sans-serif\" role=\"img\">\n";
  out += "<title>" + xml_escaped(title) + "</title>\n";
  out += kDefs;
  out += "<text x=\"" + std::to_string(kMargin) + "\" y=\"" + std::to_string(kMargin + 14) +
         R"(" font-size="15" font-weight="bold" fill="#212121">)" + xml_escaped(title) +
         "</text>\n";
  const std::vector<TaskIndex> next_on_path = drawing::critical_successors(graph, tasks);
  for (TaskIndex u = 0; u < tasks.size(); ++u) {
    for (TaskIndex v : graph.dependents(u)) svg_edge(out, boxes[u], boxes[v], next_on_path[u] == v);
  }
  for (TaskIndex v = 0; v < tasks.size(); ++v) svg_node(out, tasks[v], boxes[v]);
  return out + "</svg>\n";
}

}  // namespace duban
