# Tuple packing and unpacking: `a, b = b, a` evaluates every value before storing any.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = a + b, a - b, a * b
print(x, y, z)
l = [0, 0]
i = 0
i, l[i] = 1, 5                               # the target l[i] is evaluated after i is stored
print(i, l)


def pair(n):
    return n, n * n


for n in range(3):
    p, q = pair(n)
    print(p, q)
first, second = "hi"
print(first, second)
u, v = [7, 8]
print(u, v)
d = {"k": 1, "j": 2}
k1, k2 = d
print(k1, k2)
t = (1, 2, 3)
r, s, w = t
print(r + s + w)
[m, n] = 3, 4
print(m, n)
a, b, c, d4 = 4, 3, 2, 1
a, b, c, d4 = d4, c, b, a
print(a, b, c, d4)
params = {"Waa": 1, "Wax": 2, "Wya": 3, "by": 4, "b": 5}
Waa, Wax, Wya, by, b = params["Waa"], params["Wax"], params["Wya"], params["by"], params["b"]
print(Waa, Wax, Wya, by, b)
a, a, a, a, a = 1, 2, 3, 4, 5                # stored left to right: the last one stays
print(a)
try:
    q1, q2, q3, q4 = 1, 2, 3, undefined_name
except NameError as e:
    print("NameError:", e, q1 if "q1" in dir() else "q1 unbound")
head, *tail = 1, 2, 3
print(head, tail)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)

# expect: 2 1
# expect: 3 1 2
# expect: 1 [0, 5]
# expect: 0 0
# expect: 1 1
# expect: 2 4
# expect: h i
# expect: 7 8
# expect: k j
# expect: 6
# expect: 3 4
# expect: 1 2 3 4
# expect: 1 2 3 4 5
# expect: 5
# expect: NameError: name 'undefined_name' is not defined q1 unbound
# expect: 1 [2, 3]
# expect: ValueError: too many values to unpack (expected 2)
# expect: ValueError: not enough values to unpack (expected 3, got 2)
# expect: TypeError: cannot unpack non-iterable int object
