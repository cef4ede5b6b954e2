// Every documented placement of the annotations in C: clang keeps each one
// in the AST with the exact string the engine reads; GCC, which has no
// annotate attribute, compiles the same code with the macros expanded to
// nothing.
//
// RUN: %clang -fsyntax-only -std=c99 -Wall -Wextra -Wpedantic -Werror -I %annotations_include %s
// RUN: %clang -fsyntax-only -std=c11 -Wall -Wextra -Wpedantic -Werror -I %annotations_include %s
// RUN: gcc -fsyntax-only -std=c99 -Wall -Wextra -Wpedantic -Werror -x c -I %annotations_include %s
// RUN: %clang -fsyntax-only -std=c99 -I %annotations_include -Xclang -ast-dump %s | FileCheck %s

#include <privacy/annotations.h>

// A category on a type definition: every object of the type carries it.
struct PRIVACY_LOCATION_DATA CellId {
  int Mcc;
  int Mnc;
  unsigned Lac;
  unsigned Ci;
};
// CHECK-LABEL: RecordDecl {{.*}} struct CellId definition
// CHECK-NEXT: AnnotateAttr {{.*}} "privacy:category:location"

union PRIVACY_COMMUNICATION_CONTENT Payload {
  char Sms[160];
  unsigned char Ussd[182];
};
// CHECK-LABEL: RecordDecl {{.*}} union Payload definition
// CHECK-NEXT: AnnotateAttr {{.*}} "privacy:category:content"

enum PRIVACY_PERSONAL_DATA Gender { GenderUnknown, GenderFemale, GenderMale };
// CHECK-LABEL: EnumDecl {{.*}} Gender
// CHECK-NEXT: AnnotateAttr {{.*}} "privacy:category:personal"

// A typedef: the attribute may precede the type or follow the name.
typedef PRIVACY_SUBSCRIBER_ID unsigned long long imsi_t;
// CHECK-LABEL: TypedefDecl {{.*}} imsi_t 'unsigned long long'
// CHECK-NEXT: BuiltinType
// CHECK-NEXT: AnnotateAttr {{.*}} "privacy:category:subscriber_id"

typedef const char *msisdn_t PRIVACY_SUBSCRIBER_ID;
// CHECK-LABEL: TypedefDecl {{.*}} msisdn_t 'const char *'
// CHECK: AnnotateAttr {{.*}} "privacy:category:subscriber_id"

// Fields: before the type or after the declarator.
struct Cdr {
  PRIVACY_SUBSCRIBER_ID const char *Caller;
  const char *Callee PRIVACY_SUBSCRIBER_ID;
  PRIVACY_TRAFFIC_DATA long DurationSeconds;
  struct CellId Cell; // a location through its type
};
// CHECK-LABEL: FieldDecl {{.*}} Caller 'const char *'
// CHECK-NEXT: AnnotateAttr {{.*}} "privacy:category:subscriber_id"
// CHECK-LABEL: FieldDecl {{.*}} Callee 'const char *'
// CHECK-NEXT: AnnotateAttr {{.*}} "privacy:category:subscriber_id"
// CHECK-LABEL: FieldDecl {{.*}} DurationSeconds 'long'
// CHECK-NEXT: AnnotateAttr {{.*}} "privacy:category:traffic"

// A global variable.
PRIVACY_PERSONAL_DATA char OperatorContactName[64];
// CHECK-LABEL: VarDecl {{.*}} OperatorContactName 'char[64]'
// CHECK-NEXT: AnnotateAttr {{.*}} "privacy:category:personal"

// A function: the category applies to its return value.
PRIVACY_LOCATION_DATA struct CellId currentCell(imsi_t Imsi);
// CHECK-LABEL: FunctionDecl {{.*}} currentCell 'struct CellId (imsi_t)'
// CHECK-NEXT: ParmVarDecl
// CHECK-NEXT: AnnotateAttr {{.*}} "privacy:category:location"

// Steps.
PRIVACY_ANONYMIZER int cellToRegion(struct CellId Cell);
// CHECK-LABEL: FunctionDecl {{.*}} cellToRegion 'int (struct CellId)'
// CHECK-NEXT: ParmVarDecl
// CHECK-NEXT: AnnotateAttr {{.*}} "privacy:anonymizer"

