def f(a):
    return a


f(b=1)

# expect error: TypeError: f() got an unexpected keyword argument 'b'
