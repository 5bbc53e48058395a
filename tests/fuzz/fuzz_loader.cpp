// libFuzzer target: arbitrary bytes through the TOML loaders (workflow,
// organisation, policies) and the workflow validator. Any crash, hang,
// sanitizer report or escaped exception is a finding.
//
//   cmake --preset fuzz && cmake --build --preset fuzz
//   build/fuzz/tests/fuzz/fuzz_loader tests/fuzz/corpus/loader -max_total_time=300

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "org/org_loader.hpp"
#include "workflow/workflow_loader.hpp"
#include "workflow/workflow_validator.hpp"

namespace {

const duban::Organisation& fixture_org() {
  static const duban::Organisation org = [] {
    duban::Diagnostics d;
    return duban::load_organisation_text(
        "[[role]]\nid = \"r\"\n[[unit]]\nid = \"u\"\nname = \"局\"\nkind = \"section\"\nchief = "
        "\"p\"\n"
        "[[person]]\nid = \"p\"\nname = \"甲\"\nunit = \"u\"\nroles = [\"r\"]\ntags = [\"t\"]\n"
        "[[team]]\nid = \"team\"\nname = \"队\"\nleader = \"p\"\n",
        "org.toml", d);
  }();
  return org;
}

const duban::PolicySet& fixture_policies() {
  static const duban::PolicySet policies = [] {
    duban::PolicySet set;
    duban::Diagnostics d;
    auto table = toml::parse(
        "[policy.p]\nmilestones = [{ at = \"0d\", action = \"a\" }, { at = \"7d\", action = \"b\", "
        "class = \"major\" }]\n");
    duban::read_policies(*table["policy"].as_table(), "p.toml", d, set);
    return set;
  }();
  return policies;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  duban::Diagnostics diagnostics;
  if (auto wf = duban::load_workflow_text(text, "fuzz.toml", diagnostics)) {
    duban::ValidationContext ctx;
    ctx.org = &fixture_org();
    ctx.policies = &fixture_policies();
    ctx.default_policy = "p";
    duban::validate_workflow(*wf, ctx, diagnostics);
  }
  duban::load_organisation_text(text, "fuzz.toml", diagnostics);
  for (const auto& d : diagnostics.sorted()) (void)duban::format_diagnostic(d);
  return 0;
}
