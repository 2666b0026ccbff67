# Calls with keyword arguments: the call site fills the callee's slots directly when it can, and
# falls back to Python's general binding rules (and their errors) when it cannot.
def layer(x, w=2, b=1, scale=1.0):
    return (x * w + b) * scale


def show(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)


for i in range(3):
    print(layer(i, b=10), layer(i, scale=0.5, w=3), layer(x=i), layer(i, 4, scale=2))

print(layer(1, b=0), layer(2, b=0))          # the same call site, twice


def fewer(x, b=5):
    return x - b


f = layer
print(f(1, b=3))
f = fewer                                   # a new callee at the same call site
print(f(1, b=3))
f = print
f(1, 2, sep="-")                            # a built-in at that call site
f = dict
print(f(a=1, b=2))


def defaults_changed(x, b=1):
    return x + b


g = defaults_changed
print(g(1, b=2))


class Model:
    def __init__(self, units, activation="relu"):
        self.units = units
        self.activation = activation


m = Model(3, activation="tanh")
print(m.units, m.activation)

order = []


def note(tag, value):
    order.append(tag)
    return value


print(layer(note("x", 1), scale=note("scale", 2), w=note("w", 3)))
print(order)

try:
    layer(1, x=2)
except TypeError as e:
    print("TypeError:", e)
try:
    layer(1, c=2)
except TypeError as e:
    print("TypeError:", e)
try:
    layer(w=2)
except TypeError as e:
    print("TypeError:", e)
try:
    layer(1, 2, 3, 4, 5, b=1)
except TypeError as e:
    print("TypeError:", e)


def kwonly(x, *, k=3):
    return x * k


print(kwonly(2, k=4), kwonly(2))


def rest(x, **extra):
    return sorted(extra.items())


print(rest(1, a=2, b=3))


def first(a, k=0, j=0):
    return ("first", a, k, j)


def second(a, j=0, k=0):
    return ("second", a, k, j)


def site(fn, n):
    # One call site, re-entered with another callee while its own arguments are evaluated.
    return fn(n, j=1, k=site(second, n - 1) if n > 0 else 0)


print(site(first, 2))

# expect: 10.0 0.5 1.0 2
# expect: 12.0 2.0 3.0 10
# expect: 14.0 3.5 5.0 18
# expect: 2.0 4.0
# expect: 5.0
# expect: -2
# expect: 1-2
# expect: {'a': 1, 'b': 2}
# expect: 3
# expect: 3 tanh
# expect: 8
# expect: ['x', 'scale', 'w']
# expect: TypeError: layer() got multiple values for argument 'x'
# expect: TypeError: layer() got an unexpected keyword argument 'c'
# expect: TypeError: layer() missing 1 required positional argument: 'x'
# expect: TypeError: layer() got multiple values for argument 'b'
# expect: 8 6
# expect: [('a', 2), ('b', 3)]
# expect: ('first', 2, ('second', 1, ('second', 0, 0, 1), 1), 1)
