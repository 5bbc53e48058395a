#include "figures.hpp"

#include "dates.hpp"
#include "store.hpp"

namespace civilization {

Figures gather_figures(duban::sdk::Context& context, const std::string& first,
                       const std::string& last) {
  const std::string today = date_part(context.now());
  std::string end = days_between(today, last) > 0 ? today : last;
  if (days_between(first, end) < 0) end = first;  // a period wholly in the future
  auto& records = context.records();
  return roll_up(load_areas(records), load_findings(records), load_patrols(context, first, end),
                 load_hours(records), {first, end, week_monday(first)});
}

}  // namespace civilization
