import MiniPython
import Testing

/// `backprop.gradcheck(f, x)` through a session: the report's exact text for a right gradient and
/// for each kind of broken one, the result's attributes, and the errors.
///
/// The relative errors and worst elements come from the same check written in numpy:
/// ```python
/// def numgrad(f, x, h=1e-5):
///     g = np.zeros_like(x)
///     for i in range(x.size):
///         p = x.copy(); p.flat[i] = x.flat[i] + h; a = f(p)[0]
///         p.flat[i] = x.flat[i] - h; b = f(p)[0]
///         g.flat[i] = (a - b) / (2 * h)
///     return g
/// def report(f, x):
///     v, g = f(x); n = numgrad(f, x); i = np.argmax(np.abs(g - n))
///     rel = np.sqrt(np.sum((g - n) ** 2)) / (np.sqrt(np.sum(g * g)) + np.sqrt(np.sum(n * n)))
///     print('%.1e' % rel, '%.10g' % n.flat[i], '%.10g' % g.flat[i], i)
/// x = np.array([1.0, -2.0, 0.5])
/// report(lambda w: (np.sum(w ** 2), 2 * w), x)     # 5.2e-12 1 1 2
/// report(lambda w: (np.sum(w ** 2), w), x)         # 3.3e-01 -4 -2 1
/// report(lambda w: (np.sum(w ** 2), -2 * w), x)    # 1.0e+00 -4 4 1
/// A = np.array([[1.0, 2.0], [3.0, 4.0]]); W = np.array([[0.5, -1.0], [2.0, 0.25]])
/// report(lambda w: (np.sum(A * w), A.T), W)        # 1.3e-01 3 2 2
/// a = np.array([0.3, -0.7, 1.1]); lam = 0.1
/// report(lambda w: (np.sum(a * w) + 0.5 * lam * np.sum(w ** 2), a.copy()), x)   # 8.0e-02 -0.9 -0.7 1
/// r = np.array([0.0, 1.5, -2.0, 0.7, 3.0])
/// report(lambda z: (np.sum(np.maximum(z, 0)), (z > 0) * 1.0), r)                # 1.4e-01 0.5 0 0
/// report(lambda w: (1e8 + np.sum(w ** 2), 2 * w), x)                             # 6.6e-05 -3.999471664 -4 1
/// ```
@Suite struct GradCheckTests {
  static func run(_ source: String) -> RunResult {
    Session().run(
      source: "import numpy as np\nfrom backprop import gradcheck\nx = np.array([1.0, -2.0, 0.5])\n"
        + source)
  }

