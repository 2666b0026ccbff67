import MiniPython
import Testing
import TextPlot

@testable import NotebookUI

@Suite struct TrainingMonitorTests {
  @Test func progressTextIsAKerasStyleBarAndTheMetrics() {
    let monitor = TrainingMonitor(RunOutputTests.progress(epoch: 1, step: 2, loss: 0.69314))
    #expect(
      monitor.progressText
        == "Epoch 1/2  2/4 [===============>..............]  0s 12ms/step\n"
        + "loss: 0.6931 - accuracy: 0.5000\n")
  }

  @Test func theCurvePlotsRunningLossPerBatchAndEpochLossesAgainstEpochs() {
    var monitor = TrainingMonitor(RunOutputTests.progress(epoch: 1, step: 2, loss: 0.8))
    monitor.record(RunOutputTests.progress(epoch: 1, step: 4, loss: 0.6))
    monitor.record(RunOutputTests.progress(epoch: 2, step: 2, loss: 0.4, epochLosses: [0.6]))
    let curve = monitor.curve
    #expect(curve.series.map(\.name) == ["batch loss", "epoch loss"])
    #expect(curve.series[0].x == [0.5, 1.0, 1.5])
    #expect(curve.series[0].y == [0.8, 0.6, 0.4])
    #expect(curve.series[1].x == [1.0])
    #expect(curve.series[1].y == [0.6])
    #expect(curve.xLimits == 0...2)
  }

  @Test func aLaterBatchContinuesAnEarlierOneDoesNot() {
    let monitor = TrainingMonitor(RunOutputTests.progress(epoch: 2, step: 1, loss: 0.5))
    #expect(monitor.continues(with: RunOutputTests.progress(epoch: 2, step: 3, loss: 0.5)))
    #expect(!monitor.continues(with: RunOutputTests.progress(epoch: 1, step: 4, loss: 0.5)))
  }

  @Test func longRunsKeepAtMostTheSampleLimit() {
    var monitor = TrainingMonitor(RunOutputTests.progress(epoch: 1, step: 1, loss: 1))
    for step in 0..<(TrainingMonitor.sampleLimit + 10) {
      monitor.record(
        TrainingProgress(
          epoch: 1, epochs: 1, step: step, steps: 1_000_000,
          metrics: [.init(name: "loss", value: 1)], epochLosses: [], elapsed: 0))
    }
    #expect(monitor.curve.series[0].y.count <= TrainingMonitor.sampleLimit)
    #expect(monitor.curve.series[0].y.count > TrainingMonitor.sampleLimit / 2)
  }
}
