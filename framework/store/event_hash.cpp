// The hash chaining each event to the one before it, so an edited or deleted
// line of the log shows as a broken chain.

#include <openssl/evp.h>

#include <array>
#include <string>

#include "store/store.hpp"

namespace duban {

namespace {

// "<byte length>:<bytes>" per field: without the length, ("ab", "c") and
// ("a", "bc") would hash the same.
void add_field(std::string& out, const std::string& field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

std::string to_hex(const unsigned char* bytes, unsigned int size) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * size);
  for (unsigned int i = 0; i < size; ++i) {
    hex += kDigits[bytes[i] >> 4];
    hex += kDigits[bytes[i] & 0x0f];
  }
  return hex;
}

}  // namespace

std::string event_hash(const EventRecord& event) {
  std::string input;
  for (const std::string* field : {&event.prev_hash, &event.time, &event.actor, &event.run,
                                   &event.task, &event.type, &event.payload, &event.reason}) {
    add_field(input, *field);
  }
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int size = 0;
  if (EVP_Digest(input.data(), input.size(), digest.data(), &size, EVP_sha256(), nullptr) != 1) {
    throw StoreError("cannot compute the event hash (OpenSSL SHA-256 failed)");
  }
  return to_hex(digest.data(), size);
}

}  // namespace duban
