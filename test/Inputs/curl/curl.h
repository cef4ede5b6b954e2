/*
** Mock of libcurl 8.x <curl/curl.h> for the privacy-tidy tests.
**
** A faithful subset of the real C interface: CURL as `void`, CURLoption
** built with the real CURLOPT(name, type, number) scheme and the same
** numeric values, the variadic curl_easy_setopt, and the same wrapping the
** real header applies to it: in GNU C (not C++) it becomes a statement
** expression that type-checks the value before calling the function (the
** real typecheck-gcc.h, cut down to the string/postfields checks); elsewhere
** a same-name macro that only enforces three arguments. Define
** CURL_DISABLE_TYPECHECK to get the plain form in C, as with the real
** header. Usable from C and C++. Declarations only.
*/
#ifndef CURLINC_CURL_H
#define CURLINC_CURL_H

#include <stddef.h>
#include <stdio.h>

#define LIBCURL_VERSION "8.5.0"
#define LIBCURL_VERSION_NUM 0x080500

#ifdef __cplusplus
extern "C" {
#endif

#define CURL_EXTERN

typedef void CURL;
typedef void CURLSH;
typedef long long curl_off_t;

struct curl_slist {
  char *data;
  struct curl_slist *next;
};

typedef size_t (*curl_write_callback)(char *buffer, size_t size,
                                      size_t nitems, void *outstream);
typedef size_t (*curl_read_callback)(char *buffer, size_t size,
                                     size_t nitems, void *instream);

typedef enum {
  CURLE_OK = 0,
  CURLE_UNSUPPORTED_PROTOCOL,  /* 1 */
  CURLE_FAILED_INIT,           /* 2 */
  CURLE_URL_MALFORMAT,         /* 3 */
  CURLE_NOT_BUILT_IN,          /* 4 */
  CURLE_COULDNT_RESOLVE_PROXY, /* 5 */
  CURLE_COULDNT_RESOLVE_HOST,  /* 6 */
  CURLE_COULDNT_CONNECT,       /* 7 */
  CURLE_OPERATION_TIMEDOUT = 28,
  CURLE_SSL_CONNECT_ERROR = 35,
  CURLE_SEND_ERROR = 55,
  CURLE_RECV_ERROR = 56,
  CURL_LAST /* never use! */
} CURLcode;

#define CURLOPTTYPE_LONG 0
#define CURLOPTTYPE_OBJECTPOINT 10000
#define CURLOPTTYPE_FUNCTIONPOINT 20000
#define CURLOPTTYPE_OFF_T 30000
#define CURLOPTTYPE_BLOB 40000
#define CURLOPTTYPE_STRINGPOINT CURLOPTTYPE_OBJECTPOINT
#define CURLOPTTYPE_SLISTPOINT CURLOPTTYPE_OBJECTPOINT
#define CURLOPTTYPE_CBPOINT CURLOPTTYPE_OBJECTPOINT
#define CURLOPTTYPE_VALUES CURLOPTTYPE_LONG

#define CURLOPT(na, t, nu) na = t + nu

typedef enum {
  CURLOPT(CURLOPT_WRITEDATA, CURLOPTTYPE_CBPOINT, 1),
  CURLOPT(CURLOPT_URL, CURLOPTTYPE_STRINGPOINT, 2),
  CURLOPT(CURLOPT_PORT, CURLOPTTYPE_LONG, 3),
  CURLOPT(CURLOPT_PROXY, CURLOPTTYPE_STRINGPOINT, 4),
  CURLOPT(CURLOPT_USERPWD, CURLOPTTYPE_STRINGPOINT, 5),
  CURLOPT(CURLOPT_READDATA, CURLOPTTYPE_CBPOINT, 9),
  CURLOPT(CURLOPT_ERRORBUFFER, CURLOPTTYPE_OBJECTPOINT, 10),
  CURLOPT(CURLOPT_WRITEFUNCTION, CURLOPTTYPE_FUNCTIONPOINT, 11),
  CURLOPT(CURLOPT_READFUNCTION, CURLOPTTYPE_FUNCTIONPOINT, 12),
  CURLOPT(CURLOPT_TIMEOUT, CURLOPTTYPE_LONG, 13),
  CURLOPT(CURLOPT_INFILESIZE, CURLOPTTYPE_LONG, 14),
  CURLOPT(CURLOPT_POSTFIELDS, CURLOPTTYPE_OBJECTPOINT, 15),
  CURLOPT(CURLOPT_REFERER, CURLOPTTYPE_STRINGPOINT, 16),
  CURLOPT(CURLOPT_USERAGENT, CURLOPTTYPE_STRINGPOINT, 18),
  CURLOPT(CURLOPT_COOKIE, CURLOPTTYPE_STRINGPOINT, 22),
  CURLOPT(CURLOPT_HTTPHEADER, CURLOPTTYPE_SLISTPOINT, 23),
  CURLOPT(CURLOPT_CUSTOMREQUEST, CURLOPTTYPE_STRINGPOINT, 36),
  CURLOPT(CURLOPT_VERBOSE, CURLOPTTYPE_LONG, 41),
  CURLOPT(CURLOPT_UPLOAD, CURLOPTTYPE_LONG, 46),
  CURLOPT(CURLOPT_POST, CURLOPTTYPE_LONG, 47),
  CURLOPT(CURLOPT_FOLLOWLOCATION, CURLOPTTYPE_LONG, 52),
  CURLOPT(CURLOPT_POSTFIELDSIZE, CURLOPTTYPE_LONG, 60),
  CURLOPT(CURLOPT_SSL_VERIFYPEER, CURLOPTTYPE_LONG, 64),
  CURLOPT(CURLOPT_CAINFO, CURLOPTTYPE_STRINGPOINT, 65),
  CURLOPT(CURLOPT_CONNECTTIMEOUT, CURLOPTTYPE_LONG, 78),
  CURLOPT(CURLOPT_NOSIGNAL, CURLOPTTYPE_LONG, 99),
  CURLOPT(CURLOPT_POSTFIELDSIZE_LARGE, CURLOPTTYPE_OFF_T, 120),
  CURLOPT(CURLOPT_COPYPOSTFIELDS, CURLOPTTYPE_OBJECTPOINT, 165),
  CURLOPT(CURLOPT_USERNAME, CURLOPTTYPE_STRINGPOINT, 173),
  CURLOPT(CURLOPT_PASSWORD, CURLOPTTYPE_STRINGPOINT, 174),
  CURLOPT(CURLOPT_MAIL_FROM, CURLOPTTYPE_STRINGPOINT, 186),
  CURLOPT(CURLOPT_MAIL_RCPT, CURLOPTTYPE_SLISTPOINT, 187),
  CURLOPT(CURLOPT_XOAUTH2_BEARER, CURLOPTTYPE_STRINGPOINT, 220),
  CURLOPT(CURLOPT_MIMEPOST, CURLOPTTYPE_OBJECTPOINT, 269),
  CURLOPT_LASTENTRY /* the last unused */
} CURLoption;

#define CURLINFO_STRING 0x100000
#define CURLINFO_LONG 0x200000
#define CURLINFO_DOUBLE 0x300000
#define CURLINFO_SLIST 0x400000
#define CURLINFO_OFF_T 0x600000

typedef enum {
  CURLINFO_NONE,
  CURLINFO_EFFECTIVE_URL = CURLINFO_STRING + 1,
  CURLINFO_RESPONSE_CODE = CURLINFO_LONG + 2,
  CURLINFO_TOTAL_TIME = CURLINFO_DOUBLE + 3,
  CURLINFO_CONTENT_TYPE = CURLINFO_STRING + 18,
  CURLINFO_LASTONE = 62
} CURLINFO;

#define CURL_GLOBAL_SSL (1 << 0)
#define CURL_GLOBAL_WIN32 (1 << 1)
#define CURL_GLOBAL_ALL (CURL_GLOBAL_SSL | CURL_GLOBAL_WIN32)
#define CURL_GLOBAL_NOTHING 0
#define CURL_GLOBAL_DEFAULT CURL_GLOBAL_ALL

CURL_EXTERN CURLcode curl_global_init(long flags);
CURL_EXTERN void curl_global_cleanup(void);
CURL_EXTERN struct curl_slist *curl_slist_append(struct curl_slist *list,
                                                 const char *data);
CURL_EXTERN void curl_slist_free_all(struct curl_slist *list);
CURL_EXTERN char *curl_easy_escape(CURL *handle, const char *string,
                                   int length);
CURL_EXTERN char *curl_easy_unescape(CURL *handle, const char *string,
                                     int length, int *outlength);
CURL_EXTERN void curl_free(void *p);
CURL_EXTERN const char *curl_easy_strerror(CURLcode);

/* From <curl/easy.h>, which the real header includes. */
CURL_EXTERN CURL *curl_easy_init(void);
CURL_EXTERN CURLcode curl_easy_setopt(CURL *curl, CURLoption option, ...);
CURL_EXTERN CURLcode curl_easy_perform(CURL *curl);
CURL_EXTERN void curl_easy_cleanup(CURL *curl);
CURL_EXTERN CURLcode curl_easy_getinfo(CURL *curl, CURLINFO info, ...);
CURL_EXTERN CURL *curl_easy_duphandle(CURL *curl);
CURL_EXTERN void curl_easy_reset(CURL *curl);

#ifdef __cplusplus
} /* end of extern "C" */
#endif

