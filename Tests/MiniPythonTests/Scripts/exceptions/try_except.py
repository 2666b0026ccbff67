def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as error:
        print("error:", error)
        return None
    else:
        print("no error")
        return result
    finally:
        print("finally runs")


print(divide(6, 3))
print(divide(1, 0))
try:
    [][1]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    {}["missing"]
except LookupError as e:
    print("lookup:", repr(e), str(e), e.args)
try:
    int("abc")
except Exception as e:
    print(type(e).__name__ + ":", e)


class ShapeError(ValueError):
    def __init__(self, expected, got):
        super().__init__(f"expected {expected}, got {got}")
        self.expected = expected


try:
    raise ShapeError((2, 3), (3, 2))
except ValueError as e:
    print(e, e.expected, isinstance(e, ShapeError))


def nested():
    try:
        raise KeyError("inner")
    finally:
        print("cleanup")


try:
    nested()
except KeyError as e:
    print("caught", e)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised", e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
try:
    assert 2 + 2 == 5, "math is broken"
except AssertionError as e:
    print("assert:", e)
e = RuntimeError("a", 1)
print(e, repr(e), e.args)

# expect: no error
# expect: finally runs
# expect: 2.0
# expect: error: division by zero
# expect: finally runs
# expect: None
# expect: IndexError list index out of range
# expect: lookup: KeyError('missing') 'missing' ('missing',)
# expect: ValueError: invalid literal for int() with base 10: 'abc'
# expect: expected (2, 3), got (3, 2) (2, 3) True
# expect: cleanup
# expect: caught 'inner'
# expect: re-raised first
# expect: body 0
# expect: finally 0
# expect: finally 1
# expect: body 2
# expect: finally 2
# expect: assert: math is broken
# expect: ('a', 1) RuntimeError('a', 1) ('a', 1)
