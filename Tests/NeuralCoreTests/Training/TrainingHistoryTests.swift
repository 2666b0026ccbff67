import TestSupport
import Testing

@testable import NeuralCore

@Suite struct TrainingHistoryTests {
  @Test func recordsLossAndMetricsPerEpoch() {
    var history = TrainingHistory()
    history.record(loss: 0.693147, metrics: ["accuracy": 0.5])
    history.record(loss: 0.41266, metrics: ["accuracy": 0.8125])
    #expect(history.losses == [0.693147, 0.41266])
    #expect(history.metrics == ["accuracy": [0.5, 0.8125]])
    #expect(history.epochCount == 2)
    #expect(history.bestEpoch! == (2, 0.41266))
    #expect(
      history.description == """
        epoch  loss    accuracy
            1  0.6931  0.5000
            2  0.4127  0.8125
        """)
  }

  @Test func nanNeverCountsAsBest() {
    var history = TrainingHistory()
    history.record(loss: .nan)
    #expect(history.bestEpoch == nil)
    history.record(loss: 3)
    #expect(history.bestEpoch! == (2, 3))
    #expect(history.description == "epoch  loss  \n    1  nan\n    2  3.0000")
  }

  @Test func emptyHistorySaysSo() {
    #expect(TrainingHistory().description == "no epochs recorded")
  }

  @Test(arguments: [
    (0.69315, 4, "0.6932"), (-0.00004, 4, "0.0000"), (-1.5, 1, "-1.5"), (2, 0, "2"),
    (12.3456, 2, "12.35"),
    (Double.infinity, 2, "inf"),
  ])
  func fixedPointRounds(x: Double, decimals: Int, expected: String) {
    #expect(fixedPoint(x, decimals: decimals) == expected)
  }
}
