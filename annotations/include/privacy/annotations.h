/*===--- privacy/annotations.h - privacy-tidy source annotations ----------===*
 *
 * Marks what personal data is, what makes it safe, and where it leaves the
 * program, so the privacy-tidy checks can follow it to a log, an export or a
 * store and name the article of the Telecommunicatiewet (Tw, hoofdstuk 11) or
 * the AVG/GDPR a path violates. The article mapping itself lives in
 * annotations/policy/law.json; docs/annotations.md is the full reference.
 *
 * Works in C (C99 and later) and C++ (C++11 and later). With a compiler that
 * supports Clang's `annotate` attribute every macro expands to one
 *   __attribute__((annotate("privacy:...")))
 * and to nothing elsewhere (GCC, MSVC), so annotated code builds unchanged on
 * every toolchain. The attributes do not change generated code.
 *
 * Placement (GNU attribute syntax; all of these are tested):
 *   struct PRIVACY_LOCATION_DATA CellId { ... };        type definition
 *   typedef PRIVACY_SUBSCRIBER_ID unsigned long long imsi_t;   typedef
 *   using Msisdn PRIVACY_SUBSCRIBER_ID = std::string;   alias: after the name
 *   PRIVACY_SUBSCRIBER_ID std::string caller;           field or variable
 *   void f(PRIVACY_TRAFFIC_DATA long bytes);            parameter
 *   PRIVACY_LOCATION_DATA CellId lookup(void);          function: its result
 * Pitfall: `using Msisdn = PRIVACY_SUBSCRIBER_ID std::string;` compiles but
 * Clang silently drops the attribute there; put it after the alias name.
 *
 *===----------------------------------------------------------------------===*/

#ifndef PRIVACY_TIDY_ANNOTATIONS_H
#define PRIVACY_TIDY_ANNOTATIONS_H

/* Bumped when a macro's meaning or spelling changes. */
#define PRIVACY_TIDY_ANNOTATIONS_VERSION 1

/* `__has_attribute` must be tested on its own line: on a compiler without it,
 * `defined(__has_attribute) && __has_attribute(annotate)` is a syntax error. */
#if defined(__has_attribute)
#if __has_attribute(annotate)
#define PRIVACY_TIDY_HAS_ANNOTATE_ 1
#endif
#endif

#if defined(PRIVACY_TIDY_HAS_ANNOTATE_)
#define PRIVACY_TIDY_ANNOTATE_(Spelling) __attribute__((annotate(Spelling)))
#define PRIVACY_TIDY_ANNOTATE_ARG_(Spelling, Arg)                              \
  __attribute__((annotate(Spelling, Arg)))
#define PRIVACY_TIDY_ANNOTATE_ARG2_(Spelling, Arg1, Arg2)                      \
  __attribute__((annotate(Spelling, Arg1, Arg2)))
#else
#define PRIVACY_TIDY_ANNOTATE_(Spelling)
#define PRIVACY_TIDY_ANNOTATE_ARG_(Spelling, Arg)
#define PRIVACY_TIDY_ANNOTATE_ARG2_(Spelling, Arg1, Arg2)
#endif

/*---------------------------------------------------------------------------
 * Data categories. Place on a type definition (struct/class/union/enum), a
 * typedef or alias, a field, a variable, a parameter, or a function (then the
 * category applies to its return value). A value of an annotated type carries
 * the category wherever it goes.
 *---------------------------------------------------------------------------*/

/* Verkeersgegevens (defined in Tw art. 11.1): data processed to convey a
 * communication or to bill it - numbers called, times, durations, volumes,
 * call detail records. Tw art. 11.5: erase or anonymise once no longer needed
 * for the transmission; billing (11.5 lid 2) is the exception. */
#define PRIVACY_TRAFFIC_DATA PRIVACY_TIDY_ANNOTATE_("privacy:category:traffic")

/* Locatiegegevens (defined in Tw art. 11.1): the position of a subscriber's
 * terminal - cell id, GPS fix, timing advance. Tw art. 11.5a: process only
 * anonymised or with the subscriber's consent. */
#define PRIVACY_LOCATION_DATA                                                  \
  PRIVACY_TIDY_ANNOTATE_("privacy:category:location")

/* Identifiers of a subscriber or device - IMSI, MSISDN, IMEI, account
 * number. Personal data under AVG art. 4(1). */
#define PRIVACY_SUBSCRIBER_ID                                                  \
  PRIVACY_TIDY_ANNOTATE_("privacy:category:subscriber_id")

/* Content of a communication - voice, SMS text, message bodies, payloads.
 * Confidential under Tw art. 11.2a; touch only with the parties' consent. */
#define PRIVACY_COMMUNICATION_CONTENT                                          \
  PRIVACY_TIDY_ANNOTATE_("privacy:category:content")

/* Any other personal data (AVG art. 4(1)): name, address, date of birth,
 * e-mail, payment details. */
#define PRIVACY_PERSONAL_DATA                                                  \
  PRIVACY_TIDY_ANNOTATE_("privacy:category:personal")

/* A category by its law.json id: the five macros above are sugar for it, and
 * a category that only a law file defines (LawFile option) needs no new
 * macro: PRIVACY_CATEGORY("health"). The id must be a string literal. */
#define PRIVACY_CATEGORY(id) PRIVACY_TIDY_ANNOTATE_("privacy:category:" id)

/*---------------------------------------------------------------------------
 * Steps. Place on a function or method declaration.
 *---------------------------------------------------------------------------*/

