#pragma once
// Every extension the plugin registers, one function per file.

#include <duban/sdk.hpp>

namespace civilization {

/// civilization.dispatch-patrols: one patrol task per area for the day (日行动).
duban::sdk::TaskKind dispatch_patrols_kind();
/// civilization.weekly-dispatch: the week's roll-up and the dispatch meeting (周调度).
duban::sdk::TaskKind weekly_dispatch_kind();

/// `finding`: a problem found on patrol becomes a rectification task.
duban::sdk::Command finding_command();
/// `recheck`: a failed follow-up check sends the finding back to rectification.
duban::sdk::Command recheck_command();
/// `findings`: open findings, oldest first.
duban::sdk::Command findings_command();
/// `hours`: volunteer hours of one person at one activity.
duban::sdk::Command hours_command();
/// `area add|list`: the responsibility areas.
duban::sdk::Command area_command();

/// Rectification done → follow-up check; check done → closed (销号).
duban::sdk::Hook finding_completed_hook();
/// A rectification past its deadline is flagged on the finding.
duban::sdk::Hook finding_overdue_hook();

/// The 创文创卫 section of `duban status --day/--week`.
duban::sdk::SectionProvider campaign_section();

}  // namespace civilization
