#pragma once
// Calls into plugin code made by the engine: hooks after a change and
// automatic tasks in tick. Each call runs inside a savepoint of the write
// transaction and a try/catch: plugin code that throws is undone and
// reported, and never takes the command down.

#include <string>
#include <vector>

#include "engine/engine.hpp"
#include "plan/definitions.hpp"

namespace duban {

struct AutomaticRun {
  std::string task;
  bool ok = false;
  std::string message;
};

/// Executes every ready automatic task whose start has come, until none is
/// left (a completed one may make the next ready). A task whose kind no
/// loaded plugin provides stays ready and is reported as such.
std::vector<AutomaticRun> run_automatic_tasks(Engine& engine, StoreWriter& writer);

}  // namespace duban
