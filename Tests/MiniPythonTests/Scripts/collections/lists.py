a = [3, 1, 2]
a.append(5)
a.extend([7, 8])
a.insert(0, 9)
print(a, len(a))
print(a.pop(), a.pop(0), a)
a.remove(5)
print(a, a.index(2), a.count(1))
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a, sorted(a, key=lambda v: -v))
b = a
b.append(100)
print(a is b, a == b, a.copy() is a, a[:] == a)
print(a[0], a[-1], a[1:3], a[:2], a[2:], a[::2], a[::-1], a[10:], a[-100:2])
a[1:3] = [20, 30, 40]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[0]
del a[1:3]
print(a)
m = [[1, 2], [3, 4]]
m[1][0] += 10
print(m, [row[1] for row in m], [x for row in m for x in row])
print([1, 2] + [3], [0] * 3, 2 in [1, 2], [] == [], [1, [2]] == [1, [2]], [1, 2] < [1, 3])
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -2)), range(3), len(range(0, 10, 3)))
nums = [5, 3, 8]
nums.clear()
print(nums, bool(nums), bool([0]))

# expect: [9, 3, 1, 2, 5, 7, 8] 7
# expect: 8 9 [3, 1, 2, 5, 7]
# expect: [3, 1, 2, 7] 2 1
# expect: [1, 2, 3, 7]
# expect: [7, 3, 2, 1]
# expect: [1, 2, 3, 7] [7, 3, 2, 1]
# expect: True True False True
# expect: 1 100 [2, 3] [1, 2] [3, 7, 100] [1, 3, 100] [100, 7, 3, 2, 1] [] [1, 2]
# expect: [1, 20, 30, 40, 7, 100]
# expect: [0, 20, 0, 40, 0, 100]
# expect: [20, 0, 100]
# expect: [[1, 2], [13, 4]] [2, 4] [1, 2, 13, 4]
# expect: [1, 2, 3] [0, 0, 0] True True True True
# expect: [[1, 0], [1, 0]]
# expect: [0, 1, 2, 3, 4] [2, 5, 8] [5, 3, 1] range(0, 3) 4
# expect: [] False True
