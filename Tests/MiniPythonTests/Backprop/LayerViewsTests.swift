import MiniPython
import Testing
import TextPlot

/// `show_filters`, `show_activations` and `show_hidden` through a session: the figures' grids,
/// titles and summaries, and the errors.
@Suite struct LayerViewsTests {
  static let prelude = """
    import numpy as np
    import tensorflow as tf
    from tensorflow.keras import layers
    import backprop
    X, y = backprop.datasets.shapes(n_samples=8)
    conv = tf.keras.Sequential([
        layers.Conv2D(4, 3, activation='relu', input_shape=(8, 8, 1)), layers.MaxPooling2D(2),
        layers.Flatten(), layers.Dense(4, activation='softmax')])
    rnn = tf.keras.Sequential([layers.SimpleRNN(6, input_shape=(20, 1)), layers.Dense(1)])

    """

  static func figures(_ source: String) -> (figures: [PlotFigure], result: RunResult) {
    let result = Session().run(source: prelude + source)
    let figures = result.outputs.compactMap { output -> PlotFigure? in
      if case .plot(let figure) = output { return figure } else { return nil }
    }
    return (figures, result)
  }

  @Test func filtersOfAConvLayerAndTemplatesOfADenseOne() {
    let (figures, result) = LayerViewsTests.figures(
      """
      backprop.show_filters(conv.layers[0])
      lin = tf.keras.Sequential([layers.Flatten(input_shape=(8, 8, 1)), layers.Dense(10)])
      backprop.show_filters(lin.layers[1], max_filters=3)
      """)
    #expect(result.error == nil)
    #expect(
      figures.map(\.summary) == [
        "conv2d: 4 of 4 filters: 0: 3x3 field from 0 to 1 | 1: 3x3 field from 0 to 1 | 2: 3x3 field from 0 to 1 | 3: 3x3 field from 0 to 1",
        "dense_2: 3 of 10 filters: 0: 8x8 field from 0 to 1 | 1: 8x8 field from 0 to 1 | 2: 8x8 field from 0 to 1",
      ])
    #expect(figures[0].rows == 1 && figures[0].columns == 4)
    #expect(figures[0].subplots.allSatisfy { !$0.showsAxis })
  }

  @Test func activationsRowByLayerWithoutFlatten() {
    let (figures, result) = LayerViewsTests.figures(
      "backprop.show_activations(conv, X[3], channels=2)\n")
    #expect(result.error == nil)
    #expect(figures.count == 1)
    let figure = figures[0]
    #expect(figure.title == "activations of sequential for one example")
    #expect(figure.rows == 3 && figure.columns == 2)
    #expect(figure.subplots.map(\.title) == ["conv2d", "", "max_pooling2d", "", "dense", ""])
    #expect(
      figure.summary.hasPrefix(
        "activations of sequential for one example: conv2d: 6x6 field from 0 to "))
    #expect(
      figure.summary.contains("| max_pooling2d: 3x3 field from ")
        && figure.summary.contains("| dense: 1x4 field from "))
  }

  @Test func hiddenStateAsAHeatStrip() {
    let (figures, result) = LayerViewsTests.figures(
      """
      S, t = backprop.datasets.sine(n_samples=4)
      backprop.show_hidden(rnn, S[0])
      """)
    #expect(result.error == nil)
    #expect(figures.count == 1)
    #expect(
      figures[0].summary.hasPrefix("simple_rnn: hidden state over 20 time steps: 6x20 field from -")
    )
    #expect(figures[0].subplots[0].xLabel == "time step" && figures[0].subplots[0].yLabel == "unit")
  }

  @Test(arguments: [
    (
      "backprop.show_filters(conv.layers[2])",
      "TypeError: show_filters() takes a built Conv2D or Dense layer (model.layers[i]), not Flatten"
    ),
    (
      "backprop.show_filters(rnn.layers[1])",
      "ValueError: show_filters() shows Conv2D kernels or Dense weights of a square input size; dense_1 has weights of shape (6, 1)"
    ),
    (
      "backprop.show_hidden(conv, X[0])",
      "ValueError: show_hidden() needs a model with a recurrent layer (SimpleRNN, LSTM or GRU); sequential has none"
    ),
    (
      "backprop.show_activations(conv, np.zeros((3, 3)))",
      "ValueError: show_activations() needs one example of shape (8, 8, 1) (or a batch of them), not (3, 3)"
    ),
    (
      "backprop.show_activations(lambda x: x, X[0])",
      "TypeError: show_activations() takes a Keras model (tf.keras.Sequential), not function"
    ),
  ])
  func errorsSayWhatIsExpected(_ line: String, _ expected: String) {
    #expect(LayerViewsTests.figures(line + "\n").result.error?.lastLine == expected)
  }
}
