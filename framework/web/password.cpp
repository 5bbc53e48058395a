#include "web/password.hpp"

#include <sodium.h>

#include <stdexcept>
#include <vector>

namespace duban::web {

namespace {

constexpr std::size_t kMinLength = 8;
constexpr std::size_t kMaxLength = 1024;

// libsodium must be initialised once before use; sodium_init is itself
// safe to call from several threads, and repeated calls return 1.
void ensure_sodium() {
  static const int status = sodium_init();
  if (status < 0) throw std::runtime_error("libsodium could not be initialised");
}

// A hash of a password nobody has, to verify against when there is no account.
const std::string& decoy_hash() {
  static const std::string hash = hash_password("duban-no-such-account");
  return hash;
}

}  // namespace

std::string password_problem(std::string_view password) {
  if (password.size() < kMinLength) return "a password needs at least 8 characters";
  if (password.size() > kMaxLength) return "a password may have at most 1024 bytes";
  for (const char c : password) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
      return "a password may not hold control characters";
  }
  return "";
}

std::string hash_password(std::string_view password) {
  ensure_sodium();
  std::vector<char> out(crypto_pwhash_STRBYTES);
  if (crypto_pwhash_str_alg(out.data(), password.data(), password.size(),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::runtime_error("not enough memory to hash the password");
  }
  return {out.data()};
}

bool verify_password(const std::string& hash, std::string_view password) {
  ensure_sodium();
  const std::string& against = hash.empty() ? decoy_hash() : hash;
  const bool ok = crypto_pwhash_str_verify(against.c_str(), password.data(), password.size()) == 0;
  return ok && !hash.empty();
}

std::string random_token(std::size_t bytes) {
  ensure_sodium();
  std::vector<unsigned char> raw(bytes);
  randombytes_buf(raw.data(), raw.size());
  std::vector<char> hex(bytes * 2 + 1);
  sodium_bin2hex(hex.data(), hex.size(), raw.data(), raw.size());
  return {hex.data(), bytes * 2};
}

bool same_token(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a.empty()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace duban::web
