class Layer:
    def __init__(self, name):
        self.name = name
        self.params = {}

    def forward(self, x):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}: {self.kind()} with {len(self.params)} params"

    def kind(self):
        return "layer"


class Dense(Layer):
    def __init__(self, name, size):
        super().__init__(name)
        self.size = size
        self.params["W"] = size * size

    def forward(self, x):
        return [v * self.size for v in x]

    def kind(self):
        return "dense"


class ReLU(Layer):
    def forward(self, x):
        return [max(0, v) for v in x]


net = [Dense("fc1", 2), ReLU("relu"), Dense("fc2", 3)]
x = [1, -2]
for layer in net:
    x = layer.forward(x)
    print(layer.describe(), x)
print(isinstance(net[0], Layer), isinstance(net[1], Dense), issubclass(Dense, Layer))
print(type(net[0]).__name__, Dense.__bases__[0].__name__)
try:
    Layer("base").forward([1])
except NotImplementedError:
    print("not implemented")


class Base:
    def hello(self):
        return "base"


class Child(Base):
    def hello(self):
        return "child+" + super().hello()


class GrandChild(Child):
    pass


print(GrandChild().hello())

# expect: fc1: dense with 1 params [2, -4]
# expect: relu: layer with 0 params [2, 0]
# expect: fc2: dense with 1 params [6, 0]
# expect: True False True
# expect: Dense Layer
# expect: not implemented
# expect: child+base
