xs = []
xs.push(1)

# expect error: AttributeError: 'list' object has no attribute 'push'
