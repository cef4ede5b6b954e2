// RUN: %clang_tidy --checks='-*,privacy-annotations' %s -- -std=c++17 \
// RUN:   %test_flags 2>&1 \
// RUN:   | FileCheck %s --allow-empty --implicit-check-not='{{warning|error}}:'

// Correct annotations in every documented placement produce nothing.

#include <privacy/annotations.h>
#include <string>

using Imsi PRIVACY_SUBSCRIBER_ID = std::string;
typedef PRIVACY_TRAFFIC_DATA long seconds_t;
struct PRIVACY_LOCATION_DATA CellId {
  int mcc, mnc;
  unsigned lac, ci;
};
enum class PRIVACY_PERSONAL_DATA Gender { Female, Male, Other };

struct Cdr {
  PRIVACY_SUBSCRIBER_ID std::string caller;
  PRIVACY_TRAFFIC_DATA long seconds;
  PRIVACY_COMMUNICATION_CONTENT std::string sms_text;
  CellId cell;
  int cause; // not personal data
};

template <typename T> struct PRIVACY_PERSONAL_DATA Tagged { T value; };

PRIVACY_ANONYMIZER int to_region(const CellId &cell);
PRIVACY_PSEUDONYMIZER std::string hash_imsi(const Imsi &imsi);
PRIVACY_CONSENT_CHECK("location-services") bool may_locate(const Imsi &who);
PRIVACY_LOCATION_DATA CellId serving_cell(const Imsi &who);

PRIVACY_LOG_SINK void log_info(const std::string &text);
void log_at(int level, PRIVACY_LOG_SINK const std::string &text);
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("location-services")
void send_to_partner(const CellId &where);
PRIVACY_RETAIN_SINK PRIVACY_PURPOSE("billing") PRIVACY_RETENTION_DAYS(180)
void archive(const Cdr &record);
void charge(PRIVACY_TRAFFIC_DATA long units);

class Store {
public:
  PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(30) void put(const Cdr &record);
  PRIVACY_CONSENT_CHECK("marketing") bool opted_in(const Imsi &who) const;
  PRIVACY_ANONYMIZER virtual int count() const;
};

// A redeclaration and the definition inherit the attributes silently.
PRIVACY_ANONYMIZER int to_region(const CellId &cell);
int to_region(const CellId &cell) { return static_cast<int>(cell.lac / 100); }

void handle(const Imsi &who, const Cdr &record) {
  PRIVACY_TRAFFIC_DATA long local_units = record.seconds / 60;
  charge(local_units);
  log_info(std::to_string(to_region(record.cell)));
  if (may_locate(who))
    send_to_partner(record.cell);
  archive(record);
}
