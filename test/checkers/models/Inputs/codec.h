// A codec library without annotations: how data moves through it is in
// codec.json.
#ifndef CODEC_H
#define CODEC_H

namespace codec {
// Appends src to the buffer dst.
void append(char *dst, const char *src);
// Returns the value quoted for a query; the style argument is not copied.
const char *quote(const char *style, const char *value);
// The number of digits; not the data.
int digits(const char *value);
int checksum(const char *value);
// The name of the country a number belongs to; not the data.
const char *country(const char *value);
} // namespace codec

#endif
