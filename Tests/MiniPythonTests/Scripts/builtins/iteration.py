print(list(enumerate(["a", "b"])), list(zip([1, 2], [3, 4], [5, 6])), list(zip()))
print(sorted([3, 1, 2]), sorted(["b", "A", "a"]), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(sorted(["ccc", "a", "bb"], key=len, reverse=True), list(reversed([1, 2, 3])))
print(min([3, 1, 2]), max("hello"), min([], default=0), max([1, 5, 3], key=lambda v: -v))
print(sum(range(101)), sum([[1], [2]], []), sum([0.5, 0.25], 1))
print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]))
it = iter([10, 20])
print(next(it), next(it), next(it, "done"))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20])), list(filter(None, [0, 1, "", "x"])))
print(len({"a": 1}), len("abc"), len((1, 2)), len(range(10)), len(set()))
print(isinstance(1, (str, int)), isinstance("s", str), isinstance([], list), isinstance({}, dict))
print(type(1), type("s"), type([]), type(None), type(len), type(1.0) is float, type(True) == bool)
print(int, str, bool(0), bool(""), bool("0"), bool([]), bool(None), bool(0.1))
print(list(), dict(), tuple(), str(), int(), float(), set())
print(list((1, 2)), tuple([1]), list({"k": 1}), list("ab"), set([1]) == {1})
print(abs(-1), chr(97), ord("A"), hash(1) == hash(1.0), id(1) == id(1))
print(repr([1, "a", None, 1.5, (1,)]), str("x"), repr({"k": [1.0]}))
print(divmod(17, 5), pow(2, 5), round(3.14159, 3), round(-0.5))
print("append" in dir([]), "sort" in dir(list), callable(print))

# expect: [(0, 'a'), (1, 'b')] [(1, 3, 5), (2, 4, 6)] []
# expect: [1, 2, 3] ['A', 'a', 'b'] [(1, 'z'), (2, 'a'), (2, 'b')]
# expect: ['ccc', 'bb', 'a'] [3, 2, 1]
# expect: 1 o 0 1
# expect: 5050 [1, 2] 1.75
# expect: False True True False
# expect: 10 20 done
# expect: [11, 22] [1, 'x']
# expect: 1 3 2 10 0
# expect: True True True True
# expect: <class 'int'> <class 'str'> <class 'list'> <class 'NoneType'> <class 'builtin_function_or_method'> True True
# expect: <class 'int'> <class 'str'> False False True False False True
# expect: [] {} ()  0 0.0 set()
# expect: [1, 2] (1,) ['k'] ['a', 'b'] True
# expect: 1 a 65 True True
# expect: [1, 'a', None, 1.5, (1,)] x {'k': [1.0]}
# expect: (3, 2) 32 3.142 0
# expect: True True True
