/* Compiled with -DLABEL="two words": breaks if the command is split wrongly. */
static const char label[] = LABEL;
const char *quoted_label(void) { return label; }
