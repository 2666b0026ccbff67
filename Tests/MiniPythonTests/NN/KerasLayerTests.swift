import MiniPython
import Testing

/// Each layer's output shape and parameter count, as Keras reports them for the same layer.
///
/// Keras' counts, from its formulas (no TensorFlow here to run):
/// - Dense(units) on D inputs: D·units + units.
/// - Conv2D(F, k) on C channels: k·k·C·F + F; 'valid' output (n − k)/s + 1, 'same' ⌈n/s⌉.
/// - BatchNormalization on C features: 4C (γ, β trained; moving mean and variance not).
/// - SimpleRNN(H) on D features: D·H + H·H + H; LSTM: 4(D·H + H·H + H);
///   GRU (reset_after=True, the default): 3(D·H + H·H + 2H); reset_after=False: 3(D·H + H·H + H).
/// - Embedding(V, E): V·E.
@Suite struct KerasLayerTests {
  static let cases: [(input: String, layer: String, expected: String)] = [
    ("(2,)", "Dense(4)", "(None, 4) 12"),
    ("(400,)", "Dense(10, activation='softmax')", "(None, 10) 4010"),
    ("(227, 227, 3)", "Conv2D(96, 11, strides=4)", "(None, 55, 55, 96) 34944"),
    ("(28, 28, 1)", "Conv2D(8, 3, padding='same', activation='relu')", "(None, 28, 28, 8) 80"),
    ("(32, 32, 3)", "Conv2D(16, (5, 5), strides=2, padding='same')", "(None, 16, 16, 16) 1216"),
    ("(55, 55, 96)", "MaxPooling2D(3, strides=2)", "(None, 27, 27, 96) 0"),
    ("(28, 28, 8)", "AveragePooling2D()", "(None, 14, 14, 8) 0"),
    ("(7, 7, 3)", "MaxPooling2D((2, 3), padding='same')", "(None, 4, 3, 3) 0"),
    ("(9, 8, 2)", "AveragePooling2D(pool_size=(3, 2), strides=(2, 1))", "(None, 4, 7, 2) 0"),
    ("(5, 5, 1)", "AvgPool2D(3, strides=2, padding='same')", "(None, 3, 3, 1) 0"),
    ("(64, 64, 3)", "ZeroPadding2D(3)", "(None, 70, 70, 3) 0"),
    ("(5, 5, 16)", "Flatten()", "(None, 400) 0"),
    ("(10,)", "BatchNormalization()", "(None, 10) 40"),
    ("(28, 28, 8)", "BatchNormalization()", "(None, 28, 28, 8) 32"),
    ("(4,)", "Dropout(0.5)", "(None, 4) 0"),
    ("(4,)", "Activation('leaky_relu')", "(None, 4) 0"),
    ("(5, 10)", "SimpleRNN(16)", "(None, 16) 432"),
    ("(5, 10)", "LSTM(32)", "(None, 32) 5504"),
    ("(5, 10)", "LSTM(32, return_sequences=True)", "(None, 5, 32) 5504"),
    ("(5, 10)", "GRU(32)", "(None, 32) 4224"),
    ("(5, 10)", "GRU(32, reset_after=False)", "(None, 32) 4128"),
    ("(10,)", "Embedding(1000, 64)", "(None, 10, 64) 64000"),
  ]

  @Test(arguments: cases)
  func outputShapeAndParameterCountMatchKeras(_ input: String, _ layer: String, _ expected: String) {
    let result = KerasScript.run(
      """
      from tensorflow.keras import layers, models
      m = models.Sequential([layers.Input(shape=\(input)), layers.\(layer)])
      print(m.output_shape, m.count_params())
      """)
    #expect(KerasScript.outcome(result) == expected + "\n", "\(layer)")
  }

  @Test func weightsHaveKerasShapes() {
    let result = KerasScript.run(
      """
      from tensorflow.keras import layers, models
      m = models.Sequential([
          layers.Conv2D(4, 3, input_shape=(8, 8, 2)), layers.Flatten(),
          layers.BatchNormalization(), layers.Dense(3)])
      print([w.shape for w in m.get_weights()])
      print([w.shape for w in m.layers[3].weights], m.layers[0].kernel.shape)
      print([l.name for l in m.layers])
      g = models.Sequential([layers.GRU(3, input_shape=(4, 2))])
      w = g.get_weights()
      g.set_weights(w)
      print([x.shape for x in w], (g.get_weights()[2] == w[2]).all())
      """)
    #expect(
      KerasScript.outcome(result) == """
        [(3, 3, 2, 4), (4,), (144,), (144,), (144,), (144,), (144, 3), (3,)]
        [(144, 3), (3,)] (3, 3, 2, 4)
        ['conv2d', 'flatten', 'batch_normalization', 'dense']
        [(2, 9), (3, 9), (2, 9)] True

        """)
  }

  @Test func layersAreNamedAsKerasNamesThemUntilTheSessionIsCleared() {
    let result = KerasScript.run(
      """
      import tensorflow as tf
      from tensorflow.keras import layers
      names = [layers.Dense(1).name, layers.Dense(1).name, layers.SimpleRNN(1).name, layers.LeakyReLU().name]
      tf.keras.backend.clear_session()
      print(names, layers.Dense(1).name, tf.keras.Sequential().name)
      """)
    #expect(
      KerasScript.outcome(result) == "['dense', 'dense_1', 'simple_rnn', 'leaky_re_lu'] dense sequential\n")
  }

  @Test func layerCalledOnAnArrayAppliesItInInference() {
    let result = KerasScript.run(
      """
      import numpy as np
      from tensorflow.keras import layers
      d = layers.Dense(2, activation='relu')
      y = d(np.ones((3, 4)))
      d.set_weights([np.ones((4, 2)), np.array([0.5, -10.0])])
      print(y.shape, d(np.ones((1, 4))))
      """)
    #expect(KerasScript.outcome(result) == "(3, 2) [[4.5 0. ]]\n")
  }
}
