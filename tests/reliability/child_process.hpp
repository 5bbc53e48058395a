#pragma once
// Child processes for the reliability tests: spawned with posix_spawn, their
// stdout and stderr sent to a pipe or a file, killed and reaped by pid.

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

namespace duban::test {

[[noreturn]] inline void throw_errno(int code, const std::string& what) {
  throw std::system_error(code, std::generic_category(), what);
}

/// What the child's file descriptors 1 and 2 become.
class SpawnActions {
 public:
  SpawnActions() {
    if (int rc = posix_spawn_file_actions_init(&actions_); rc != 0)
      throw_errno(rc, "posix_spawn_file_actions_init");
  }
  ~SpawnActions() { posix_spawn_file_actions_destroy(&actions_); }
  SpawnActions(const SpawnActions&) = delete;
  SpawnActions& operator=(const SpawnActions&) = delete;

  /// The child's `target` is a copy of the parent's `fd` (dup2 keeps it open across exec).
  void dup_to(int fd, int target) {
    if (int rc = posix_spawn_file_actions_adddup2(&actions_, fd, target); rc != 0)
      throw_errno(rc, "adddup2");
  }
  /// The child's `target` writes to a new file `path`.
  void write_to(int target, const std::filesystem::path& path) {
    paths_.push_back(path.string());  // kept alive until the spawn
    if (int rc = posix_spawn_file_actions_addopen(&actions_, target, paths_.back().c_str(),
                                                  O_WRONLY | O_CREAT | O_TRUNC, 0644);
        rc != 0) {
      throw_errno(rc, "addopen");
    }
  }
  [[nodiscard]] const posix_spawn_file_actions_t* get() const { return &actions_; }

 private:
  posix_spawn_file_actions_t actions_{};
  std::vector<std::string> paths_;
};

/// A running child. Destroying it before wait() kills and reaps it, so a
/// failed assertion never leaves a process behind.
class ChildProcess {
 public:
  ChildProcess(std::vector<std::string> argv, const SpawnActions& actions) {
    std::vector<char*> pointers;
    for (auto& arg : argv) pointers.push_back(arg.data());
    pointers.push_back(nullptr);
    if (int rc = posix_spawn(&pid_, pointers[0], actions.get(), nullptr, pointers.data(), environ);
        rc != 0) {
      throw_errno(rc, "posix_spawn " + argv[0]);
    }
  }
  ~ChildProcess() {
    if (status_) return;
    kill();
    wait();
  }
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  void kill() const { ::kill(pid_, SIGKILL); }

  /// Reaps the child; returns its waitpid status.
  int wait() {
    if (status_) return *status_;
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0) {
      if (errno != EINTR) throw_errno(errno, "waitpid");
    }
    status_ = status;
    return status;
  }

 private:
  pid_t pid_ = -1;
  std::optional<int> status_;
};

/// A pipe whose ends are closed on exec; the child gets the write end by dup2.
class Pipe {
 public:
  Pipe() {
    if (::pipe2(fds_, O_CLOEXEC) != 0) throw_errno(errno, "pipe2");
  }
  ~Pipe() {
    close_read();
    close_write();
  }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;

  [[nodiscard]] int read_end() const { return fds_[0]; }
  [[nodiscard]] int write_end() const { return fds_[1]; }
  void close_read() { close_fd(fds_[0]); }
  /// After the spawn: then end of file comes when the child's copy closes.
  void close_write() { close_fd(fds_[1]); }

 private:
  static void close_fd(int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
  int fds_[2] = {-1, -1};
};

/// Whole lines from a file descriptor, as they arrive.
class LineReader {
 public:
  explicit LineReader(int fd) : fd_(fd) {}

  /// The next complete line without its newline; nullopt at end of file
  /// (a last line without a newline is dropped: it was never finished).
  std::optional<std::string> next() {
    for (;;) {
      if (const auto end = buffer_.find('\n'); end != std::string::npos) {
        std::string line = buffer_.substr(0, end);
        buffer_.erase(0, end + 1);
        return line;
      }
      if (!fill()) return std::nullopt;
    }
  }

 private:
  bool fill() {
    char chunk[4096];
    for (;;) {
      const ssize_t got = ::read(fd_, chunk, sizeof chunk);
      if (got > 0) {
        buffer_.append(chunk, static_cast<std::size_t>(got));
        return true;
      }
      if (got == 0) return false;
      if (errno != EINTR) throw_errno(errno, "read");
    }
  }

  int fd_;
  std::string buffer_;
};

/// "exited 0", "killed by signal 9": a waitpid status for messages.
inline std::string describe_status(int status) {
  if (WIFEXITED(status)) return "exited " + std::to_string(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return "killed by signal " + std::to_string(WTERMSIG(status));
  return "status " + std::to_string(status);
}

}  // namespace duban::test
