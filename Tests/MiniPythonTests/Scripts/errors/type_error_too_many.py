def f(a):
    return a


f(1, 2, 3)

# expect error: TypeError: f() takes 1 positional argument but 3 were given
