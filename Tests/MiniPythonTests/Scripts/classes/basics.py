class Point:
    """A point in the plane."""
    dimensions = 2

    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


p = Point(3, 4)
print(p, p.norm2(), p.moved(1, 1), Point.dimensions, p.dimensions)
print(p == Point(3, 4), p != Point(0, 0), p + Point(1, 1), [p, Point(1)])
p.z = 5
print(p.z, hasattr(p, "z"), hasattr(p, "w"), getattr(p, "w", "none"))
setattr(p, "x", 10)
print(p.x, type(p).__name__, isinstance(p, Point), isinstance(3, Point))
method = p.norm2
print(method())


class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)
        return self

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        return self.items[index]

    def __str__(self):
        return "Stack" + str(self.items)


s = Stack().push(1).push(2).push(3)
print(len(s), s[0], s[-1], str(s), list(s), 2 in s, bool(Stack()))
print(s)


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        return x * 2


c = Counter()
print(c(2), c(5), c.calls, callable(c), callable(3))

# expect: Point(3, 4) 25 Point(4, 5) 2 2
# expect: True True Point(4, 5) [Point(3, 4), Point(1, 0)]
# expect: 5 True False none
# expect: 10 Point True False
# expect: 116
# expect: 3 1 3 Stack[1, 2, 3] [1, 2, 3] True False
# expect: Stack[1, 2, 3]
# expect: 4 10 2 True False
