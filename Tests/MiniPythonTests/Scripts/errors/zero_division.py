def mean(xs):
    return sum(xs) / len(xs)


print(mean([1, 2]))
print(mean([]))

# expect: 1.5
# expect error: ZeroDivisionError: division by zero