PRIVACY_PSEUDONYMIZER unsigned long long hashImsi(imsi_t Imsi);
// CHECK-LABEL: FunctionDecl {{.*}} hashImsi 'unsigned long long (imsi_t)'
// CHECK-NEXT: ParmVarDecl
// CHECK-NEXT: AnnotateAttr {{.*}} "privacy:pseudonymizer"

PRIVACY_CONSENT_CHECK("marketing") int hasMarketingConsent(imsi_t Imsi);
// CHECK-LABEL: FunctionDecl {{.*}} hasMarketingConsent 'int (imsi_t)'
// CHECK-NEXT: ParmVarDecl
// CHECK-NEXT: AnnotateAttr {{.*}} "privacy:consent"
// CHECK: StringLiteral {{.*}} "marketing"

// Sinks on a whole function; the attribute may also follow the declarator.
void logLine(const char *Format, ...) PRIVACY_LOG_SINK;
// CHECK-LABEL: FunctionDecl {{.*}} logLine 'void (const char *, ...)'
// CHECK-NEXT: ParmVarDecl
// CHECK-NEXT: AnnotateAttr {{.*}} "privacy:sink:log"

// A redeclaration (the definition in the .c file) inherits the annotation.
void logLine(const char *Format, ...) { (void)Format; }
// CHECK-LABEL: FunctionDecl {{.*}} prev {{.*}} logLine 'void (const char *, ...)'
// CHECK: AnnotateAttr {{.*}} Inherited "privacy:sink:log"

PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("statistics")
void sendToPartner(const void *Data, unsigned long Size);
// CHECK-LABEL: FunctionDecl {{.*}} sendToPartner 'void (const void *, unsigned long)'
// CHECK: AnnotateAttr {{.*}} "privacy:sink:export"
// CHECK-NEXT: AnnotateAttr {{.*}} "privacy:purpose"
// CHECK: StringLiteral {{.*}} "statistics"

PRIVACY_RETAIN_SINK PRIVACY_PURPOSE("billing") PRIVACY_RETENTION_DAYS(30 * 6)
int storeCdr(const struct Cdr *Record);
// CHECK-LABEL: FunctionDecl {{.*}} storeCdr 'int (const struct Cdr *)'
// CHECK-NEXT: ParmVarDecl
// CHECK-NEXT: AnnotateAttr {{.*}} "privacy:sink:retain"
// CHECK-NEXT: AnnotateAttr {{.*}} "privacy:purpose"
// CHECK: StringLiteral {{.*}} "billing"
// CHECK: AnnotateAttr {{.*}} "privacy:retention_days"
// CHECK-NEXT: ConstantExpr {{.*}} 'int'
// CHECK-NEXT: value: Int 180

// A sink on one parameter: only that argument reaches the log.
void traceEvent(int Level, PRIVACY_LOG_SINK const char *Text);
// CHECK-LABEL: FunctionDecl {{.*}} traceEvent 'void (int, const char *)'
// CHECK-NEXT: ParmVarDecl {{.*}} Level 'int'
// CHECK-NEXT: ParmVarDecl {{.*}} Text 'const char *'
// CHECK-NEXT: AnnotateAttr {{.*}} "privacy:sink:log"

// A category on a parameter and on a local variable.
void chargeCall(PRIVACY_TRAFFIC_DATA long Seconds) {
  PRIVACY_TRAFFIC_DATA long Units = Seconds / 60;
  (void)Units;
}
// CHECK-LABEL: FunctionDecl {{.*}} chargeCall 'void (long)'
// CHECK-NEXT: ParmVarDecl {{.*}} Seconds 'long'
// CHECK-NEXT: AnnotateAttr {{.*}} "privacy:category:traffic"
// CHECK: VarDecl {{.*}} Units 'long' cinit
// CHECK: AnnotateAttr {{.*}} "privacy:category:traffic"

#if PRIVACY_TIDY_ANNOTATIONS_VERSION != 1
#error "unexpected PRIVACY_TIDY_ANNOTATIONS_VERSION"
#endif
