#pragma once
// The life of a task, and which action may move it where.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "messages/message_keys.hpp"

namespace duban {

enum class TaskState {
  pending,
  ready,
  acknowledged,
  in_progress,
  done,
  blocked,
  returned,
  cancelled,
  failed  ///< an automatic task whose plugin reported failure; people may finish it by hand
};

std::string_view state_name(TaskState state);
std::optional<TaskState> parse_state(std::string_view name);
/// Not done and not cancelled: it still needs someone's work.
bool is_open(TaskState state);
/// The catalogue key of how staff name a state (已签收, 已办结 …).
Msg state_label(TaskState state);

/// What people do to a task.
enum class TaskAction {
  ack,
  start,
  done,
  block,
  return_,
  cancel,
  reassign,
  note,
  chase,
  extend,
  approve
};

std::string_view action_name(TaskAction action);
/// The catalogue key of how the web pages name an action (签收, 办结, 申请延期 …).
Msg action_label(TaskAction action);
/// Every action, in declaration order.
std::span<const TaskAction> all_actions();
std::optional<TaskAction> parse_action(std::string_view name);

/// The state an action leads to from `from`, or nullopt when it is not
/// allowed there. Actions that leave the state alone (note, chase, extend,
/// approve) return `from` while the task is open.
std::optional<TaskState> next_state(TaskAction action, TaskState from);
/// The states an action may start from, for messages.
std::vector<TaskState> states_allowing(TaskAction action);

}  // namespace duban
