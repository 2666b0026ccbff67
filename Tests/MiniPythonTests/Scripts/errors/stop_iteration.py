it = iter([])
next(it)

# expect error: StopIteration
