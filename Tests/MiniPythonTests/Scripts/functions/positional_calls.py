# Calls with four and more positional arguments fill the callee's frame directly; other
# callees and argument counts that do not fit take the general path and its errors.
def four(a, b, c, d):
    return a - b + c * d


def five(a, b, c, d, e=10, f=20):
    return [a, b, c, d, e, f]


for i in range(3):
    print(four(i, 1, 2, 3), five(i, 1, 2, 3), five(i, 1, 2, 3, 4), five(1, 2, 3, 4, 5, i))
print(four(*[1, 2, 3, 4]), max(3, 9, 4, 1), print(1, 2, 3, 4))


class Box:
    def __init__(self, a, b, c, d):
        self.total = a + b + c + d


print(Box(1, 2, 3, 4).total)
f = four
f = max
print(f(1, 2, 3, 4))
for call in [lambda: four(1, 2, 3), lambda: four(1, 2, 3, 4, 5), lambda: five(1, 2, 3, 4, 5, 6, 7)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def deep(n, a, b, c):
    return n if n == 0 else deep(n - 1, a, b, c) + 1


print(deep(50, 0, 0, 0))

# expect: 5 [0, 1, 2, 3, 10, 20] [0, 1, 2, 3, 4, 20] [1, 2, 3, 4, 5, 0]
# expect: 6 [1, 1, 2, 3, 10, 20] [1, 1, 2, 3, 4, 20] [1, 2, 3, 4, 5, 1]
# expect: 7 [2, 1, 2, 3, 10, 20] [2, 1, 2, 3, 4, 20] [1, 2, 3, 4, 5, 2]
# expect: 1 2 3 4
# expect: 11 9 None
# expect: 10
# expect: 4
# expect: TypeError: four() missing 1 required positional argument: 'd'
# expect: TypeError: four() takes 4 positional arguments but 5 were given
# expect: TypeError: five() takes from 4 to 6 positional arguments but 7 were given
# expect: 50
