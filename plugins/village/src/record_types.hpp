#pragma once
// The record types the village plugin keeps in the workspace database.

#include <duban/sdk.hpp>
#include <vector>

namespace duban::village {

/// Record type names ("village.*").
namespace type {
inline constexpr const char* village = "village.village";        ///< 帮扶村
inline constexpr const char* household = "village.household";    ///< 监测户
inline constexpr const char* income = "village.income";          ///< 月度人均收入
inline constexpr const char* visit = "village.visit";            ///< 领导走访
inline constexpr const char* measure = "village.measure";        ///< 帮扶措施
inline constexpr const char* assessment = "village.assessment";  ///< 风险消除评估
}  // namespace type

/// Task tags the plugin puts on the tasks it creates, to find them again.
namespace tag {
inline constexpr const char* visit = "village-visit";      ///< a monthly leadership visit
inline constexpr const char* measure = "village-measure";  ///< an assistance measure
}  // namespace tag

/// The ad-hoc workflow measure tasks are created in (one run per month).
inline constexpr const char* measures_workflow = "village-measures";

/// Every record type, for registration.
std::vector<sdk::RecordType> record_types();

}  // namespace duban::village
