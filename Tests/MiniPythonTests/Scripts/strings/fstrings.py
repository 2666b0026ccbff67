name = "Ada"
x = 3.14159265
n = 1234567
print(f"hello {name}!", f"{x:.3f}", f"{x:10.2f}|", f"{x:<10.2f}|", f"{x:^10.2f}|")
print(f"{n:,}", f"{n:_}", f"{n:>12,}", f"{42:08d}", f"{255:x}", f"{255:#X}", f"{5:b}")
print(f"{0.25:.1%}", f"{1e-5:.2e}", f"{123456.789:g}", f"{x:.3}", f"{2.0:.3}", f"{100.0:g}")
print(f"{name!r}", f"{name:>6}", f"{name:*<6}", f"{'mid':^9}|")
print(f"{x=:.2f}", f"{n=}", f"{{literal}}", f"{[1, 2][0] + 1}", f"{'nested' + '!'}")
w = 8
p = 2
print(f"{x:{w}.{p}f}|", f"{-3:+d}", f"{3:+d}", f"{-2.5:+.1f}", f"{7: d}")
print("{} {} {}".format(1, "two", 3.0), "{1} {0}".format("a", "b"), "{x:.2f}".format(x=2))
print("{:>5}|{:<5}|{:^5}|".format("r", "l", "c"), "{0[1]} {1[k]}".format([9, 8], {"k": "v"}))
print(format(3.14159, ".2f"), format(42, "5d"), format("s", ">3"), format(1.0))
print(f"{True} {None} {[1, 'a']} {(1,)} {{'a': 1}}")

# Fields nested in a spec take the next automatic argument after their field's own.
x, p, w = 3.14159, 2, 8
print("{:.{}f}".format(x, p), "{:>{}}|".format("ab", 5), "{0:{1}.{2}f}".format(x, w, 3))
print("{:{w}.{p}f}".format(x, w=w, p=3), f"{x:{w}.{p}f}|")

# expect: hello Ada! 3.142       3.14| 3.14      |    3.14   |
# expect: 1,234,567 1_234_567    1,234,567 00000042 ff 0XFF 101
# expect: 25.0% 1.00e-05 123457 3.14 2.0 100
# expect: 'Ada'    Ada Ada***    mid   |
# expect: x=3.14 n=1234567 {literal} 2 nested!
# expect:     3.14| -3 +3 -2.5  7
# expect: 1 two 3.0 b a 2.00
# expect:     r|l    |  c  | 8 v
# expect: 3.14    42   s 1.0
# expect: True None [1, 'a'] (1,) {'a': 1}
# expect: 3.14    ab|    3.142
# expect:    3.142     3.14|