/* The result no longer relates to an identifiable person by any means
 * reasonably likely to be used (AVG recital 26). Data flowing through it is no
 * longer personal data. Only for irreversible aggregation or generalisation. */
#define PRIVACY_ANONYMIZER PRIVACY_TIDY_ANNOTATE_("privacy:anonymizer")

/* The result can be linked back to the person with additional information
 * kept separately (a key, a lookup table, a salt): hashing an IMSI, a
 * tokenised MSISDN. Still personal data (AVG art. 4(5), recital 26): the
 * checks record the step but keep reporting the path. */
#define PRIVACY_PSEUDONYMIZER PRIVACY_TIDY_ANNOTATE_("privacy:pseudonymizer")

/* A function that returns true (non-zero) only when a recorded consent of
 * the data subject for `purpose` (a string literal such as "marketing")
 * exists (AVG art. 6(1)(a), 7(1); Tw 11.5 lid 3, 11.5a). Sinks reached only
 * on its true branch are covered for a matching purpose. */
#define PRIVACY_CONSENT_CHECK(purpose)                                         \
  PRIVACY_TIDY_ANNOTATE_ARG_("privacy:consent", purpose)

/*---------------------------------------------------------------------------
 * Sinks: where data leaves the program's control. Place on a function or
 * method (every argument, and the object for a method, flows into the sink)
 * or on individual parameters (only those arguments do).
 *---------------------------------------------------------------------------*/

/* Writes to a log, trace, console or crash report. */
#define PRIVACY_LOG_SINK PRIVACY_TIDY_ANNOTATE_("privacy:sink:log")

/* Sends data to another party or system - a partner API, a file for a third
 * party, an analytics feed. */
#define PRIVACY_EXPORT_SINK PRIVACY_TIDY_ANNOTATE_("privacy:sink:export")

/* Stores data beyond the call - database, archive, persistent queue. Combine
 * with PRIVACY_RETENTION_DAYS. */
#define PRIVACY_RETAIN_SINK PRIVACY_TIDY_ANNOTATE_("privacy:sink:retain")

/* The purpose a sink serves (a string literal such as "billing"). Matched
 * against PRIVACY_CONSENT_CHECK purposes and against the purposes the law
 * allows without consent (traffic data for "billing", Tw 11.5 lid 2). Place
 * beside the sink annotation. */
#define PRIVACY_PURPOSE(purpose)                                               \
  PRIVACY_TIDY_ANNOTATE_ARG_("privacy:purpose", purpose)

/* How long a retain sink keeps the data, in days (an integer constant
 * expression). Storage limitation (AVG art. 5(1)(e)) needs a declared period
 * no longer than the category's maximum. Place beside PRIVACY_RETAIN_SINK. */
#define PRIVACY_RETENTION_DAYS(days)                                           \
  PRIVACY_TIDY_ANNOTATE_ARG_("privacy:retention_days", days)

/*---------------------------------------------------------------------------
 * What a call does to the objects it is given: the model keys `deletes`,
 * `links` and a propagation's `at` (docs/models.md), for functions you can
 * annotate. Place on a parameter (the argument passed there); where said,
 * on a method (its object) or a function (its result).
 *---------------------------------------------------------------------------*/

/* The call removes data from this argument (a container, a table, a pool)
 * or frees it: it stores nothing and returns nothing personal, so putting
 * the object back is no retention. On a method: its object.
 *   void ue_table_del(PRIVACY_DELETES struct ue_table *t, const char *imsi);
 */
#define PRIVACY_DELETES PRIVACY_TIDY_ANNOTATE_("privacy:deletes")

/* As PRIVACY_DELETES, but only when argument `index` (an integer constant,
 * counted from 0) is a null pointer constant; otherwise the call is what it
 * is without the annotation (a store):
 *   void table_set(PRIVACY_DELETES_WHEN_NULL(2) struct table *t,
 *                  const char *key, void *value);
 */
#define PRIVACY_DELETES_WHEN_NULL(index)                                       \
  PRIVACY_TIDY_ANNOTATE_ARG_("privacy:deletes_when_null", index)

/* This argument stays attached to argument `container` (an index, or "this"
 * for the object of a method): what is written into it after the call is
 * in the container too, so the container's later export carries it.
 *   void tree_add(struct tree *root, PRIVACY_LINKS_INTO(0) struct node *n);
 * On a function: its result points into the container.
 *   PRIVACY_LINKS_INTO(0) uint8_t *msgb_put(struct msgb *msg, unsigned len);
 */
#define PRIVACY_LINKS_INTO(container)                                          \
  PRIVACY_TIDY_ANNOTATE_ARG_("privacy:links_into", container)

/* This argument's data lands in the field `path` (a string literal: "imsi",
 * "id.digits"; at most 3 fields) of the function's result: a builder. As
 * with a model's `propagate`, the annotated parameters are then the only
 * arguments whose data the result carries.
 *   struct ue *ue_new(PRIVACY_RETURNED_AT("imsi") const char *imsi, int n);
 */
#define PRIVACY_RETURNED_AT(path)                                              \
  PRIVACY_TIDY_ANNOTATE_ARG_("privacy:returned_at", path)

/* The same for a builder that fills argument `dest` (an index): this
 * argument's data lands in the field `path` of that argument.
 *   void mi_encode(struct mobile_identity *mi,
 *                  PRIVACY_WRITTEN_AT(0, "id.digits") const char *imsi);
 */
#define PRIVACY_WRITTEN_AT(dest, path)                                         \
  PRIVACY_TIDY_ANNOTATE_ARG2_("privacy:written_at", dest, path)

#endif /* PRIVACY_TIDY_ANNOTATIONS_H */
