/* No includes: compiled for ARM by the cross-compiler test. */
int answer(void) { return 42; }
