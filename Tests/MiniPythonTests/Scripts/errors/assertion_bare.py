assert 1 > 2

# expect error: AssertionError
