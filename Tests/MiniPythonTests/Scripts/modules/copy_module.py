import copy
a = [[1, 2], [3, 4]]
shallow = copy.copy(a)
deep = copy.deepcopy(a)
a[0].append(99)
print(a, shallow, deep)
d = {"w": [1, 2], "b": 0}
d2 = copy.deepcopy(d)
d2["w"][0] = 100
print(d, d2)


class Params:
    def __init__(self):
        self.values = {"W1": [0.5, 0.25]}


p = Params()
q = copy.deepcopy(p)
q.values["W1"][0] = 9
print(p.values, q.values, type(q).__name__)

# expect: [[1, 2, 99], [3, 4]] [[1, 2, 99], [3, 4]] [[1, 2], [3, 4]]
# expect: {'w': [1, 2], 'b': 0} {'w': [100, 2], 'b': 0}
# expect: {'W1': [0.5, 0.25]} {'W1': [9, 0.25]} Params
