import MiniPython
import Testing

/// The wording of every learner-facing error, one row each. Rows marked "CPython" match what
/// python3.11 prints for the same line; the others are Backprop's own (CPython has no such error).
@Suite struct ErrorMessageTests {
  @Test(arguments: [
    // CPython
    ("undefined_name", "NameError: name 'undefined_name' is not defined"),
    ("loss = 1\nlos", "NameError: name 'los' is not defined. Did you mean: 'loss'?"),
    ("1 / 0", "ZeroDivisionError: division by zero"),
    ("1 // 0", "ZeroDivisionError: integer division or modulo by zero"),
    ("1 % 0", "ZeroDivisionError: integer modulo by zero"),
    ("1.0 / 0", "ZeroDivisionError: float division by zero"),
    ("[1][3]", "IndexError: list index out of range"),
    ("(1,)[3]", "IndexError: tuple index out of range"),
    ("{'a': 1}['b']", "KeyError: 'b'"),
    ("'a' + 1", "TypeError: can only concatenate str (not \"int\") to str"),
    ("1 + 'a'", "TypeError: unsupported operand type(s) for +: 'int' and 'str'"),
    ("[1] * 1.5", "TypeError: can't multiply sequence by non-int of type 'float'"),
    ("None()", "TypeError: 'NoneType' object is not callable"),
    ("len(3)", "TypeError: object of type 'int' has no len()"),
    ("for x in 3: pass", "TypeError: 'int' object is not iterable"),
    ("3[0]", "TypeError: 'int' object is not subscriptable"),
    ("(1, 2)[0] = 3", "TypeError: 'tuple' object does not support item assignment"),
    ("{[1]: 2}", "TypeError: unhashable type: 'list'"),
    ("1 < 'a'", "TypeError: '<' not supported between instances of 'int' and 'str'"),
    ("def f(a, b): pass\nf(1)", "TypeError: f() missing 1 required positional argument: 'b'"),
    ("def f(a, b, c): pass\nf()", "TypeError: f() missing 3 required positional arguments: 'a', 'b', and 'c'"),
    ("def f(a): pass\nf(1, 2)", "TypeError: f() takes 1 positional argument but 2 were given"),
    ("def f(a, b=1): pass\nf(1, 2, 3)", "TypeError: f() takes from 1 to 2 positional arguments but 3 were given"),
    ("def f(a): pass\nf(b=1)", "TypeError: f() got an unexpected keyword argument 'b'"),
    ("def f(a): pass\nf(1, a=1)", "TypeError: f() got multiple values for argument 'a'"),
    ("int('x')", "ValueError: invalid literal for int() with base 10: 'x'"),
    ("float('x')", "ValueError: could not convert string to float: 'x'"),
    ("a, b = 1, 2, 3", "ValueError: too many values to unpack (expected 2)"),
    ("a, b, c = 1, 2", "ValueError: not enough values to unpack (expected 3, got 2)"),
    ("[].pop()", "IndexError: pop from empty list"),
    ("[1].remove(2)", "ValueError: list.remove(x): x not in list"),
    ("max([])", "ValueError: max() arg is an empty sequence"),
    ("import math\nmath.sqrt(-1)", "ValueError: math domain error"),
    ("import math\nmath.exp(1000)", "OverflowError: math range error"),
    ("[].push", "AttributeError: 'list' object has no attribute 'push'"),
    ("import math\nmath.sqr", "AttributeError: module 'math' has no attribute 'sqr'. Did you mean: 'sqrt'?"),
    ("assert 1 == 2", "AssertionError"),
    ("assert False, 'shapes differ'", "AssertionError: shapes differ"),
    ("import nope", "ModuleNotFoundError: No module named 'nope'"),
    ("next(iter([]))", "StopIteration"),
    ("raise ValueError('bad')", "ValueError: bad"),
    ("x = 0\ndef f():\n    x += 1\nf()", "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value"),
    ("def f(): return f()\nf()", "RecursionError: maximum recursion depth exceeded"),
    ("raise", "RuntimeError: No active exception to reraise"),
    // Backprop's own
    ("2 ** 64", "OverflowError: integer overflow in '**': the result does not fit in 64 bits"),
    ("(-8) ** 0.5", "ValueError: negative number cannot be raised to a fractional power"),
    ("class L(list): pass", "TypeError: subclassing the built-in type 'list' is not supported"),
  ])
  func runtimeErrorsReadAsPythonPrintsThem(source: String, lastLine: String) {
    #expect(Session().run(source: source).error?.lastLine == lastLine)
  }

  @Test(arguments: [
    ("x = (1 +", "SyntaxError: '(' was never closed"),
    ("if x\n    pass", "SyntaxError: expected ':'"),
    ("def f():\nreturn 1", "IndentationError: expected an indented block after function definition on line 1"),
    ("  x = 1", "IndentationError: unexpected indent"),
    ("return 1", "SyntaxError: 'return' outside function"),
    ("break", "SyntaxError: 'break' outside loop"),
    ("x = yield 1", "SyntaxError: 'yield' outside function"),
    ("class A(B, C): pass", "SyntaxError: multiple inheritance is not supported (one base class only)"),
  ])
  func syntaxErrorsReadAsPythonPrintsThem(source: String, lastLine: String) {
    #expect(Session().run(source: source).error?.lastLine == lastLine)
  }

  @Test func helpLinesNameTheLikelyFix() {
    #expect(Session().run(source: "np.zeros(3)").error?.help == "did you forget `import numpy as np`?")
    #expect(
      Session().run(source: "2 ** 64").error?.help
        == "Backprop's int is 64-bit; use a float (e.g. 2.0 ** 100) for larger values")
  }
}
