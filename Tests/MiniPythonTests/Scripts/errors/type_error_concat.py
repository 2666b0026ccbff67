count = 3
print("count: " + count)

# expect error: TypeError: can only concatenate str (not "int") to str
