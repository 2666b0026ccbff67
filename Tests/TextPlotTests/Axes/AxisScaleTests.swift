import Testing

@testable import TextPlot

@Suite struct AxisScaleTests {
  @Test func logScaleRejectsNonPositiveAndNonFiniteValues() {
    #expect(AxisScale.log10.transform(100) == 2)
    #expect(AxisScale.log10.transform(0) == nil)
    #expect(AxisScale.log10.transform(-1) == nil)
    #expect(AxisScale.linear.transform(.nan) == nil)
    #expect(AxisScale.linear.transform(-3) == -3)
    #expect(AxisScale.log10.inverse(-2) == 0.01)
  }

  @Test func namesFollowMatplotlib() {
    #expect(AxisScale(rawValue: "log") == .log10)
    #expect(AxisScale.linear.description == "linear")
  }
}
