print(5 % 0)

# expect error: ZeroDivisionError: integer modulo by zero
