# Generator functions: lazy iteration, next(), mini-batches, early exit, errors inside.
import numpy as np


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


print(list(count_up(4)), sum(count_up(5)))
g = count_up(2)
print(type(g).__name__, next(g), next(g), next(g, "done"))


def mini_batches(X, Y, size):
    m = X.shape[1]
    for k in range(0, m, size):
        yield X[:, k:k + size], Y[:, k:k + size]


X = np.arange(10.0).reshape(2, 5)
Y = np.array([[1, 0, 1, 1, 0]])
for batch_X, batch_Y in mini_batches(X, Y, 2):
    print(batch_X.shape, batch_X.sum(), batch_Y)


def forever():
    n = 0
    while True:
        n += 1
        yield n * n


squares = forever()
print([next(squares) for _ in range(5)])
for value in forever():
    if value > 50:
        break
print("stopped at", value)


def logged():
    try:
        print("start")
        yield 1
        yield 2
    finally:
        print("cleanup")


for item in logged():
    print("got", item)
first = logged()
print(next(first))
del first
print("after del")


def delegate():
    yield from range(3)
    yield from ["a", "b"]
    return "ignored"


print(list(delegate()), dict(zip("xy", count_up(2))))
print([x * 2 for x in count_up(3)], max(count_up(7)), sorted(count_up(3), reverse=True))


def pairs(items):
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            yield a, b


print(list(pairs([1, 2, 3])))


def faulty(n):
    yield n
    yield 10 / (n - n)


it = faulty(3)
print(next(it))
try:
    next(it)
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)
print(next(it, "exhausted"))
try:
    next(count_up(0))
except StopIteration:
    print("StopIteration")
for x in faulty(1):
    print(x)

# expect: [0, 1, 2, 3] 10
# expect: generator 0 1 done
# expect: (2, 2) 12.0 [[1 0]]
# expect: (2, 2) 20.0 [[1 1]]
# expect: (2, 1) 13.0 [[0]]
# expect: [1, 4, 9, 16, 25]
# expect: stopped at 64
# expect: start
# expect: got 1
# expect: got 2
# expect: cleanup
# expect: start
# expect: 1
# expect: cleanup
# expect: after del
# expect: [0, 1, 2, 'a', 'b'] {'x': 0, 'y': 1}
# expect: [0, 2, 4] 6 [2, 1, 0]
# expect: [(1, 2), (1, 3), (2, 3)]
# expect: 3
# expect: ZeroDivisionError: division by zero
# expect: exhausted
# expect: StopIteration
# expect: 1
# expect error: ZeroDivisionError: division by zero
