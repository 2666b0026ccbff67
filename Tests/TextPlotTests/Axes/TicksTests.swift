import Testing

@testable import TextPlot

@Suite struct TicksTests {
  // Expected ticks are d3-array's: d3.ticks(0, 1, 5) = [0, 0.2, 0.4, 0.6, 0.8, 1] and so on.
  @Test func linearTicksAreNiceMultiples() {
    #expect(Ticks.linear(from: 0, to: 1, count: 5) == [0, 0.2, 0.4, 0.6, 0.8, 1])
    #expect(Ticks.linear(from: 0.12, to: 0.69, count: 5) == [0.2, 0.3, 0.4, 0.5, 0.6])
    #expect(Ticks.linear(from: -1.5, to: 1.5, count: 4) == [-1, 0, 1])
    #expect(Ticks.linear(from: 0, to: 10_000, count: 6) == [0, 2000, 4000, 6000, 8000, 10000])
    #expect(Ticks.linear(from: 0.3, to: 0.3, count: 5) == [0.3])
    #expect(Ticks.linear(from: .nan, to: 1, count: 5) == [])
  }

  @Test func stepSwitchesAtRootTwoTenAndFifty() {
    #expect(Ticks.step(from: 0, to: 1.4, count: 1) == 1)
    #expect(Ticks.step(from: 0, to: 1.5, count: 1) == 2)
    #expect(Ticks.step(from: 0, to: 3.2, count: 1) == 5)
    #expect(Ticks.step(from: 0, to: 7.1, count: 1) == 10)
  }

  @Test func logTicksArePowersOfTen() {
    #expect(Ticks.log10(from: 0.001, to: 1, count: 5) == [0.001, 0.01, 0.1, 1])
    #expect(Ticks.log10(from: 0.001, to: 1, count: 2) == [0.001, 0.1])
    #expect(Ticks.log10(from: 0.04, to: 0.8, count: 4) == [0.05, 0.1, 0.2, 0.5])
    #expect(Ticks.log10(from: 0.3, to: 0.4, count: 4) == [0.3, 0.32, 0.34, 0.36, 0.38, 0.4])
    #expect(Ticks.log10(from: 0, to: 1, count: 4) == [])
  }
}
