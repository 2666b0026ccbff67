print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print({x: x ** 2 for x in range(4)})
print(sorted({c.upper() for c in "hello"}))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in "ab"), any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
words = ["apple", "bob", "kayak"]
print([w for w in words if w == w[::-1]], [len(w) for w in words])
print([i if i % 2 else -i for i in range(5)])

# expect: [0, 1, 4, 9, 16, 25]
# expect: [0, 6, 12, 18]
# expect: [(1, 0), (2, 0), (2, 1)]
# expect: {0: 0, 1: 1, 2: 4, 3: 9}
# expect: ['E', 'H', 'L', 'O']
# expect: 285 3
# expect: ['a', 'b'] True False
# expect: [[1, 4], [2, 5], [3, 6]]
# expect: outer [0, 1, 2]
# expect: ['bob', 'kayak'] [5, 3, 5]
# expect: [0, 1, -2, 3, -4]
