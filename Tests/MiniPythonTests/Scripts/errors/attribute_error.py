class A:
    pass


A().forward()

# expect error: AttributeError: 'A' object has no attribute 'forward'
