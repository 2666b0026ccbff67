import MiniPython
import Testing

/// Element-wise expressions run as one fused loop (`Compiler+Fusion.swift`, `FusedProgram.swift`,
/// `FusedKernel.swift`): the same bits as the separate operations, Python's order of evaluation,
/// and the ordinary errors.
@Suite struct FusedProgramTests {
  /// Prints, for each fused expression, whether it equals (bit for bit, same shape and dtype) the
  /// same operations written as separate statements, which run one operation at a time.
  static let comparisons = """
    import numpy as np
    np.random.seed(1)
    A = np.random.randn(300, 700)
    B = np.random.randn(300, 1)
    C = np.random.randn(700)
    D = np.random.randn(700, 300)
    E = np.random.randn(4, 5, 6)
    F = np.random.randn(5, 1)
    I = np.arange(2000000).reshape(1000, 2000)
    M = np.random.randn(5, 4)
    x = np.random.randn(5, 64)
    def same(p, q):
        return p.shape == q.shape and p.dtype == q.dtype and bool(np.all((p == q) | (np.isnan(p) & np.isnan(q))))
    t = -A; t = np.exp(t); t = 1 + t; u = 1 / t
    print(same(1 / (1 + np.exp(-A)), u), end=" ")
    t = A * 2; t = t + B; t = t - C; u = np.tanh(t)
    print(same(np.tanh(A * 2 + B - C), u), end=" ")
    t = A * A; t = 1 - t; u = t * D.T
    print(same((1 - A * A) * D.T, u), end=" ")
    t = A[:, ::3] * 2; u = t + B
    print(same(A[:, ::3] * 2 + B, u), end=" ")
    t = E * F; t2 = E ** 2; t2 = t2 / 3; u = t - t2
    print(same(E * F - E ** 2 / 3, u), end=" ")
    t = np.abs(E); t = np.sqrt(t); t2 = np.abs(E); t2 = np.log1p(t2); t2 = t2 * F; u = t + t2
    print(same(np.sqrt(np.abs(E)) + np.log1p(np.abs(E)) * F, u), end=" ")
    t = I * 3; t = t + I; u = t - 7
    print(same(I * 3 + I - 7, u), end=" ")
    t = I * 0.5; u = t + 1
    print(same(I * 0.5 + 1, u), end=" ")
    t = np.maximum(0, A); t = t * 0.5; t2 = np.minimum(A, 0); t2 = t2 * 0.1; u = t + t2
    print(same(np.maximum(0, A) * 0.5 + np.minimum(A, 0) * 0.1, u), end=" ")
    t = x * x; t = 1 - t; u = t * x
    print(same((1 - x * x) * x, u), end=" ")
    t = M[0] * 2; u = t + C[:4]
    print(same(M[0] * 2 + C[:4], u), end=" ")
    d = {'W': M, 'b': F}
    t = 0.9 * d['W']; t2 = d['b'] ** 2; t2 = (1 - 0.9) * t2; u = t + t2
    print(same(0.9 * d['W'] + (1 - 0.9) * d['b'] ** 2, u), end=" ")
    t = -A.T; t = t * 2; u = t + D
    print(same(-A.T * 2 + D, u))
    """

  @Test func fusedExpressionsGiveTheSeparateOperationsBits() {
    let result = Session().run(source: FusedProgramTests.comparisons)
    #expect(result.error == nil)
    #expect(result.text == Array(repeating: "True", count: 13).joined(separator: " ") + "\n")
  }

  @Test func dtypesAndPythonNumbersFollowNumpy() {
    let result = Session().run(
      source: """
        import numpy as np
        i = np.arange(4)
        print(i * 2 + 1, (i * 2 + 1).dtype, (i * 0.5 - i).dtype)
        print(np.array([True, False]) * 2 + 1)
        print(3 * 2 + 1, 2.0 ** 2 - 1)
        print([1, 2] * 2 + [3])
        """)
    #expect(result.error == nil)
    #expect(result.text == "[1 3 5 7] int64 float64\n[3 1]\n7 3.0\n[1, 2, 1, 2, 3]\n")
  }

  @Test func callsAndSubscriptsSeeTheArraysAsPythonLeavesThem() {
    // `w * 2` is computed before g changes w, as Python computes it; the user class's operators
    // and a user object named np are called, not fused.
    let result = Session().run(
      source: """
        import numpy as np
        def g(arr):
            arr += 100
            return 0.0
        w = np.ones(3)
        print(w * 2 + g(w), w)
        class V:
            def __init__(self, v):
                self.v = v
            def __add__(self, o):
                return V(self.v + o)
            def __mul__(self, o):
                return V(self.v * o)
        print((V(2) * 3 + 1).v)
        class Fake:
            def exp(self, x):
                return 42
        real, np = np, Fake()
        print(np.exp(w) * 2 + 1)
        """)
    #expect(result.error == nil)
    #expect(result.text == "[2. 2. 2.] [101. 101. 101.]\n7\n85\n")
  }

  @Test func errorsComeFromTheOperationThatFailsBeforeLaterOperandsRun() {
    let result = Session().run(
      source: """
        import numpy as np
        def later():
            print("later ran")
            return 1.0
        a = np.ones((2, 3))
        a * np.ones(4) + later()
        """)
    #expect(result.text == "")
    #expect(result.error?.lastLine == "ValueError: operands could not be broadcast together with shapes (2,3) (4,) ")
    let power = Session().run(source: "import numpy as np\ni = np.arange(3)\ni ** -1 + 1")
    #expect(power.error?.lastLine == "ValueError: Integers to negative integer powers are not allowed.")
  }
}

extension FusedProgramTests {
  /// A site that fuses nothing (Python numbers only) hands its runs to the ordinary evaluator,
  /// and still fuses when arrays come later.
  @Test func numberSitesStayOrdinaryAndArraySitesStillFuse() {
    let result = Session().run(
      source: """
        import numpy as np
        def f(x):
            return x * 2 + 1
        total = 0
        for i in range(1000):
            total += f(i)
        print(total)
        a = np.arange(3.0)
        for i in range(300):
            r = f(a)
        print(r, f(a) is not a)
        """)
    #expect(result.error == nil)
    #expect(result.text == "1000000\n[1. 3. 5.] True\n")
  }
}
