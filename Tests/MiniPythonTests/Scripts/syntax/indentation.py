def f(x):
    if x > 0:
        if x > 10:
            return "big"

        return "small"
    else:
        return "negative"


print(f(20), f(5), f(-1))
for i in range(2):
    for j in range(2):
        pass
    print(i)
if True: print("one-liner")
while False: pass

# expect: big small negative
# expect: 0
# expect: 1
# expect: one-liner
