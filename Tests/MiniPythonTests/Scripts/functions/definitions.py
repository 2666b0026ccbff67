def greet(name, greeting="Hello", punctuation="!"):
    return greeting + ", " + name + punctuation


print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punctuation="?"), greet(greeting="Yo", name="Di"))


def total(*args, **kwargs):
    return sum(args), sorted(kwargs.items())


print(total(1, 2, 3, a=1, b=2), total())
values = [1, 2, 3]
options = {"sep": "-", "end": "!\n"}
print(*values, **options)


def keyword_only(a, *, scale=2):
    return a * scale


print(keyword_only(3), keyword_only(3, scale=10))


def no_return():
    pass


print(no_return())


def fact(n):
    """Computes n! recursively."""
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20), fact.__name__)
square = lambda v: v * v
print(square(7), (lambda a, b=1: a + b)(1), sorted([3, -4, 1], key=abs))
print(list(map(square, [1, 2, 3])), list(filter(lambda v: v % 2, range(6))))


def apply(f, *xs):
    return [f(x) for x in xs]


print(apply(str.upper, "a", "b"), apply(len, "abc", [1]))


def defaults_are_shared(item, bucket=[]):
    bucket.append(item)
    return bucket


print(defaults_are_shared(1), defaults_are_shared(2))

# expect: Hello, Ann! Hi, Bob! Hello, Cy? Yo, Di!
# expect: (6, [('a', 1), ('b', 2)]) (0, [])
# expect: 1-2-3!
# expect: 6 30
# expect: None
# expect: 2432902008176640000 fact
# expect: 49 2 [1, 3, -4]
# expect: [1, 4, 9] [1, 3, 5]
# expect: ['A', 'B'] [3, 1]
# expect: [1, 2] [1, 2]
