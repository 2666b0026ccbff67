d = {}
d[[1, 2]] = 3

# expect error: TypeError: unhashable type: 'list'
