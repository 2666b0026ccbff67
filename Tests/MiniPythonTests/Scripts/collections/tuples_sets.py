t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, (1,), (), tuple([1, 2]))
print(t.index(2), t.count(1), 2 in t, (1, 2) < (1, 3), (1, 2) == (1, 2))
a, b, c = t
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
first, *middle, last = range(6)
print(first, middle, last)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (u, v) in enumerate([(1, 2), (3, 4)]):
    print(i, u, v)
s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s), 1 in s, 9 in s)
s.discard(9)
s.remove(1)
print(sorted(s), sorted(s | {10}), sorted(s & {2, 3}), sorted(s - {2}), sorted(s ^ {2, 99}))
print(sorted(set("hello")), set(), len(set([1, 1, 2])), {1, 2} == {2, 1}, {1, 2}.issubset({1, 2, 3}))
print(sorted({x % 3 for x in range(10)}), sorted(set([1, 2]).union([3])))

# expect: (1, 2, 3) 1 3 (2, 3) 3 (1, 2, 3, 4) (1, 2, 3, 1, 2, 3) (1,) () (1, 2)
# expect: 1 1 True True True
# expect: 1 2 3
# expect: 2 1
# expect: 0 [1, 2, 3, 4] 5
# expect: 1 2 3
# expect: 0 1 2
# expect: 1 3 4
# expect: [1, 2, 3, 4] 4 True False
# expect: [2, 3, 4] [2, 3, 4, 10] [2, 3] [3, 4] [3, 4, 99]
# expect: ['e', 'h', 'l', 'o'] set() 2 True True
# expect: [0, 1, 2] [1, 2, 3]
