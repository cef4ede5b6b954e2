#include <privacy/annotations.h>
#include <string>

PRIVACY_ANONYMIZER std::string area_of(long cell);
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("statistics") void send_stats(const std::string &s);

struct Call {
  PRIVACY_LOCATION_DATA long cell;
};

void report(const Call &c) {
  send_stats(area_of(c.cell) + ";1");   // lawful: anonymised, then concatenated
  std::string line = "area=";
  line += area_of(c.cell);
  send_stats(line);                     // lawful: anonymised, then appended
  send_stats(std::to_string(c.cell));   // a violation: the exact cell
}
