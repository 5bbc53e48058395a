#include "graph/graph_drawing.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>

namespace duban {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// 收集 -> 审核 -> 发布 is the critical path; 收集 -> 发布 is a shortcut edge
// between two critical tasks that are not neighbours on the path; 通知 is off it.
struct Sample {
  TaskGraph graph{4, {{0, 1}, {1, 2}, {0, 2}, {0, 3}}};
  std::vector<DrawnTask> tasks{{"collect", "收集数据", true},
                               {"review", "审核", true},
                               {"publish", "发布", true},
                               {"notify", "通知", false}};
};

TEST(DotDrawing, HeaderNamesLayoutAndFont) {
  const Sample s;
  const std::string dot = to_dot(s.graph, s.tasks, "月报 (monthly v1)");
  EXPECT_THAT(dot, ::testing::StartsWith("digraph workflow {\n"));
  EXPECT_THAT(dot, HasSubstr("rankdir=LR"));
  EXPECT_THAT(dot, HasSubstr("label=\"月报 (monthly v1)\""));
  EXPECT_THAT(dot, HasSubstr("fontname=\"Noto Sans CJK SC\""));
  EXPECT_THAT(dot, ::testing::EndsWith("}\n"));
}

TEST(DotDrawing, NodesShowLabelThenIdAndCriticalOnesAreRed) {
  const Sample s;
  const std::string dot = to_dot(s.graph, s.tasks, "t");
  EXPECT_THAT(dot, HasSubstr("  \"notify\" [label=\"通知\\nnotify\"];\n"));
  EXPECT_THAT(
      dot,
      HasSubstr("  \"review\" [label=\"审核\\nreview\", color=red, fontcolor=red, penwidth=2.5, "
                "style=\"rounded,bold\"];\n"));
}

TEST(DotDrawing, OnlyEdgesBetweenConsecutiveCriticalTasksAreRed) {
  const Sample s;
  const std::string dot = to_dot(s.graph, s.tasks, "t");
  EXPECT_THAT(dot,
              HasSubstr("  \"collect\" -> \"review\" [color=red, penwidth=2.5, style=bold];\n"));
  EXPECT_THAT(dot,
              HasSubstr("  \"review\" -> \"publish\" [color=red, penwidth=2.5, style=bold];\n"));
  EXPECT_THAT(dot, HasSubstr("  \"collect\" -> \"publish\";\n"));
  EXPECT_THAT(dot, HasSubstr("  \"collect\" -> \"notify\";\n"));
}

TEST(DotDrawing, TasksOfOneLayerShareARank) {
  const Sample s;
  const std::string dot = to_dot(s.graph, s.tasks, "t");
  EXPECT_THAT(dot, HasSubstr("  {rank=same; \"collect\";}\n"));
  EXPECT_THAT(dot, HasSubstr("  {rank=same; \"review\"; \"notify\";}\n"));
  EXPECT_THAT(dot, HasSubstr("  {rank=same; \"publish\";}\n"));
}

TEST(DotDrawing, EscapesQuotesBackslashesAndNewlines) {
  const TaskGraph graph(2, {{0, 1}});
  const std::vector<DrawnTask> tasks{{"a\"b", "say \"hi\" \\ there", false},
                                     {"c\\", "two\nlines", false}};
  const std::string dot = to_dot(graph, tasks, "q\"t");
  EXPECT_THAT(dot, HasSubstr("label=\"q\\\"t\""));
  EXPECT_THAT(dot, HasSubstr("  \"a\\\"b\" [label=\"say \\\"hi\\\" \\\\ there\\na\\\"b\"];\n"));
  EXPECT_THAT(dot, HasSubstr("  \"c\\\\\" [label=\"two\\nlines\\nc\\\\\"];\n"));
  EXPECT_THAT(dot, HasSubstr("  \"a\\\"b\" -> \"c\\\\\";\n"));
}

TEST(DotDrawing, NeedsOneDrawnTaskPerTask) {
  const TaskGraph graph(2, {});
  const std::vector<DrawnTask> tasks{{"a", "A", false}};
  EXPECT_THROW((void)to_dot(graph, tasks, "t"), std::invalid_argument);
  EXPECT_THROW((void)to_mermaid(graph, tasks, "t"), std::invalid_argument);
}

// Runs `dot -Tsvg` on `text`; returns the SVG, or nothing when dot failed.
std::optional<std::string> render_svg(const std::string& text) {
  const auto dir = std::filesystem::temp_directory_path();
  const std::string stem = "duban_graph_test_" + std::to_string(::getpid());
  const auto in = dir / (stem + ".dot");
  const auto out = dir / (stem + ".svg");
  std::ofstream(in, std::ios::binary) << text;
  const std::string command =
      "/usr/bin/dot -Tsvg '" + in.string() + "' -o '" + out.string() + "' 2>/dev/null";
  const int status = std::system(command.c_str());
  std::optional<std::string> svg;
  if (status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    std::ostringstream buffer;
    buffer << std::ifstream(out, std::ios::binary).rdbuf();
    svg = buffer.str();
  }
  std::filesystem::remove(in);
  std::filesystem::remove(out);
  return svg;
}

TEST(DotDrawing, RendersWithGraphviz) {
  if (!std::filesystem::exists("/usr/bin/dot")) GTEST_SKIP() << "Graphviz dot is not installed";
  const TaskGraph graph(5, {{0, 1}, {1, 2}, {0, 2}, {0, 3}, {3, 4}});
  const std::vector<DrawnTask> tasks{{"collect", "收集数据", true},
                                     {"re\"view", "审核 \"终稿\"", true},
                                     {"pub\\lish", "发布 \\ 归档", true},
                                     {"notify", "通知\n全员", false},
                                     {"end", "结束", false}};
  const auto svg = render_svg(to_dot(graph, tasks, "月报 \"2024\""));
  ASSERT_TRUE(svg.has_value()) << "dot rejected the output";
  EXPECT_THAT(*svg, HasSubstr("<svg"));
  EXPECT_THAT(*svg, HasSubstr("收集数据"));
  EXPECT_THAT(*svg, HasSubstr("审核 &quot;终稿&quot;"));
  EXPECT_THAT(*svg, HasSubstr("发布 \\ 归档"));
  EXPECT_THAT(*svg, HasSubstr(">全员<"));
}

TEST(MermaidDrawing, FlowchartWithTitleNodesAndEdges) {
  const Sample s;
  const std::string m = to_mermaid(s.graph, s.tasks, "月报 \"v1\"");
  EXPECT_THAT(m, ::testing::StartsWith("---\ntitle: \"月报 \\\"v1\\\"\"\n---\nflowchart LR\n"));
  EXPECT_THAT(m, HasSubstr("  collect[\"收集数据<br/>collect\"]\n"));
  EXPECT_THAT(m, HasSubstr("  notify[\"通知<br/>notify\"]\n"));
  EXPECT_THAT(m, HasSubstr("  collect --> review\n"));
  EXPECT_THAT(m, HasSubstr("  collect --> notify\n"));
}

TEST(MermaidDrawing, CriticalTasksGetTheCriticalClassAndRedLinks) {
  const Sample s;
  const std::string m = to_mermaid(s.graph, s.tasks, "t");
  EXPECT_THAT(m, HasSubstr("  classDef critical "));
  EXPECT_THAT(m, HasSubstr("  class collect,review,publish critical\n"));
  // Links in order: collect->review (0), collect->publish (1), collect->notify (2),
  // review->publish (3); the shortcut 1 stays plain.
  EXPECT_THAT(m, HasSubstr("  linkStyle 0,3 stroke:"));
}

TEST(MermaidDrawing, IdsAreSanitisedDeterministically) {
  const TaskGraph graph(6, {{0, 1}, {2, 3}});
  const std::vector<DrawnTask> tasks{{"t-1", "a", false}, {"ok_id2", "b", false},
                                     {"end", "c", false}, {"审核", "d", false},
                                     {"n0", "e", false},  {"ok_id2", "f", false}};
  const std::string m = to_mermaid(graph, tasks, "t");
  EXPECT_THAT(m, HasSubstr("  n0_[\"a<br/>t-1\"]\n"));  // n0 is taken by task 4
  EXPECT_THAT(m, HasSubstr("  ok_id2[\"b<br/>ok_id2\"]\n"));
  EXPECT_THAT(m, HasSubstr("  n2[\"c<br/>end\"]\n"));
  EXPECT_THAT(m, HasSubstr("  n3[\"d<br/>审核\"]\n"));
  EXPECT_THAT(m, HasSubstr("  n0[\"e<br/>n0\"]\n"));
  EXPECT_THAT(m, HasSubstr("  n5[\"f<br/>ok_id2\"]\n"));  // duplicate id
  EXPECT_THAT(m, HasSubstr("  n0_ --> ok_id2\n"));
  EXPECT_THAT(m, HasSubstr("  n2 --> n3\n"));
  EXPECT_THAT(m, Not(HasSubstr("class ")));  // nothing critical
  EXPECT_EQ(m, to_mermaid(graph, tasks, "t"));
}

TEST(MermaidDrawing, LabelsEscapeQuotesAndMarkup) {
  const TaskGraph graph(1, {});
  const std::vector<DrawnTask> tasks{{"a", "说 \"好\" <b>#1</b>\n`x`", false}};
  const std::string m = to_mermaid(graph, tasks, "t");
  EXPECT_THAT(
      m, HasSubstr("  a[\"说 #quot;好#quot; #lt;b#gt;#35;1#lt;/b#gt;<br/>#96;x#96;<br/>a\"]\n"));
}

TEST(SvgDrawing, LayersLeftToRightWithTheCriticalPathInRed) {
  const Sample s;
  const std::string svg = to_svg(s.graph, s.tasks, "月报 (monthly v1)");
  EXPECT_THAT(svg, ::testing::StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  EXPECT_THAT(svg, ::testing::EndsWith("</svg>\n"));
  EXPECT_THAT(svg, HasSubstr(">月报 (monthly v1)</text>"));
  EXPECT_THAT(svg, HasSubstr(">收集数据</text>"));
  // Four nodes, four edges; two of the edges (collect→review→publish) are critical.
  auto count = [&](const std::string& what) {
    std::size_t n = 0;
    for (auto at = svg.find(what); at != std::string::npos; at = svg.find(what, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("<g class=\"node"), 4u);
  EXPECT_EQ(count("marker-end=\"url(#arrow-critical)\""), 2u);
  EXPECT_EQ(count("marker-end=\"url(#arrow)\""), 2u);
  EXPECT_EQ(count("<g class=\"node critical\">"), 3u);
  // Each layer is a column further right: collect at the margin, review after it.
  EXPECT_THAT(svg, HasSubstr("<rect x=\"16\" y=\"48\""));
}

TEST(SvgDrawing, LabelsAreEscapedAndLongOnesCut) {
  const TaskGraph graph(1, {});
  const std::vector<DrawnTask> tasks{{"a&b", "<script>" + std::string(60, 'x'), false}};
  const std::string svg = to_svg(graph, tasks, "t");
  EXPECT_THAT(svg, Not(HasSubstr("<script>")));
  EXPECT_THAT(svg, HasSubstr("&lt;script&gt;"));
  EXPECT_THAT(svg, HasSubstr("…</text>"));
  EXPECT_THAT(svg, HasSubstr(">a&amp;b</text>"));
  EXPECT_THROW(to_svg(graph, {}, "t"), std::invalid_argument);
}

}  // namespace
}  // namespace duban
