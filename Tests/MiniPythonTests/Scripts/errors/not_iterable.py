for x in 5:
    pass

# expect error: TypeError: 'int' object is not iterable
