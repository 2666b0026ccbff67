class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, kind, value, traceback):
        print("exit", self.name, kind is None)
        return False


with Timer("block") as t:
    print("inside", t.name)
try:
    with Timer("failing"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
items = [1, 2, 3, 4]
del items[0], items[-1]
print(items)
counter = 0


def bump():
    global counter
    counter += 1


for _ in range(3):
    bump()
print(counter)
gen = (i * i for i in range(4))
print(next(gen), list(gen))
pairs = dict(zip("abc", range(3)))
print(pairs, {v: k for k, v in pairs.items()})
matrix = [[1, 2], [3, 4]]
flat = [v for row in matrix for v in row if v % 2 == 0]
print(flat, list(map(list, zip(*matrix))))
print(*sorted({3: "c", 1: "a"}.items()))

# expect: enter block
# expect: inside block
# expect: exit block True
# expect: enter failing
# expect: exit failing False
# expect: propagated boom
# expect: name 'x' is not defined
# expect: [2, 3]
# expect: 3
# expect: 0 [1, 4, 9]
# expect: {'a': 0, 'b': 1, 'c': 2} {0: 'a', 1: 'b', 2: 'c'}
# expect: [2, 4] [[1, 3], [2, 4]]
# expect: (1, 'a') (3, 'c')
