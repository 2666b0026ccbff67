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

  /// The exact integer formatting of `%.Nf` agrees with C's printf digit for digit, on values
  /// that round at a tie, subnormals, integers near 2^63 and a deterministic spread of doubles.
  @Test func fixedMatchesPrintf() {
    var values: [Double] = [
      0, 0.5, 1.5, 2.5, 2.675, 0.125, 0.375, 1e-7, 5e-324, 1e15, 123456.789, 9.2e18, 0x1p62, 1.0 / 3,
      0.045, 1.005, 99.995, 1e-5, 4.35, 0.0001,
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<2000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let bits = (state >> 12) | 0x3000_0000_0000_0000  // exponents around 2^-255 ... 2^+60
      let x = Double(bitPattern: bits & 0x43EF_FFFF_FFFF_FFFF)
      values.append(x)
      values.append(Double(state >> 40) / 1024)
    }
    for x in values where x < 0x1p63 {
      for precision in [0, 1, 2, 3, 4, 6, 8, 10, 15] {
        #expect(PythonFloat.fixed(x, precision: precision) == PythonFloat.printf(".\(precision)f", x))
      }
    }
    #expect(PythonFloat.fixed(-1, precision: 2) == nil)
    #expect(PythonFloat.fixed(.infinity, precision: 2) == nil)
    #expect(PythonFloat.fixed(1, precision: 16) == nil)
  }
}
