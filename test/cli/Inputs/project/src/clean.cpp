// No personal data here.
int add(int a, int b) { return a + b; }
