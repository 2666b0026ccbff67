import Testing

@testable import MiniPython

/// Expected strings come from CPython 3.11:
/// `for x in [0.1, 1.0, 1e16, ...]: print(repr(x))`.
@Suite struct PythonFloatTests {
  @Test(arguments: [
    (0.1, "0.1"), (1.0, "1.0"), (1e16, "1e+16"), (1e-05, "1e-05"), (1.5e-05, "1.5e-05"),
    (0.0001, "0.0001"), (123456789012345.6, "123456789012345.6"),
    (1234567890123456.0, "1234567890123456.0"), (12345678901234567.0, "1.2345678901234568e+16"),
    (2.5, "2.5"), (-0.0, "-0.0"), (Double.infinity, "inf"), (Double.nan, "nan"),
    (5e-324, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"), (100.0, "100.0"),
    (1.0 / 3, "0.3333333333333333"), (2.0 / 3 * 1e20, "6.666666666666666e+19"),
  ])
  func reprMatchesPython(value: Double, expected: String) {
    #expect(PythonFloat.repr(value) == expected)
  }

  @Test func printfRoundsCorrectly() {
    #expect(PythonFloat.printf(".2f", 2.675) == "2.67")
    #expect(PythonFloat.printf(".3e", 12345.678) == "1.235e+04")
    #expect(PythonFloat.printf("g", 1e-5) == "1e-05")
  }
}
