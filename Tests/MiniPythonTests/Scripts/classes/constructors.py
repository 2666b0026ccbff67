# Constructors: __init__ with defaults, inherited, replaced, missing, *args/**kw, exceptions,
# and the errors Python gives for wrong argument counts and a non-None return.
class A:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y
class B(A):
    pass
class C:
    pass
class D:
    def __init__(self, *args, **kw):
        self.args = args
        self.kw = kw
class E(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.msg = msg
class F:
    def __init__(self):
        return 3
print(A(1).x, A(1).y, A(1, 5).y, B(7).x, A(x=3).x, type(C()).__name__)
d = D(1, 2, k=3)
print(d.args, d.kw)
try:
    raise E("boom")
except E as e:
    print(e.msg, e.args)
try:
    C(1)
except TypeError as e:
    print(e)
try:
    A()
except TypeError as e:
    print(e)
try:
    A(1, 2, 3)
except TypeError as e:
    print(e)
try:
    F()
except TypeError as e:
    print(e)
def init(self, v):
    self.v = v
A.__init__ = init
print(A(9).v, B(8).v)

# expect: 1 2 5 7 3 C
# expect: (1, 2) {'k': 3}
# expect: boom ('boom',)
# expect: C() takes no arguments
# expect: A.__init__() missing 1 required positional argument: 'x'
# expect: A.__init__() takes from 2 to 3 positional arguments but 4 were given
# expect: __init__() should return None, not 'int'
# expect: 9 8
