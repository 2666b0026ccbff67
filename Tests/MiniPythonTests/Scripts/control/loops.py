for i in range(3):
    print(i, end=" ")
print()
for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print(i, end=",")
print()
for i in range(3):
    pass
else:
    print("for-else runs without break")
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
else:
    print("while-else", n)
while True:
    n -= 1
    if n < 2:
        break
print(n)
for i, c in enumerate("abc", start=1):
    print(i, c)
for a, b in zip([1, 2, 3], "xy"):
    print(a, b)
items = [1, 2, 3]
for item in items:
    if item == 1:
        items.append(4)
print(items)
x = 5
print("pos" if x > 0 else "neg", 0 or "default", 3 and 4, None or [] or "last", not 0)
if x > 10:
    print("big")
elif x > 3:
    print("medium")
else:
    print("small")
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, x is not None)

# expect: 0 1 2 
# expect: 0,1,3,4,
# expect: for-else runs without break
# expect: while-else 5
# expect: 1
# expect: 1 a
# expect: 2 b
# expect: 3 c
# expect: 1 x
# expect: 2 y
# expect: [1, 2, 3, 4]
# expect: pos default 4 last True
# expect: medium
# expect: True False True True
