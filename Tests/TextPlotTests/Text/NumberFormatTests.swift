import Testing

@testable import TextPlot

@Suite struct NumberFormatTests {
  // Expected strings match Python's format(value, ".{d}f") and "%.3g" (with a short exponent).
  @Test(arguments: [
    (0.125, 2, "0.13"), (-3.0, 1, "-3.0"), (2.5, 0, "3"), (-0.0001, 2, "0.00"),
    (1234.5678, 3, "1234.568"),
    (.nan, 2, "nan"), (.infinity, 1, "inf"), (-.infinity, 0, "-inf"),
  ])
  func fixedRoundsHalfAwayFromZero(value: Double, decimals: Int, expected: String) {
    #expect(NumberFormat.fixed(value, decimals: decimals) == expected)
  }

  @Test(arguments: [
    (0.6931, "0.693"), (0.121, "0.121"), (1234.4, "1234"), (1234.5, "1235"), (0.5, "0.5"),
    (0.000012, "1.2e-5"),
    (123_456.0, "1.23e5"), (-2.0, "-2"), (0.0, "0"), (9.9996, "10"), (99_999.0, "99999"),
  ])
  func significantKeepsThreeDigits(value: Double, expected: String) {
    #expect(NumberFormat.significant(value) == expected)
  }

  @Test func tickLabelsUseTheDecimalsOfTheStep() {
    #expect(NumberFormat.tickLabel(0.2, step: 0.2) == "0.2")
    #expect(NumberFormat.tickLabel(1, step: 0.25) == "1.00")
    #expect(NumberFormat.tickLabel(2000, step: 1000) == "2000")
    #expect(NumberFormat.tickLabel(-0.5, step: 0.5) == "-0.5")
    #expect(NumberFormat.tickLabel(0, step: 0.00002) == "0")
    #expect(NumberFormat.tickLabel(0.00004, step: 0.00002) == "4e-5")
    #expect(NumberFormat.tickLabel(3_000_000, step: 1_000_000) == "3e6")
  }
}
