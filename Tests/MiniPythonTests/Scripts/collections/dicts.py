d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values())
for k, v in d.items():
    print(k, v)
d.update({"a": 10, "d": 4})
d.update(e=5)
print(d)
print(d.pop("a"), d.pop("zz", None), d)
print(d.setdefault("b", 99), d.setdefault("f", 6), d)
del d["b"]
print(d, sorted(d), {k: v for k, v in d.items() if v > 4})
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
nested = {"x": {"y": [1, 2]}}
nested["x"]["y"].append(3)
print(nested, dict(a=1, b=2), dict([("k", 1), ("j", 2)]), dict(zip("ab", [1, 2])))
print({1: "int", 1.0: "float"}, {(1, 2): "tuple"}[(1, 2)], {**{"a": 1}, "b": 2})
e = d.copy()
e["new"] = 1
print("new" in d, "new" in e, d == e, {} == {}, list({"z": 1, "a": 2}))

# expect: {'a': 1, 'b': 2, 'c': 3} 3 1 None 0 True True
# expect: ['a', 'b', 'c'] [1, 2, 3] [('a', 1), ('b', 2), ('c', 3)]
# expect: dict_keys(['a', 'b', 'c']) dict_values([1, 2, 3])
# expect: a 1
# expect: b 2
# expect: c 3
# expect: {'a': 10, 'b': 2, 'c': 3, 'd': 4, 'e': 5}
# expect: 10 None {'b': 2, 'c': 3, 'd': 4, 'e': 5}
# expect: 2 6 {'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}
# expect: {'c': 3, 'd': 4, 'e': 5, 'f': 6} ['c', 'd', 'e', 'f'] {'e': 5, 'f': 6}
# expect: {'the': 3, 'cat': 1, 'and': 2, 'hat': 1, 'bat': 1} the
# expect: {'x': {'y': [1, 2, 3]}} {'a': 1, 'b': 2} {'k': 1, 'j': 2} {'a': 1, 'b': 2}
# expect: {1: 'float'} tuple {'a': 1, 'b': 2}
# expect: False True False True ['z', 'a']
