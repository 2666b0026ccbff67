def make_counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


counter = make_counter()
counter()
counter(5)
print(counter())
other = make_counter()
print(other(), counter())


def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]


print([m(10) for m in make_multipliers()])


def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle


print(outer(1)(2)(3))
total = 0


def add_to_total(n):
    global total
    total += n


add_to_total(5)
add_to_total(7)
print(total)


def compose(f, g):
    return lambda x: f(g(x))


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))


def memo(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80))

# expect: 7
# expect: 1 8
# expect: [0, 10, 20, 30]
# expect: 6
# expect: 12
# expect: 11 12
# expect: 23416728348467685
