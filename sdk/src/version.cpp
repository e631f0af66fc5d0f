#include "strata/version.hpp"

namespace strata {

SdkVersion sdk_version() noexcept {
  return {STRATA_API_MAJOR, STRATA_API_MINOR, STRATA_ABI_FINGERPRINT};
}

}  // namespace strata
