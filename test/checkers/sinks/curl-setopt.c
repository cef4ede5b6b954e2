// RUN: %clang_tidy --checks='-*,privacy-export' %s -- -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-export' %s -- -x c++ -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// curl_easy_setopt exports its value only for the options that send it:
// CURLOPT_POSTFIELDS, CURLOPT_COPYPOSTFIELDS and CURLOPT_URL. The header,
// like the real one, wraps the call in a same-name macro; C and C++ both run.

#include <privacy/annotations.h>
#include <curl/curl.h>
#include <stdio.h>

struct Subscriber {
  PRIVACY_SUBSCRIBER_ID char msisdn[16];
  PRIVACY_PERSONAL_DATA char email[64];
};

void post(CURL *h, const struct Subscriber *s) {
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, s->msisdn);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier '{{.*}}msisdn' is exported without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-export]
  // CHECK: :15:30: note: 'msisdn' is declared subscriber identifier here
  curl_easy_setopt(h, CURLOPT_COPYPOSTFIELDS, s->email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data '{{.*}}email' is exported without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-export]
  char url[128];
  snprintf(url, sizeof url, "https://partner.example/v1/%s", s->msisdn);
  curl_easy_setopt(h, CURLOPT_URL, url);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier '{{.*}}msisdn' is exported
  // CHECK: :[[@LINE-3]]:3: note: flows into 'url' through 'snprintf()'
}

void other_options(CURL *h, const struct Subscriber *s, FILE *out) {
  // Options that do not send the value anywhere are not exports.
  curl_easy_setopt(h, CURLOPT_VERBOSE, (long)(s->msisdn[0] != 0));
  curl_easy_setopt(h, CURLOPT_WRITEDATA, (void *)s->email);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, out);
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, "status=ok");
  curl_easy_setopt(h, CURLOPT_URL, "https://partner.example/v1/ping");
}
