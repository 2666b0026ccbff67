import MiniPython
import Testing
import TextPlot

/// `backprop.compare` through a session: the same seed gives the same run, runs differ only by
/// what their settings change, and the curves are drawn together.
@Suite struct OptimizerComparisonTests {
  static let prelude = """
    import numpy as np
    import tensorflow as tf
    from tensorflow.keras import layers
    import backprop
    X, y = backprop.datasets.moons(n_samples=64)
    def build(kernel_initializer='glorot_uniform'):
        return tf.keras.Sequential([
            layers.Dense(4, activation='tanh', input_shape=(2,), kernel_initializer=kernel_initializer),
            layers.Dense(1, activation='sigmoid')])

    """

  static func figures(_ source: String) -> (figures: [PlotFigure], result: RunResult) {
    let result = Session().run(source: prelude + source)
    let figures = result.outputs.compactMap { output -> PlotFigure? in
      if case .plot(let figure) = output { return figure } else { return nil }
    }
    return (figures, result)
  }

  @Test func sameSettingsSameCurveAndEveryRunDrawn() {
    let (figures, result) = OptimizerComparisonTests.figures(
      """
      h = backprop.compare(build, X, y, {
          'sgd': 'sgd', 'sgd again': tf.keras.optimizers.SGD(0.01),
          'adam': tf.keras.optimizers.Adam(0.05),
          'adam, zeros': {'optimizer': tf.keras.optimizers.Adam(0.05), 'kernel_initializer': 'zeros'}},
          epochs=5, batch_size=16)
      loss = {k: v.history['loss'] for k, v in h.items()}
      print(list(h), len(loss['sgd']), loss['sgd'] == loss['sgd again'], loss['adam'] != loss['adam, zeros'])
      print(loss['adam'][-1] < loss['sgd'][-1])
      """)
    #expect(result.error == nil)
    #expect(result.text == "['sgd', 'sgd again', 'adam', 'adam, zeros'] 5 True True\nTrue\n")
    #expect(figures.count == 1)
    let axes = figures[0].subplots
    #expect(
      axes.count == 1 && axes[0].title == "loss" && axes[0].xLabel == "epoch" && axes[0].showsLegend
    )
    #expect(axes[0].layers.count == 4)
    #expect(figures[0].summary.hasPrefix("loss: sgd "))
  }

  @Test func metricsGetAPanelOfTheirOwn() {
    let (figures, result) = OptimizerComparisonTests.figures(
      """
      backprop.compare(build, X, y, {'a': 'adam', 'b': 'rmsprop'}, epochs=3, metrics=['accuracy'])
      """)
    #expect(result.error == nil)
    #expect(figures.first?.subplots.map(\.title) == ["loss", "accuracy"])
  }

  @Test(arguments: [
    (
      "backprop.compare(build, X, y, ['sgd', 'adam'])",
      "TypeError: compare() takes runs as a dict of label -> optimizer (or -> dict of options)"
    ),
    (
      "backprop.compare(lambda: 3, X, y, {'a': 'sgd'})",
      "TypeError: compare() needs build() to return a Keras model (tf.keras.Sequential), got int for run 'a'"
    ),
    (
      "backprop.compare(build, X, y, {'a': 'sgd'}, lr=0.1)",
      "TypeError: compare() got an unexpected keyword argument 'lr'"
    ),
  ])
  func errorsSayWhatIsExpected(_ line: String, _ expected: String) {
    #expect(OptimizerComparisonTests.figures(line + "\n").result.error?.lastLine == expected)
  }
}
