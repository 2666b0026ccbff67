# A dict growing, shrinking and refilling keeps Python's order and finds every key.
d = {}
for i in range(200):
    d["k" + str(i)] = i
for i in range(0, 200, 3):
    del d["k" + str(i)]
print(len(d), list(d)[:5], d["k199"])
for i in range(0, 200, 3):
    d["k" + str(i)] = -i
print(len(d), list(d)[-3:], d["k0"], sum(d.values()))

# Keys that compare equal are one key: 1, 1.0, True; 0, 0.0, -0.0, False.
n = {}
n[1] = "int"
n[1.0] = "float"
n[True] = "bool"
n[0] = "zero"
n[-0.0] = "minus zero"
n[2.5] = "half"
print(n, n[1], n[0.0], n[False], n.get(2.5), n.get(3))

# Tuples, None, strings that look alike.
t = {(1, 2): "a", (1, 2.0, "x"): "b", None: "none", "": "empty", "a": 1, "A": 2}
print(t[(1.0, 2)], t[(1, 2, "x")], t[None], t[""], t["a"], t["A"])
print("é" in {"é": 1}, "e" in {"é": 1})

# Many removals then a pop of everything.
m = {i: i * i for i in range(100)}
for i in range(100):
    if i % 2:
        m.pop(i)
print(len(m), list(m.items())[:4], m.get(98), m.get(99))
while m:
    m.popitem()
print(m, len(m))
m["again"] = 1
print(m)

try:
    print(d["nope"])
except KeyError as e:
    print("KeyError", e)
d.clear()
d["after clear"] = True
print(d)

# expect: 133 ['k1', 'k2', 'k4', 'k5', 'k7'] 199
# expect: 200 ['k192', 'k195', 'k198'] 0 6634
# expect: {1: 'bool', 0: 'minus zero', 2.5: 'half'} bool minus zero minus zero half None
# expect: a b none empty 1 2
# expect: True False
# expect: 50 [(0, 0), (2, 4), (4, 16), (6, 36)] 9604 None
# expect: {} 0
# expect: {'again': 1}
# expect: KeyError 'nope'
# expect: {'after clear': True}
