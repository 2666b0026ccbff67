print("abc"[10])

# expect error: IndexError: string index out of range
