print()
print("a", "b", "c")
print("a", "b", sep="-")
print("no newline", end="")
print(" continued")
print(1, 2, 3, sep=", ", end=".\n")
print([1, 2], (3,), {"a": 1}, {2}, None, True, 1.0, "s")
print("multi\nline")
print("", "", sep="|")
print(*[1, 2, 3])

# expect:
# expect: a b c
# expect: a-b
# expect: no newline continued
# expect: 1, 2, 3.
# expect: [1, 2] (3,) {'a': 1} {2} None True 1.0 s
# expect: multi
# expect: line
# expect: |
# expect: 1 2 3
