scores = [1, 2, 3]
for i in range(4):
    print(scores[i])

# expect: 1
# expect: 2
# expect: 3
# expect error: IndexError: list index out of range
