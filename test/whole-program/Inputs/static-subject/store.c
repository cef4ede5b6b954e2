// Keeps the last text it is given in static storage: a retention sink of
// its parameter, in the summary of remember().
static const char *last_text;

void remember(const char *text) { last_text = text; }
