# One attribute site meeting instances of several classes, attributes added late, deleted,
# shadowing methods, and instances of the same class with different attribute sets.
class A:
    def __init__(self):
        self.x = 1

    def get(self):
        return self.x


class B:
    def __init__(self):
        self.y = 2
        self.x = 3


class C(A):
    def __init__(self):
        self.z = 0
        super().__init__()


def read_x(o):
    return o.x


for o in [A(), B(), C(), A(), B()]:
    print(type(o).__name__, read_x(o), o.get() if hasattr(o, "get") else "-")

a1 = A()
a2 = A()
a2.extra = "late"
print(hasattr(a1, "extra"), hasattr(a2, "extra"), a2.extra)
for o in [a1, a2, a1]:
    print(getattr(o, "extra", "missing"))

del a2.x
print(hasattr(a2, "x"), a2.__dict__)
a2.x = 10
print(a2.get(), sorted(vars(a2).items()))

# An instance attribute hides a method of the same name.
a1.get = lambda: "instance wins"
for o in [a2, a1, a2]:
    print(o.get())

# Setting in a loop through one site.
objects = [A() for _ in range(3)]
for i, o in enumerate(objects):
    o.x = i * i
print([o.x for o in objects])

try:
    print(a1.missing)
except AttributeError as e:
    print("AttributeError:", e)

e = ValueError("bad")
e.note = "attached"
print(e.args, e.note)
del a2.x
print(a2.x)

# expect: A 1 1
# expect: B 3 -
# expect: C 1 1
# expect: A 1 1
# expect: B 3 -
# expect: False True late
# expect: missing
# expect: late
# expect: missing
# expect: False {'extra': 'late'}
# expect: 10 [('extra', 'late'), ('x', 10)]
# expect: 10
# expect: instance wins
# expect: 10
# expect: [0, 1, 4]
# expect: AttributeError: 'A' object has no attribute 'missing'
# expect: ('bad',) attached
# expect error: AttributeError: 'A' object has no attribute 'x'
