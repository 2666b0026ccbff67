@testable import MiniPython
import Testing

@Suite struct TrainingProgressTests {
  @Test func lineMatchesKerasLayoutMidEpoch() {
    let progress = TrainingProgress(
      epoch: 2, epochs: 10, step: 3, steps: 6,
      metrics: [.init(name: "loss", value: 0.693147), .init(name: "accuracy", value: 0.5)],
      epochLosses: [0.9], elapsed: 0.012)
    #expect(progress.header == "Epoch 2/10")
    #expect(progress.line(barWidth: 10) == "3/6 [=====>....] - 0s 4ms/step - loss: 0.6931 - accuracy: 0.5000")
    #expect(!progress.isEpochEnd)
  }

  @Test func fullBarAtEpochEnd() {
    let progress = TrainingProgress(
      epoch: 1, epochs: 1, step: 4, steps: 4, metrics: [.init(name: "loss", value: -0.00004)],
      epochLosses: [], elapsed: 0.0002)
    #expect(progress.isEpochEnd)
    #expect(progress.line(barWidth: 4) == "4/4 [====] - 0s 50us/step - loss: 0.0000")
  }

  @Test func nonFiniteMetricsPrintAsPython() {
    #expect(TrainingProgress.fourDecimals(.nan) == "nan")
    #expect(TrainingProgress.fourDecimals(-.infinity) == "-inf")
    #expect(TrainingProgress.fourDecimals(-1.23456) == "-1.2346")
  }
}
