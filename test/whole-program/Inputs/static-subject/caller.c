#include <privacy/annotations.h>

void remember(const char *text);

void on_attach(PRIVACY_SUBSCRIBER_ID const char *imsi) { remember(imsi); }

void on_count(const char *counter) { remember(counter); }
