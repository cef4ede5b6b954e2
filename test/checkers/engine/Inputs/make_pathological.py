# Writes pathological translation units (issue 13): a ring of N mutually
# recursive functions, a chain of N calls, N instantiations of one template.
import sys
kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
head = ('#include <privacy/annotations.h>\nPRIVACY_LOG_SINK void log_v(long);\n'
        'struct S { PRIVACY_SUBSCRIBER_ID long imsi; };\n')
with open(out, 'w') as f:
    f.write(head)
    if kind == 'ring':
        for i in range(n):
            f.write('long f%d(long a, long b, int d);\n' % i)
        for i in range(n):
            f.write('long f%d(long a, long b, int d) { if (d > 0) { log_v(a); '
                    'return f%d(b, a, d - 1) + f%d(a, b, d - 2); } return a; }\n'
                    % (i, (i + 1) % n, (i * 7 + 3) % n))
        f.write('long run(S s) { return f0(s.imsi, 1, 10); }\n')
    elif kind == 'chain':
        f.write('long g%d(long a) { log_v(a); return a; }\n' % n)
        for i in range(n - 1, -1, -1):
            f.write('long g%d(long a) { return g%d(a) + 1; }\n' % (i, i + 1))
        f.write('long run(S s) { return g0(s.imsi); }\n')
    elif kind == 'deep':
        f.write('template <int N> struct D { static long go(long a) '
                '{ return D<N - 1>::go(a) + 1; } };\n')
        f.write('template <> struct D<0> { static long go(long a) '
                '{ log_v(a); return a; } };\n')
        f.write('long run(S s) { return D<%d>::go(s.imsi); }\n' % n)
    else:
        f.write('template <int N> long t(long a) { if (a) log_v(a); return a + N; }\n')
        for i in range(n):
            f.write('long u%d(S s) { return t<%d>(s.imsi); }\n' % (i, i))
