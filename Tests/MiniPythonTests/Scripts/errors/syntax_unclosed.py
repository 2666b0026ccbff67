print((1 + 2)
x = 3

# expect error: SyntaxError: '(' was never closed
