#pragma once
// The filters of `task list`, shared by the command line and the web API.

#include <string>
#include <vector>

#include "store/store.hpp"

namespace duban {

struct TaskListFilter {
  std::string owner, unit, workflow, run, light, due_from, due_to;
  std::vector<std::string> states;
  bool all = false;  ///< closed tasks too (implied by states)
};

/// Why the filter cannot be used ("" when it can): a state or light that is
/// none, a due bound that is not a date or time.
std::string filter_problem(const TaskListFilter& filter);
/// The store query (check filter_problem first): open tasks only unless
/// `all` or states are given; due bounds are local times in `zone`.
TaskQuery to_query(const TaskListFilter& filter, UtcOffset zone);

}  // namespace duban
