result = None
result.shape

# expect error: AttributeError: 'NoneType' object has no attribute 'shape'