/* The type checker does not work in C++, like the real one. */
#if defined(__GNUC__) && defined(__GNUC_MINOR__) &&                            \
    ((__GNUC__ > 4) || (__GNUC__ == 4 && __GNUC_MINOR__ >= 3)) &&              \
    !defined(__cplusplus) && !defined(CURL_DISABLE_TYPECHECK)

/* From <curl/typecheck-gcc.h>: warn at compile time when a constant option
 * is given a value of the wrong type. */
#define CURLWARNING(id, message)                                               \
  static void __attribute__((__warning__(message)))                            \
  __attribute__((__unused__)) __attribute__((__noinline__)) id(void) {         \
    __asm__("");                                                               \
  }

CURLWARNING(Wcurl_easy_setopt_err_string,
            "curl_easy_setopt expects a "
            "string ('char *' or char[]) argument for this option")
CURLWARNING(Wcurl_easy_setopt_err_postfields,
            "curl_easy_setopt expects a 'void *' or 'char *' argument for "
            "this option")

#define curlcheck_string_option(option)                                        \
  ((option) == CURLOPT_URL || (option) == CURLOPT_PROXY ||                     \
   (option) == CURLOPT_USERPWD || (option) == CURLOPT_REFERER ||               \
   (option) == CURLOPT_USERAGENT || (option) == CURLOPT_COOKIE ||              \
   (option) == CURLOPT_CUSTOMREQUEST || (option) == CURLOPT_CAINFO ||          \
   (option) == CURLOPT_USERNAME || (option) == CURLOPT_PASSWORD ||             \
   (option) == CURLOPT_MAIL_FROM || (option) == CURLOPT_XOAUTH2_BEARER || 0)
