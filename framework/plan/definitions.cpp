#include "plan/definitions.hpp"

namespace duban {

const WorkflowDefinition* Definitions::workflow(std::string_view id) const {
  for (const auto& wf : workflows) {
    if (wf.id == id) return &wf;
  }
  return nullptr;
}

ValidationContext Definitions::validation_context() const {
  ValidationContext ctx;
  ctx.org = &org;
  ctx.policies = &policies;
  ctx.default_policy = default_policy;
  ctx.extensions = &extensions;
  for (const auto& kind : extensions.task_kind_names()) ctx.task_kinds.insert(kind);
  return ctx;
}

}  // namespace duban
