def f(n):
    return f(n + 1)


f(0)

# expect error: RecursionError: maximum recursion depth exceeded
