x = 5
print(x[0])

# expect error: TypeError: 'int' object is not subscriptable
