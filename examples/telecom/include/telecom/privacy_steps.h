//===--- telecom/privacy_steps.h - Consent, anonymising, sinks -*- C++ -*-===//
//
// Every place where personal data is made safe or leaves the program. The
// checks read these annotations; the rest of the code carries none.
//
//===----------------------------------------------------------------------===//

#ifndef TELECOM_PRIVACY_STEPS_H
#define TELECOM_PRIVACY_STEPS_H

#include "telecom/types.h"

#include <map>
#include <string>
#include <vector>

namespace telecom {

//===-- Consent (recorded in the self-care portal) ------------------------===//

PRIVACY_CONSENT_CHECK("marketing")
bool has_marketing_consent(const std::string &msisdn);

PRIVACY_CONSENT_CHECK("location_services")
bool has_location_consent(const std::string &msisdn);

//===-- Anonymising and pseudonymising ------------------------------------===//

/// The municipality-sized area around a cell; thousands of subscribers share
/// it, so it no longer points at anyone.
PRIVACY_ANONYMIZER std::string coarse_area(const CellId &cell);

/// Calls per area, with areas of fewer than MinSubscribers callers dropped
/// (k-anonymity).
PRIVACY_ANONYMIZER std::map<std::string, long>
calls_per_area(const std::vector<CallDetailRecord> &cdrs, int min_subscribers);

/// A salted hash of the MSISDN. Whoever holds the salt can link it back:
/// still personal data.
PRIVACY_PSEUDONYMIZER std::string pseudonymize_msisdn(const std::string &msisdn);

//===-- Sinks --------------------------------------------------------------===//

/// The service log (stderr, collected by the platform's log shipper).
PRIVACY_LOG_SINK void log_info(const std::string &message);
PRIVACY_LOG_SINK void log_error(const char *format, ...)
    __attribute__((format(printf, 1, 2)));

/// Drops a file for the national statistics office.
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("statistics") void
export_to_statistics_office(const std::string &dataset,
                            const std::string &payload);

/// Pushes an offer to the advertising partner that sends the SMS.
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("location_services") void
push_location_offer(const std::string &msisdn, const std::string &area,
                    const std::string &offer);

/// The billing database; kept for the period in which a bill can be
/// disputed (Tw 11.5 lid 2).
PRIVACY_RETAIN_SINK PRIVACY_PURPOSE("billing") PRIVACY_RETENTION_DAYS(90) void
store_for_billing(const BillingRecord &record);

/// The long-term archive of disputed calls.
PRIVACY_RETAIN_SINK PRIVACY_PURPOSE("billing") PRIVACY_RETENTION_DAYS(400) void
archive_disputed_call(const BillingRecord &record);

} // namespace telecom

#endif // TELECOM_PRIVACY_STEPS_H
