// duban user passwd PERSON [--password-stdin] | duban user list: web accounts.

#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "cli/output.hpp"
#include "diagnostics/suggest.hpp"
#include "engine/engine.hpp"
#include "views/task_json.hpp"
#include "web/accounts.hpp"
#include "web/password.hpp"

namespace duban::cli {

namespace {

struct PasswdOptions {
  std::string person;
  bool from_stdin = false;
};

std::string without_line_end(std::string line) {
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  return line;
}

// Reads one line from the terminal without echoing it.
std::string prompt_hidden(CommandContext& ctx, std::string_view prompt) {
  termios saved{};
  tcgetattr(STDIN_FILENO, &saved);
  termios quiet = saved;
  quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  ctx.err() << prompt << std::flush;
  std::string line;
  std::getline(std::cin, line);
  tcsetattr(STDIN_FILENO, TCSANOW, &saved);
  ctx.err() << '\n';
  return without_line_end(line);
}

// Never from the command line (it would show in `ps` and the shell's
// history): from standard input, or typed twice at the terminal.
std::string read_password(CommandContext& ctx, const PasswdOptions& o) {
  if (o.from_stdin) {
    std::string line;
    std::getline(std::cin, line);
    return without_line_end(line);
  }
  if (!isatty(STDIN_FILENO))
    ctx.fail("standard input is not a terminal: pipe the password in with --password-stdin");
  const Messages& m = ctx.messages();
  std::string first = prompt_hidden(ctx, m[Msg::new_password_prompt]);
  if (prompt_hidden(ctx, m[Msg::password_again_prompt]) != first)
    ctx.fail("the two passwords differ");
  return first;
}

int run_passwd(CommandContext& ctx, const PasswdOptions& o) {
  const Workspace& ws = ctx.workspace();
  const Person* person = ws.org.person(o.person);
  if (!person)
    ctx.fail("unknown person '" + o.person + "'" + did_you_mean(o.person, ws.org.person_ids()));
  const std::string actor = ctx.options().as.empty() ? "system" : ctx.actor();
  const std::string password = read_password(ctx, o);
  if (const std::string problem = web::password_problem(password); !problem.empty())
    ctx.fail(problem);
  web::AccountRecord account;
  account.id = person->id;
  account.password_hash = web::hash_password(password);
  account.set_at = stored_time(ctx.now());
  account.set_by = actor;
  auto writer = ctx.store().write();
  web::put_account(*writer, account);
  writer->commit();
  ctx.out() << "password set for " << person->name << " (" << person->id << ")\n";
  return exit_ok;
}

int run_list(CommandContext& ctx) {
  const std::string format = ctx.format({"table", "json", "csv", "md"});
  const Workspace& ws = ctx.workspace();
  const auto accounts = web::accounts(ctx.store());
  if (format == "json") {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& a : accounts) {
      list.push_back({{"person", a.id},
                      {"set_at", iso_time(a.set_at, ws.definitions())},
                      {"set_by", a.set_by},
                      {"admin", ws.is_admin(a.id)}});
    }
    ctx.out() << nlohmann::json{{"accounts", list}}.dump(2) << '\n';
    return exit_ok;
  }
  const Messages& m = ctx.messages();
  Rows rows;
  for (const auto& a : accounts) {
    rows.push_back({a.id, names_of({a.id}, ws.org), a.set_at, a.set_by,
                    ws.is_admin(a.id) ? m[Msg::administrator] : ""});
  }
  print_rows(ctx, format,
             headings(m, {"id", Msg::person_name, Msg::password_set_at, Msg::set_by, ""}), rows);
  return exit_ok;
}

}  // namespace

CommandSpec user_command() {
  return {"user", "Web accounts: set a person's password, list who has one", [](CLI::App& app) {
            app.require_subcommand(1);
            auto o = std::make_shared<PasswdOptions>();
            CLI::App* passwd = app.add_subcommand(
                "passwd", "Set a person's web password (Argon2id; read from stdin, never argv)");
            passwd->add_option("PERSON", o->person, "Person id")->required();
            passwd->add_flag("--password-stdin", o->from_stdin,
                             "Read the password from the first line of standard input");
            CLI::App* list = app.add_subcommand("list", "People who have a web password");
            return [o, passwd, list](CommandContext& ctx) {
              if (passwd->parsed()) return run_passwd(ctx, *o);
              if (list->parsed()) return run_list(ctx);
              return static_cast<int>(exit_bad_input);
            };
          }};
}

}  // namespace duban::cli
