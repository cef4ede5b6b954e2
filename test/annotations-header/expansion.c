// The exact expansion of every macro: the annotate attribute with the string
// the engine reads where the compiler has `annotate`, nothing where it does
// not (GCC), and nothing where `__has_attribute` itself is missing (older
// compilers; simulated by undefining it).
//
// RUN: %clang -E -P -I %annotations_include %s | FileCheck %s --match-full-lines --check-prefix=ANNOTATE
// RUN: %clangxx -E -P -x c++ -std=c++11 -I %annotations_include %s | FileCheck %s --match-full-lines --check-prefix=ANNOTATE
// RUN: gcc -E -P -I %annotations_include %s | FileCheck %s --match-full-lines --check-prefix=EMPTY
// RUN: %clang -E -P -Wno-builtin-macro-redefined -U__has_attribute -I %annotations_include %s | FileCheck %s --match-full-lines --check-prefix=EMPTY

#include <privacy/annotations.h>

traffic: PRIVACY_TRAFFIC_DATA;
// ANNOTATE: traffic: __attribute__((annotate("privacy:category:traffic")));
// EMPTY: traffic: ;
location: PRIVACY_LOCATION_DATA;
// ANNOTATE-NEXT: location: __attribute__((annotate("privacy:category:location")));
// EMPTY-NEXT: location: ;
subscriber_id: PRIVACY_SUBSCRIBER_ID;
// ANNOTATE-NEXT: subscriber_id: __attribute__((annotate("privacy:category:subscriber_id")));
// EMPTY-NEXT: subscriber_id: ;
content: PRIVACY_COMMUNICATION_CONTENT;
// ANNOTATE-NEXT: content: __attribute__((annotate("privacy:category:content")));
// EMPTY-NEXT: content: ;
personal: PRIVACY_PERSONAL_DATA;
// ANNOTATE-NEXT: personal: __attribute__((annotate("privacy:category:personal")));
// EMPTY-NEXT: personal: ;
anonymizer: PRIVACY_ANONYMIZER;
// ANNOTATE-NEXT: anonymizer: __attribute__((annotate("privacy:anonymizer")));
// EMPTY-NEXT: anonymizer: ;
pseudonymizer: PRIVACY_PSEUDONYMIZER;
// ANNOTATE-NEXT: pseudonymizer: __attribute__((annotate("privacy:pseudonymizer")));
// EMPTY-NEXT: pseudonymizer: ;
consent: PRIVACY_CONSENT_CHECK("marketing");
// ANNOTATE-NEXT: consent: __attribute__((annotate("privacy:consent", "marketing")));
// EMPTY-NEXT: consent: ;
log: PRIVACY_LOG_SINK;
// ANNOTATE-NEXT: log: __attribute__((annotate("privacy:sink:log")));
// EMPTY-NEXT: log: ;
export: PRIVACY_EXPORT_SINK;
// ANNOTATE-NEXT: export: __attribute__((annotate("privacy:sink:export")));
// EMPTY-NEXT: export: ;
retain: PRIVACY_RETAIN_SINK;
// ANNOTATE-NEXT: retain: __attribute__((annotate("privacy:sink:retain")));
// EMPTY-NEXT: retain: ;
purpose: PRIVACY_PURPOSE("billing");
// ANNOTATE-NEXT: purpose: __attribute__((annotate("privacy:purpose", "billing")));
// EMPTY-NEXT: purpose: ;
retention: PRIVACY_RETENTION_DAYS(90);
// ANNOTATE-NEXT: retention: __attribute__((annotate("privacy:retention_days", 90)));
// EMPTY-NEXT: retention: ;
deletes: PRIVACY_DELETES;
// ANNOTATE-NEXT: deletes: __attribute__((annotate("privacy:deletes")));
// EMPTY-NEXT: deletes: ;
deletes_when_null: PRIVACY_DELETES_WHEN_NULL(2);
// ANNOTATE-NEXT: deletes_when_null: __attribute__((annotate("privacy:deletes_when_null", 2)));
// EMPTY-NEXT: deletes_when_null: ;
links_into: PRIVACY_LINKS_INTO(0);
// ANNOTATE-NEXT: links_into: __attribute__((annotate("privacy:links_into", 0)));
// EMPTY-NEXT: links_into: ;
returned_at: PRIVACY_RETURNED_AT("id.digits");
// ANNOTATE-NEXT: returned_at: __attribute__((annotate("privacy:returned_at", "id.digits")));
// EMPTY-NEXT: returned_at: ;
written_at: PRIVACY_WRITTEN_AT(0, "imsi");
// ANNOTATE-NEXT: written_at: __attribute__((annotate("privacy:written_at", 0, "imsi")));
// EMPTY-NEXT: written_at: ;
version: PRIVACY_TIDY_ANNOTATIONS_VERSION;
// ANNOTATE-NEXT: version: 1;
// EMPTY-NEXT: version: 1;
