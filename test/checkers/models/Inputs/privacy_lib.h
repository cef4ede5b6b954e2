// A privacy library of another team, without annotations: what its
// functions do is in anonymizer.json and consent.json.
#ifndef PRIVACY_LIB_H
#define PRIVACY_LIB_H

#include <string>

namespace geo {
// Rounds a position to a 10 km grid cell shared by many subscribers.
std::string coarsen(double lat, double lon);
std::string exact(double lat, double lon);
} // namespace geo
namespace tok {
// A keyed hash: reversible by whoever holds the key table.
std::string hash_imsi(const std::string &imsi);
} // namespace tok
namespace crm {
bool may_use_location(const std::string &imsi, const char *purpose);
} // namespace crm

#endif
