# One-argument calls of len, str, float and abs, and string building for dict keys.
params = {}
for l in range(1, 4):
    params["W" + str(l)] = l * 10
    params["b" + str(l)] = -l
print(params)
print(params["W" + str(2)], "d" + "W" + str(1) in params, len(params))
print(str(-5), str(0), str(3.5), str(True), str(None), str([1, "a"]), str("s"), str())
print(len("héllo"), len([1, 2]), len((1,)), len({1: 2}), len(range(5)))
print(float(3), float("2.5"), float(True), abs(-3), abs(-2.5), abs(True))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    float("x")
except ValueError as e:
    print("ValueError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
len = lambda x: 99                          # a rebound name is called, not the built-in
print(len([1]))

grads = {"dW1": 1.5}
print(grads["dW1"], grads.get("db1"), "dW1" in grads)
grads["dW1"] = 2.5
grads["db" + str(1)] = 0.5
print(grads)
del grads["dW1"]
print(grads, list(grads.items()))
try:
    grads["dW1"]
except KeyError as e:
    print("KeyError:", e)
keys = {1: "one", 1.0: "float one", True: "true"}
print(keys, keys[1])

# expect: {'W1': 10, 'b1': -1, 'W2': 20, 'b2': -2, 'W3': 30, 'b3': -3}
# expect: 20 False 6
# expect: -5 0 3.5 True None [1, 'a'] s 
# expect: 5 2 1 1 5
# expect: 3.0 2.5 1.0 3 2.5 1
# expect: TypeError: object of type 'int' has no len()
# expect: ValueError: could not convert string to float: 'x'
# expect: TypeError: bad operand type for abs(): 'str'
# expect: 99
# expect: 1.5 None True
# expect: {'dW1': 2.5, 'db1': 0.5}
# expect: {'db1': 0.5} [('db1', 0.5)]
# expect: KeyError: 'dW1'
# expect: {1: 'true'} true
