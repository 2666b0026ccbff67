import Testing

@testable import TextPlot

@Suite struct BarChartTests {
  @Test func labelsSitUnderTheirBars() {
    let chart = BarChart(labels: ["a", "猫", "c"], values: [3, 1, 2])
    #expect(
      chart.lines(width: 24, height: 8) == [
        " │ ▆▆▆▆▆▆               ",
        " │ ██████               ",
        "2┤ ██████        ▆▆▆▆▆▆ ",
        " │ ██████        ██████ ",
        " │ ██████ ▇▇▇▇▇▇ ██████ ",
        "0┤ ██████ ██████ ██████ ",
        " └───┬───────┬──────┬───",
        "     a      猫      c   ",
      ])
    #expect(chart.summary == "largest: a 3; smallest: 猫 1")
  }

  @Test func docExample() {
    #expect(
      BarChart(labels: ["cat", "dog"], values: [0.7, 0.3]).summary
        == "largest: cat 0.7; smallest: dog 0.3")
  }

  @Test func specialValues() {
    #expect(BarChart(labels: [], values: []).summary == "bar chart: no data")
    let withNaN = BarChart(labels: ["a", "b"], values: [.nan, 2])
    #expect(withNaN.summary == "largest: b 2; smallest: b 2, 1 NaN/inf skipped")
    #expect(
      BarChart(labels: ["a"], values: [-1]).lines(width: 20, height: 6, mode: .ascii) == [
        " 0.0| ############# ",
        "    | ############# ",
        "-0.5| ############# ",
        "-1.0| ############# ",
        "    +-------+-------",
        "            a       ",
      ])
  }
}
