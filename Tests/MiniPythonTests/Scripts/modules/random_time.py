import random
import time
random.seed(1)
print(random.random(), random.random())
print(random.randint(1, 10), random.randint(1, 100), random.uniform(0, 1))
random.seed(42)
items = list(range(10))
random.shuffle(items)
print(items, random.choice("abcdef"), random.randrange(0, 100, 5))
print(random.sample(range(100), 5), round(random.gauss(0, 1), 12))
start = time.time()
print(type(start).__name__, time.perf_counter() > 0, time.time() >= start)

# expect: 0.13436424411240122 0.8474337369372327
# expect: 2 33 0.11791870367106105
# expect: [7, 3, 2, 8, 5, 6, 9, 4, 0, 1] e 65
# expect: [4, 3, 11, 27, 29] -0.231792860838
# expect: float True True
