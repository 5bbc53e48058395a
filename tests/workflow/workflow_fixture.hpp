#pragma once
// A small organisation and policy set, and a helper that loads a workflow
// from inline TOML and returns its diagnostics as printed lines.

#include <string>
#include <vector>

#include "org/org_loader.hpp"
#include "workflow/workflow_loader.hpp"
#include "workflow/workflow_validator.hpp"

namespace duban::test {

inline const char* small_org = R"(
[[role]]
id = "office-chief"
[[role]]
id = "nobody-role"
[[unit]]
id = "bureau"
name = "局"
kind = "bureau"
chief = "head"
[[unit]]
id = "office"
name = "办公室"
kind = "section"
parent = "bureau"
chief = "chief"
leader = "head"
[[person]]
id = "head"
name = "张局"
unit = "bureau"
[[person]]
id = "chief"
name = "刘主任"
unit = "office"
roles = ["office-chief"]
reports_to = "head"
tags = ["party-member"]
leave = [{ from = 2026-02-09, to = 2026-02-13 }]
[[team]]
id = "team-a"
name = "一队"
leader = "chief"
tags = ["volunteer"]
)";

inline const char* small_policies = R"(
[policy.13710]
milestones = [
  { at = "0d", action = "ack" },
  { at = "3d", action = "feedback" },
  { at = "7d", action = "close", class = "ordinary" },
  { at = "1M", action = "plan", class = "major" },
]
)";

struct Fixture {
  Organisation org;
  PolicySet policies;
  Fixture() {
    Diagnostics d;
    org = load_organisation_text(small_org, "org.toml", d);
    auto table = toml::parse(small_policies);
    read_policies(*table["policy"].as_table(), "policies.toml", d, policies);
    if (d.has_errors()) throw std::runtime_error("fixture is broken");
  }
};

/// Loads and validates `text` as wf.toml; returns each diagnostic as printed.
inline std::vector<std::string> check_workflow(const std::string& text) {
  static const Fixture fixture;
  Diagnostics diagnostics;
  auto wf = load_workflow_text(text, "wf.toml", diagnostics);
  if (wf) {
    ValidationContext ctx;
    ctx.org = &fixture.org;
    ctx.policies = &fixture.policies;
    ctx.default_policy = "13710";
    validate_workflow(*wf, ctx, diagnostics);
  }
  std::vector<std::string> lines;
  for (const auto& d : diagnostics.sorted()) lines.push_back(format_diagnostic(d));
  return lines;
}

inline const char* header = "[workflow]\nid = \"wf\"\nname = \"测试\"\n";

}  // namespace duban::test