#define curlcheck_postfields_option(option)                                    \
  ((option) == CURLOPT_POSTFIELDS || (option) == CURLOPT_COPYPOSTFIELDS || 0)

#define curlcheck_NULL(expr)                                                   \
  (__builtin_types_compatible_p(__typeof__(expr), __typeof__(NULL)))
#define curlcheck_arr(expr, type)                                              \
  (curlcheck_ptr((expr), type) ||                                              \
   __builtin_types_compatible_p(__typeof__(expr), type[]))
#define curlcheck_ptr(expr, type)                                              \
  (curlcheck_NULL(expr) ||                                                     \
   __builtin_types_compatible_p(__typeof__(expr), type *))
#define curlcheck_string(expr)                                                 \
  (curlcheck_arr((expr), char) || curlcheck_arr((expr), signed char) ||        \
   curlcheck_arr((expr), unsigned char))
#define curlcheck_postfields(expr)                                             \
  (curlcheck_ptr((expr), void) || curlcheck_arr((expr), char) ||               \
   curlcheck_arr((expr), unsigned char))

#define curl_easy_setopt(handle, option, value)                                \
  __extension__({                                                              \
    if (__builtin_constant_p(option)) {                                        \
      if (curlcheck_string_option(option))                                     \
        if (!curlcheck_string(value))                                          \
          Wcurl_easy_setopt_err_string();                                      \
      if (curlcheck_postfields_option(option))                                 \
        if (!curlcheck_postfields(value))                                      \
          Wcurl_easy_setopt_err_postfields();                                  \
    }                                                                          \
    curl_easy_setopt(handle, option, value);                                   \
  })

#else
#if defined(__STDC__) && (__STDC__ >= 1)
/* Replaces a call with the same call, only to insist on three arguments. */
#define curl_easy_setopt(handle, opt, param) curl_easy_setopt(handle, opt, param)
#define curl_easy_getinfo(handle, info, arg) curl_easy_getinfo(handle, info, arg)
#endif
#endif

#endif /* CURLINC_CURL_H */
