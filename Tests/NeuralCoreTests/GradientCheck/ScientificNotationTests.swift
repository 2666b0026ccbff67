import Testing

@testable import NeuralCore

@Suite struct ScientificNotationTests {
  /// Expected strings are Python's `'%.1e' % x` (and `'%.3e'` where `digits` is 3).
  @Test(arguments: [
    (0.0, 1, "0.0e+00"), (-0.0, 1, "-0.0e+00"), (1, 1, "1.0e+00"), (1e-5, 1, "1.0e-05"),
    (3.24e-10, 1, "3.2e-10"), (9.96e-8, 1, "1.0e-07"), (1e-7, 1, "1.0e-07"), (123456, 1, "1.2e+05"),
    (-0.00045, 1, "-4.5e-04"), (1e100, 1, "1.0e+100"), (0.001234567, 3, "1.235e-03"),
    (.nan, 1, "nan"), (.infinity, 1, "inf"), (-.infinity, 1, "-inf"),
  ])
  func matchesPrintfE(x: Double, digits: Int, expected: String) {
    #expect(scientific(x, digits: digits) == expected)
  }
}