  @Test func aRightGradientIsGreat() {
    let result = GradCheckTests.run(
      """
      def f(w):
          return np.sum(w ** 2), 2 * w
      report = gradcheck(f, x)
      print(report.band, report.passed, report.worst_index, repr(report))
      print(report.numerical.shape, report.analytic)
      """)
    #expect(result.error == nil)
    #expect(
      result.text == """
        gradcheck: 3 values of x by centred differences (h = 1e-05)
          relative error 5.2e-12: great (below 1e-7)
          worst element x[2]: numerical 1, analytic 1
        great True (2,) <gradcheck: great, relative error 5.2e-12>
        (3,) [ 2. -4.  1.]

        """)
  }

  @Test(arguments: [
    (
      "lambda w: (np.sum(w ** 2), w)", "x",
      """
        relative error 3.3e-01: wrong (1e-3 or more)
        worst element x[1]: numerical -4, analytic -2
        the gradient is 0.5 × the numerical one: a constant factor is off, such as 1/m (the number of examples), 2 from a square (d(x²)/dx = 2x) or ½ in the cost
      """
    ),
    (
      "lambda w: (np.sum(w ** 2), -2 * w)", "x",
      """
        relative error 1.0e+00: wrong (1e-3 or more)
        worst element x[1]: numerical -4, analytic 4
        the gradient has the wrong sign: it is -1 × the numerical one (a minus dropped, as in d(-log a)/da = -1/a)
      """
    ),
    (
      "lambda w: (np.sum(A * w), A.T)", "np.array([[0.5, -1.0], [2.0, 0.25]])",
      """
        relative error 1.3e-01: wrong (1e-3 or more)
        worst element x[1, 0]: numerical 3, analytic 2
        the gradient is the transpose of the numerical one: compute it in the orientation of x (dW = dZ · A_prev.T, of W's shape)
      """
    ),
    (
      "lambda w: (np.sum(a * w) + 0.5 * 0.1 * np.sum(w ** 2), a)", "x",
      """
        relative error 8.0e-02: wrong (1e-3 or more)
        worst element x[1]: numerical -0.9, analytic -0.7
        the gradient falls short of the numerical one by 0.1 × x: the cost has an L2 term (λ/(2m) · ‖W‖²) whose gradient λ/m · W is missing
      """
    ),
    (
      "lambda z: (np.sum(np.maximum(z, 0)), (z > 0) * 1.0)", "np.array([0.0, 1.5, -2.0, 0.7, 3.0])",
      """
        relative error 1.4e-01: wrong (1e-3 or more)
        worst element x[0]: numerical 0.5, analytic 0
        only 1 of 5 elements disagree (the largest gap at x[0]): a kink (ReLU, abs, max) within h of the point makes centred differences straddle it, so check at another x; if the gap stays, the backward pass mishandles those entries (a mask, an index, an edge); x[0] = 0 lies within h of 0
      """
    ),
    (
      "lambda w: (1e8 + np.sum(w ** 2), 2 * w)", "x",
      """
        relative error 6.6e-05: suspicious (1e-5 to 1e-3)
        worst element x[1]: numerical -3.999471664, analytic -4
        float precision: f is about 1.0e+08, so each centred difference carries rounding noise of about ε·|f|/h = 2.2e-03; check on a smaller problem or with a larger h
      """
    ),
    (
      "lambda w: (np.sum(w ** 2), np.zeros(3))", "x",
      """
        relative error 1.0e+00: wrong (1e-3 or more)
        worst element x[1]: numerical -4, analytic 0
        the gradient is all zeros, but f changes with x: the backward pass never fills it in (or returns another variable)
      """
    ),
    (
      "lambda w: (np.sum(w ** 2), np.log(w))", "x",
      """
        relative error nan: wrong (1e-3 or more)
        worst element x[1]: numerical -4, analytic nan
        the gradient holds NaN or inf: the backward pass divides by zero, takes log(0) or overflows exp (is a sigmoid output exactly 0 or 1?)
      """
    ),
  ])
  func brokenGradientsAreCaughtAndExplained(_ function: String, _ point: String, _ expected: String)
  {
    let result = GradCheckTests.run(
      """
      A = np.array([[1.0, 2.0], [3.0, 4.0]])
      a = np.array([0.3, -0.7, 1.1])
      p = \(point)
      r = gradcheck(\(function), p)
      print(r.band, r.passed)
      """)
    #expect(result.error == nil)
    let lines = result.text.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    #expect(lines.dropFirst().dropLast(2).joined(separator: "\n") == expected)
    #expect(
      lines.dropLast().last
        == (expected.contains("suspicious") ? "suspicious False" : "wrong False"))
  }

  @Test func aRandomFunctionIsCalledRandom() {
    let result = GradCheckTests.run(
      """
      np.random.seed(0)
      def f(w):
          mask = np.random.rand(3) < 0.5
          return np.sum(w * mask), 1.0 * mask
      r = gradcheck(f, x, verbose=False)
      print(r.band, str(r).split('\\n')[-1])
      """)
    #expect(result.error == nil)
    #expect(result.text.hasPrefix("wrong   f gave "))
    #expect(
      result.text.hasSuffix(
        " at the same x: it is random (dropout drawing a new mask, np.random inside f), so the centred differences measure noise; turn dropout off (keep_prob = 1) or reseed inside f while checking\n"
      ))
  }

  @Test func verboseFalseOnlyReturnsTheReport() {
    let result = GradCheckTests.run(
      "r = gradcheck(lambda w: (np.sum(w ** 2), 2 * w), x, verbose=False)\nprint(r.band)\n")
    #expect(result.text == "great\n")
  }

  @Test(arguments: [
    (
      "gradcheck(lambda w: np.sum(w ** 2), x)",
      "TypeError: gradcheck(f, x) needs f(x) to return (value, gradient); it returned float"
    ),
    (
      "gradcheck(lambda w: (w ** 2, 2 * w), x)",
      "TypeError: the value f(x) returns must be one number, not an array of shape (3,)"
    ),
    (
      "gradcheck(lambda w: (np.sum(w ** 2), (2 * w).reshape(3, 1)), x)",
      "ValueError: the gradient f(x) returned has shape (3, 1), but x has shape (3,)"
    ),
    (
      "gradcheck(lambda w: (np.sum(w ** 2), 2 * w), 'x')",
      "TypeError: gradcheck(f, x): x must be a numpy array of numbers, not str"
    ),
    (
      "gradcheck(lambda w: (np.sum(w ** 2), 2 * w), x, h=0)",
      "ValueError: h must be a positive step, got 0.0"
    ),
    (
      "gradcheck(lambda w: (np.sum(w ** 2), 2 * w), x, eps=1e-7)",
      "TypeError: gradcheck() got an unexpected keyword argument 'eps'"
    ),
    (
      "gradcheck(lambda w: (w[5], w), x)",
      "IndexError: index 5 is out of bounds for axis 0 with size 3"
    ),
  ])
  func errorsSayWhatIsExpected(_ line: String, _ expected: String) {
    #expect(GradCheckTests.run(line + "\n").error?.lastLine == expected)
  }
}
