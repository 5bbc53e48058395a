// duban score --week YYYY-Www [--unit U] [--person P] [--summary]: the weekly
// score sheet, per person and per unit, each score explained part by part.
// duban score enter --week W --person P --item ID --value V: a manual entry.

#include <cmath>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "cli/output.hpp"
#include "cli/task_views.hpp"
#include "engine/engine.hpp"
#include "score/score_entry.hpp"
#include "score/score_sheet.hpp"

namespace duban::cli {

namespace {

using nlohmann::json;

struct ScoreOptions {
  std::optional<std::string> week;
  std::string unit;
  std::string person;
  bool summary = false;
};

struct EnterOptions {
  std::string week;
  std::string person;
  std::string item;
  double value = 0;
  std::string reason;
};

double rounded(double v) {
  return std::round(v * 100) / 100;
}

// 37.5, 20, 13.33: at most two decimals, no trailing zeros.
std::string number_text(double v) {
  std::string s = std::to_string(rounded(v));
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

json optional_number(const std::optional<double>& v) {
  return v ? json(rounded(*v)) : json(nullptr);
}

const ScoringRules& rules_of(CommandContext& ctx) {
  const Workspace& ws = ctx.workspace();
  if (!ws.scoring.configured()) {
    ctx.fail(
        "this workspace has no scoring rules: add [scoring] file = \"scoring.toml\" to "
        "duban.toml (see docs/scoring.md)");
  }
  return ws.scoring;
}

Period resolve_week(CommandContext& ctx, const std::optional<std::string>& week,
                    LocalDateTime now) {
  if (!week || week->empty()) return period_containing(now.date, PeriodKind::week);
  auto p = parse_period(*week);
  if (!p || p->kind != PeriodKind::week)
    ctx.fail("--week '" + *week + "' is not a week (YYYY-Www)");
  return *p;
}

// ---- explanations --------------------------------------------------------

// The names scoring.toml gives, else the catalogue's.
std::string sheet_name(const ScoringRules& rules, const Messages& w) {
  return rules.name.empty() ? w[Msg::score_sheet_name] : rules.name;
}
std::string group_name(const ScoreGroup& group, Msg fallback, const Messages& w) {
  return group.name.empty() ? w[fallback] : group.name;
}

// The names of manual inputs not entered, as a list.
std::string missing_names(const std::vector<std::string>& ids, const ScoringRules& rules,
                          const Messages& w) {
  std::string text;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const ManualInput* m = rules.manual_input(ids[i]);
    text += (i ? w[Msg::list_separator] : "") + (m ? m->name : ids[i]);
  }
  return text;
}

std::string input_text(const ScoreInput& in, const ScoringRules& rules, const Messages& w) {
  if (in.manual) {
    const ManualInput* m = rules.manual_input(in.name);
    if (!in.value) return in.name + "=" + w[Msg::score_missing];
    std::string text = in.name + "=" + number_text(*in.value) + (m ? m->unit : "");
    if (in.defaulted) text += w[Msg::score_not_entered];
    return text;
  }
  const MetricInfo* info = metric_info(in.name);
  if (info && !info->denominator.empty()) {
    return in.name + "=" + number_text(*in.value * 100) + "%";
  }
  return in.name + "=" + number_text(*in.value);
}

// "closure_rate=75%（3/4）": a rate with the counts it divides.
std::string inputs_text(const ScorePart& part, const ScoringRules& rules,
                        const MetricValues& metrics, const Messages& w) {
  std::string text;
  for (const auto& in : part.inputs) {
    if (!text.empty()) text += w[Msg::clause_separator];
    text += input_text(in, rules, w);
    const MetricInfo* info = metric_info(in.name);
    if (info && !info->denominator.empty()) {
      auto num = metrics.find(info->numerator);
      auto den = metrics.find(info->denominator);
      if (num != metrics.end() && den != metrics.end())
        text += w(Msg::score_rate_counts, {number_text(num->second), number_text(den->second)});
    }
  }
  return text;
}

std::string cap_text(const ScorePart& part, const ScoringRules& rules, const Messages& w) {
  if (!part.missing.empty())
    return w(Msg::score_missing_entries, {missing_names(part.missing, rules, w)});
  if (part.cap == CapApplied::at_most)
    return w(Msg::score_above_cap, {number_text(*part.item->cap)});
  if (part.cap == CapApplied::at_least_zero) return w[Msg::score_below_zero];
  return "";
}

std::string group_text(const GroupScore& g, const Messages& w) {
  if (g.capped) return w(Msg::score_group_capped, {number_text(g.sum), number_text(*g.group->cap)});
  return g.group->cap ? w(Msg::score_group_cap, {number_text(*g.group->cap)}) : "";
}

const char* kind_name(PartKind kind) {
  switch (kind) {
    case PartKind::item: return "item";
    case PartKind::bonus: return "bonus";
    case PartKind::deduction: return "deduction";
  }
  return "item";
}

std::string status_text(const PersonScore& p, const ScoringRules& rules, const Messages& w) {
  if (p.complete()) return w[Msg::score_complete];
  return w(Msg::score_incomplete, {missing_names(p.missing, rules, w)});
}

std::string unit_name(const Organisation& org, const std::string& id) {
  const Unit* u = org.unit(id);
  return u ? u->name : id;
}

// "+3", "-5", or "0" for nothing.
std::string signed_text(char sign, double v) {
  const std::string text = number_text(v);
  return text == "0" ? text : sign + text;
}

std::string points_text(const std::optional<double>& v, const Messages& w) {
  return v ? number_text(*v) : w[Msg::score_missing];
}

// ---- JSON ----------------------------------------------------------------

json part_json(const ScorePart& part, const ScoringRules& rules, const Messages& w) {
  json inputs = json::array();
  for (const auto& in : part.inputs) {
    json i{{"name", in.name},
           {"source", in.manual ? "manual" : "metric"},
           {"value", optional_number(in.value)}};
    if (in.manual) {
      i["missing"] = !in.value.has_value();
      i["defaulted"] = in.defaulted;
      if (!in.entered_by.empty()) {
        i["entered_by"] = in.entered_by;
        i["entered_at"] = in.entered_at;
      }
    }
    inputs.push_back(std::move(i));
  }
  const char* cap = part.cap == CapApplied::at_most         ? "at_most"
                    : part.cap == CapApplied::at_least_zero ? "at_least_zero"
                                                            : "none";
  return {{"id", part.item->id},
          {"name", part.item->name},
          {"kind", kind_name(part.item->kind)},
          {"weight", optional_number(part.item->cap)},
          {"formula", part.item->formula.text},
          {"inputs", std::move(inputs)},
          {"raw", optional_number(part.raw)},
          {"points", optional_number(part.points)},
          {"cap_applied", cap},
          {"missing", part.missing},
          {"explanation", cap_text(part, rules, w)}};
}

json group_json(const GroupScore& g, const std::string& name) {
  return {{"name", name},
          {"sum", rounded(g.sum)},
          {"cap", optional_number(g.group->cap)},
          {"capped", g.capped},
          {"points", rounded(g.points)}};
}

json sheet_json(const ScoreSheet& sheet, const ScoringRules& rules, const Workspace& ws,
                const Messages& w) {
  json people = json::array();
  for (const auto& p : sheet.people) {
    json parts = json::array();
    for (const auto& part : p.parts) parts.push_back(part_json(part, rules, w));
    json metrics = json::object();
    for (const auto& [name, v] : p.metrics) metrics[name] = rounded(v * 10000) / 10000;
    people.push_back({{"id", p.person->id},
                      {"name", p.person->name},
                      {"unit", p.person->unit},
                      {"total", rounded(p.total)},
                      {"complete", p.complete()},
                      {"missing", p.missing},
                      {"items", std::move(parts)},
                      {"bonus", group_json(p.bonus, group_name(rules.bonus, Msg::score_bonus, w))},
                      {"deduction", group_json(p.deduction, group_name(rules.deduction,
                                                                       Msg::score_deduction, w))},
                      {"metrics", std::move(metrics)}});
  }
  json units = json::array();
  for (const auto& u : sheet.units) {
    units.push_back({{"id", u.unit->id},
                     {"name", u.unit->name},
                     {"people", u.people},
                     {"complete", u.complete},
                     {"score", optional_number(u.score)}});
  }
  return {{"sheet", sheet_name(rules, w)},
          {"week", sheet.week.key()},
          {"start", format_date(sheet.week.start)},
          {"end", format_date(sheet.week.end)},
          {"now", iso_time(sheet.now, ws.definitions())},
          {"full_marks", optional_number(rules.full_marks)},
          {"unit_score", rules.unit_score == UnitScore::sum ? "sum" : "average"},
          {"people", std::move(people)},
          {"units", std::move(units)}};
}

// ---- table, md, csv ------------------------------------------------------

Row summary_header(const ScoringRules& rules, const Messages& w) {
  Row header = headings(w, {Msg::unit, Msg::person_name});
  for (const auto& item : rules.items)
    header.push_back(item.name + "(" + number_text(*item.cap) + ")");
  if (!rules.bonus.items.empty()) header.push_back(group_name(rules.bonus, Msg::score_bonus, w));
  if (!rules.deduction.items.empty())
    header.push_back(group_name(rules.deduction, Msg::score_deduction, w));
  for (auto& h : headings(w, {Msg::score_total, Msg::status})) header.push_back(std::move(h));
  return header;
}

Rows summary_rows(const ScoreSheet& sheet, const ScoringRules& rules, const Organisation& org,
                  const Messages& w) {
  Rows rows;
  for (const auto& p : sheet.people) {
    Row row{unit_name(org, p.person->unit), p.person->name};
    for (const auto& part : p.parts) {
      if (part.item->kind == PartKind::item) row.push_back(points_text(part.points, w));
    }
    if (!rules.bonus.items.empty()) row.push_back(signed_text('+', p.bonus.points));
    if (!rules.deduction.items.empty()) row.push_back(signed_text('-', p.deduction.points));
    row.push_back(number_text(p.total) + (p.complete() ? "" : "*"));
    row.push_back(status_text(p, rules, w));
    rows.push_back(std::move(row));
  }
  return rows;
}

Row unit_header(const Messages& w) {
  return headings(w, {Msg::unit, Msg::score_people, Msg::score_complete_count, Msg::score_points});
}

Rows unit_rows(const ScoreSheet& sheet, const Messages& w) {
  Rows rows;
  for (const auto& u : sheet.units) {
    rows.push_back({u.unit->name, std::to_string(u.people), std::to_string(u.complete),
                    points_text(u.score, w)});
  }
  return rows;
}

Row detail_header(const Messages& w) {
  return headings(w, {Msg::score_item, Msg::score_inputs, Msg::score_formula, Msg::score_computed,
                      Msg::score_points, Msg::note});
}

// "加分·name": a bonus or deduction line says which it is.
std::string part_name(const ScoreItem& item, const Messages& w) {
  if (item.kind == PartKind::bonus) return w(Msg::score_bonus_line, {item.name});
  if (item.kind == PartKind::deduction) return w(Msg::score_deduction_line, {item.name});
  return item.name;
}

Rows detail_rows(const PersonScore& p, const ScoringRules& rules, const Messages& w) {
  Rows rows;
  for (const auto& part : p.parts) {
    std::string name = part_name(*part.item, w);
    if (part.item->cap) name += "(" + number_text(*part.item->cap) + ")";
    rows.push_back({name, inputs_text(part, rules, p.metrics, w), part.item->formula.text,
                    points_text(part.raw, w), points_text(part.points, w),
                    cap_text(part, rules, w)});
  }
  if (!rules.bonus.items.empty())
    rows.push_back({w(Msg::score_subtotal, {group_name(rules.bonus, Msg::score_bonus, w)}), "", "",
                    number_text(p.bonus.sum), signed_text('+', p.bonus.points),
                    group_text(p.bonus, w)});
  if (!rules.deduction.items.empty())
    rows.push_back({w(Msg::score_subtotal, {group_name(rules.deduction, Msg::score_deduction, w)}),
                    "", "", number_text(p.deduction.sum), signed_text('-', p.deduction.points),
                    group_text(p.deduction, w)});
  rows.push_back({w[Msg::score_total], "", "", "", number_text(p.total), status_text(p, rules, w)});
  return rows;
}

void heading(CommandContext& ctx, const std::string& format, const std::string& level,
             const std::string& text) {
  const bool md = format == "md";
  ctx.out() << (md ? "\n" + level + " " : "\n") << text << "\n";
  if (md) ctx.out() << '\n';
}

void print_sheet(CommandContext& ctx, const std::string& format, const ScoreSheet& sheet,
                 const ScoringRules& rules, const Workspace& ws, bool summary) {
  const Messages& w = ctx.messages();
  const bool md = format == "md";
  ctx.out() << (md ? "## " : "")
            << w(Msg::report_title, {ws.config.name, sheet_name(rules, w), sheet.week.key(),
                                     format_date(sheet.week.start), format_date(sheet.week.end),
                                     sheet.now.substr(5, 5) + " " + sheet.now.substr(11)})
            << "\n";
  if (md) ctx.out() << '\n';
  print_rows(ctx, format, summary_header(rules, w), summary_rows(sheet, rules, ws.org, w));
  ctx.out() << (md ? "\n" : "") << w[Msg::score_incomplete_footnote] << "\n";
  heading(
      ctx, format, "###",
      w(Msg::score_by_unit,
        {w[rules.unit_score == UnitScore::sum ? Msg::score_unit_sum : Msg::score_unit_average]}));
  print_rows(ctx, format, unit_header(w), unit_rows(sheet, w));
  if (summary) return;
  for (const auto& p : sheet.people) {
    heading(ctx, format, "###",
            w(Msg::score_person_heading,
              {p.person->name, unit_name(ws.org, p.person->unit), number_text(p.total)}) +
                (p.complete() ? "" : w[Msg::score_incomplete_suffix]));
    print_rows(ctx, format, detail_header(w), detail_rows(p, rules, w));
  }
}

// One sheet for Excel: a row per part of each person, their total, then units.
void print_csv(CommandContext& ctx, const ScoreSheet& sheet, const ScoringRules& rules,
               const Workspace& ws) {
  const Messages& w = ctx.messages();
  Rows rows;
  for (const auto& p : sheet.people) {
    const std::string unit = unit_name(ws.org, p.person->unit);
    for (auto row : detail_rows(p, rules, w)) {
      row.insert(row.begin(), {w[Msg::csv_person], unit, p.person->id, p.person->name});
      rows.push_back(std::move(row));
    }
  }
  for (const auto& u : sheet.units) {
    rows.push_back(
        {w[Msg::unit], u.unit->name, u.unit->id, "",
         std::string(
             w[rules.unit_score == UnitScore::sum ? Msg::score_unit_total : Msg::score_unit_mean]),
         w(Msg::score_unit_complete, {std::to_string(u.complete), std::to_string(u.people)}), "",
         "", points_text(u.score, w), ""});
  }
  Row header = headings(w, {Msg::csv_level, Msg::unit, "id", Msg::person_name});
  for (auto& h : detail_header(w)) header.push_back(std::move(h));
  print_rows(ctx, "csv", header, rows);
}

std::vector<std::string> people_to_score(CommandContext& ctx, const Workspace& ws,
                                         const ScoreOptions& o) {
  if (!o.person.empty() && !ws.org.person(o.person)) ctx.fail("unknown person '" + o.person + "'");
  if (!o.unit.empty() && !ws.org.unit(o.unit)) ctx.fail("unknown unit '" + o.unit + "'");
  std::vector<std::string> ids;
  for (const auto& p : ws.org.people()) {
    if (!o.unit.empty() && p.unit != o.unit) continue;
    if (!o.person.empty() && p.id != o.person) continue;
    ids.push_back(p.id);
  }
  return ids;
}

int run_score(CommandContext& ctx, const ScoreOptions& o) {
  const std::string format = ctx.format({"table", "json", "csv", "md"});
  const ScoringRules& rules = rules_of(ctx);
  const Workspace& ws = ctx.workspace();
  const LocalDateTime now = ctx.now();
  const Period week = resolve_week(ctx, o.week, now);
  const auto people = people_to_score(ctx, ws, o);
  const std::string now_text = stored_time(now);
  const auto metrics = week_metrics(ctx.store(), week, now, people);
  const ScoreSheet sheet = score_week(rules, ws.org, week, now_text, people, metrics,
                                      score_entries(ctx.store(), week.key()));
  if (format == "json")
    ctx.out() << sheet_json(sheet, rules, ws, ctx.messages()).dump(2) << '\n';
  else if (format == "csv")
    print_csv(ctx, sheet, rules, ws);
  else
    print_sheet(ctx, format, sheet, rules, ws, o.summary);
  return exit_ok;
}

int run_enter(CommandContext& ctx, const EnterOptions& o) {
  rules_of(ctx);
  const Workspace& ws = ctx.workspace();
  const std::string actor = ctx.actor();
  ScoreEntryRequest request;
  request.week = o.week;
  request.person = o.person;
  request.item = o.item;
  request.value = o.value;
  request.actor = actor;
  request.reason = o.reason;
  auto writer = ctx.store().write();
  auto entered = enter_score(*writer, ws.org, ws.scoring, request, stored_time(ctx.now()));
  if (!entered) ctx.fail(entered.refusal().message);
  const ScoreEntryRecord entry = entered.value();
  writer->commit();
  if (ctx.options().format == "json") {
    ctx.out() << json{{"id", entry.id},
                      {"week", entry.week},
                      {"person", entry.person},
                      {"item", entry.item},
                      {"value", entry.value},
                      {"entered_by", entry.entered_by},
                      {"entered_at", iso_time(entry.entered_at, ws.definitions())}}
                     .dump(2)
              << '\n';
    return exit_ok;
  }
  const ManualInput* m = ws.scoring.manual_input(entry.item);
  const Person* p = ws.org.person(entry.person);
  ctx.out() << ctx.messages()(Msg::score_entered,
                              {entry.week, p ? p->name : entry.person, m ? m->name : entry.item,
                               number_text(entry.value), m ? m->unit : ""})
            << "\n";
  return exit_ok;
}

}  // namespace

CommandSpec score_command() {
  return {
      "score", "The weekly score sheet per person and unit; 'score enter' records a value",
      [](CLI::App& app) {
        auto o = std::make_shared<ScoreOptions>();
        app.add_option("--week", o->week, "A week, YYYY-Www (default: this week)");
        app.add_option("--unit", o->unit, "Only the people of this unit");
        app.add_option("--person", o->person, "Only this person");
        app.add_flag("--summary", o->summary,
                     "Table and md: the totals only, without each person's explanation");
        CLI::App* enter =
            app.add_subcommand("enter", "Enter a manual value (a chief or a leader above)");
        auto e = std::make_shared<EnterOptions>();
        enter->add_option("--week", e->week, "The week, YYYY-Www")->required();
        enter->add_option("--person", e->person, "Whose score")->required();
        enter->add_option("--item", e->item, "A manual input's id (scoring.toml)")->required();
        enter->add_option("--value", e->value, "The value, within the input's range")->required();
        enter->add_option("--reason", e->reason, "Why (kept in the log)");
        return [o, e, enter](CommandContext& ctx) {
          return enter->parsed() ? run_enter(ctx, *e) : run_score(ctx, *o);
        };
      }};
}

}  // namespace duban::cli
