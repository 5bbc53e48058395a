#pragma once
// The tasks of the rectification loop (整改, 回头看) and who owns them:
// shared by the finding command, the completion hook and recheck.

#include <duban/sdk.hpp>
#include <string>
#include <vector>

#include "model.hpp"
#include "schemas.hpp"

namespace civilization {

/// A short form of a problem for task titles (about 20 Chinese characters).
std::string short_text(const std::string& text);
/// The rectification owner: the area's cadre, or its team leader (config).
std::string rectify_owner(const duban::sdk::Context& context, const Config& config,
                          const Area& area);
/// The follow-up check's owner: team leader, finder or campaign lead (config).
std::string check_owner(const duban::sdk::Context& context, const Config& config, const Area& area,
                        const Finding& finding);
/// Tags of a finding's tasks: the step, the area and the finding.
std::vector<std::string> finding_tags(const Finding& finding, const char* step);
/// The rectification task of `finding` (this round), due on its deadline.
duban::sdk::NewTask rectify_task_for(const Finding& finding, const Area& area,
                                     const std::string& owner, const Config& config);
/// The follow-up check (回头看) of `finding`, due on `due`.
duban::sdk::NewTask check_task_for(const Finding& finding, const Area& area,
                                   const std::string& owner, const std::string& due,
                                   const Config& config);

}  // namespace civilization
