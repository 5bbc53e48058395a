#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run_duban.hpp"

namespace duban {
namespace {

using test::run_duban;
using ::testing::HasSubstr;

class GraphCli : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_EQ(run_duban(dir.path(), {"init", "ws"}).exit_code, 0); }
  test::RunResult duban(const std::vector<std::string>& args) {
    return run_duban(dir.path() / "ws", args);
  }
  test::TempDir dir;
};

TEST_F(GraphCli, DotRendersWithGraphviz) {
  auto r = duban({"graph", "weekly-planning", "--format", "dot"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("digraph"));
  if (!std::filesystem::exists("/usr/bin/dot")) GTEST_SKIP() << "Graphviz not installed";
  test::write_file(dir.path() / "g.dot", r.out);
  const std::string cmd = "dot -Tsvg " + test::shell_quote((dir.path() / "g.dot").string()) +
                          " -o " + test::shell_quote((dir.path() / "g.svg").string());
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  EXPECT_THAT(test::read_file(dir.path() / "g.svg"), HasSubstr("<svg"));
}

TEST_F(GraphCli, MermaidIsAFlowchart) {
  auto r = duban({"graph", "weekly-planning", "--format", "mermaid"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("flowchart LR"));
}

TEST_F(GraphCli, JsonListsTasksInOrderWithLayersAndTheCriticalPath) {
  auto r = duban({"--format", "json", "graph", "weekly-planning"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto g = nlohmann::json::parse(r.out);
  std::map<std::string, int> layer;
  for (const auto& t : g["tasks"]) layer[t["id"]] = t["layer"];
  for (const auto& t : g["tasks"]) {
    for (const auto& dep : t["depends_on"]) EXPECT_LT(layer[dep], layer[t["id"]]);
  }
  EXPECT_FALSE(g["critical_path"].empty());
}

TEST_F(GraphCli, UnknownFormatIsBadInput) {
  auto r = duban({"graph", "weekly-planning", "--format", "png"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("--format png is not available here"));
}

}  // namespace
}  // namespace duban
