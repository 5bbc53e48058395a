#pragma once
// What a person wrote when closing a measure's task: the outcome of the
// measure (e.g. "已在县城物流园就业").

#include <nlohmann/json.hpp>
#include <string>

namespace duban::village {

/// The reason given with the last "done" (`duban task done ID --reason …`),
/// else the text of the last note (`duban task note ID …`), else "".
/// `detail` is TaskView::detail ({"reasons": [{state, reason}], "notes": [{text}]}).
std::string outcome_from_detail(const nlohmann::json& detail);

}  // namespace duban::village
