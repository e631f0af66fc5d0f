#include "sha256.hpp"

#include <openssl/evp.h>

#include "strata/error.hpp"

namespace strata::formats {
namespace {

// The SHA-256 implementation, looked up once: given EVP_sha256(), OpenSSL 3 looks it up again
// on every EVP_Digest call, which cost a third as much as hashing a typical document.
const EVP_MD* sha256() {
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
  static EVP_MD* const fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  if (fetched) return fetched;
#endif
  return EVP_sha256();
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, sha256(), nullptr) != 1) {
    throw Error("SHA-256 computation failed (OpenSSL EVP_Digest)");
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * length);
  for (unsigned int i = 0; i < length; ++i) {
    hex.push_back(kHex[digest[i] >> 4]);
    hex.push_back(kHex[digest[i] & 0x0F]);
  }
  return hex;
}

}  // namespace strata::formats
