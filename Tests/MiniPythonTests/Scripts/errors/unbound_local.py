count = 0


def inc():
    count += 1


inc()

# expect error: UnboundLocalError: cannot access local variable 'count' where it is not associated with a value
