import MiniPython
import NeuralCore
import Testing

/// `Sequential`: summary, weights, predict and evaluate.
extension String {
  fileprivate func trimmingTrailing() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}

@Suite struct KerasModelTests {
  /// Keras 2's table: columns end at 29, 55 and 65; a cell too long for its column continues on
  /// the next line after `),` or at the cut; a blank row follows every layer.
  @Test func summaryPrintsKerasTableLiterally() {
    let result = KerasScript.run(
      """
      import tensorflow as tf
      model = tf.keras.Sequential([
          tf.keras.Input(shape=(28, 28, 1)),
          tf.keras.layers.Conv2D(8, 3, activation='relu'),
          tf.keras.layers.MaxPooling2D(),
          tf.keras.layers.Flatten(),
          tf.keras.layers.BatchNormalization(),
          tf.keras.layers.Dense(10, activation='softmax'),
      ], name='digits')
      model.summary()
      """)
    let expected = [
      "Model: \"digits\"",
      "_________________________________________________________________",
      " Layer (type)                Output Shape              Param #   ",
      "=================================================================",
      " conv2d (Conv2D)             (None, 26, 26, 8)         80        ",
      "                                                                 ",
      " max_pooling2d (MaxPooling2D  (None, 13, 13, 8)        0         ",
      " )                                                               ",
      "                                                                 ",
      " flatten (Flatten)           (None, 1352)              0         ",
      "                                                                 ",
      " batch_normalization (BatchN  (None, 1352)             5408      ",
      " ormalization)                                                   ",
      "                                                                 ",
      " dense (Dense)               (None, 10)                13530     ",
      "                                                                 ",
      "=================================================================",
      "Total params: 19,018",
      "Trainable params: 16,314",
      "Non-trainable params: 2,704",
      "_________________________________________________________________",
    ]
    #expect(KerasScript.outcome(result).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) == expected + [""])
  }

  /// The course's `happyModel` (course 4, week 1), whose notebook shows 37,633 parameters of
  /// which 64 are not trained (the batch norm's moving statistics).
  @Test func courseHappyModelHasTheCoursesParameterCounts() {
    let result = KerasScript.run(
      """
      import tensorflow as tf
      import tensorflow.keras.layers as tfl
      model = tf.keras.Sequential([
          tfl.ZeroPadding2D(padding=(3, 3), input_shape=(64, 64, 3)),
          tfl.Conv2D(32, (7, 7), strides=(1, 1)),
          tfl.BatchNormalization(axis=3),
          tfl.ReLU(),
          tfl.MaxPool2D(),
          tfl.Flatten(),
          tfl.Dense(1, activation='sigmoid')])
      model.summary()
      """)
    let lines = KerasScript.outcome(result).split(separator: "\n").map(String.init)
    #expect(lines.filter { $0.contains("(None") }.map { String($0.prefix(55)).trimmingTrailing() } == [
      " zero_padding2d (ZeroPadding  (None, 70, 70, 3)",
      " conv2d (Conv2D)             (None, 64, 64, 32)",
      " batch_normalization (BatchN  (None, 64, 64, 32)",
      " re_lu (ReLU)                (None, 64, 64, 32)",
      " max_pooling2d (MaxPooling2D  (None, 32, 32, 32)",
      " flatten (Flatten)           (None, 32768)",
      " dense (Dense)               (None, 1)",
    ])
    #expect(lines.suffix(4) == [
      "Total params: 37,633", "Trainable params: 37,569", "Non-trainable params: 64",
      "_________________________________________________________________",
    ])
  }

  @Test func summaryOfAnUnbuiltModelRaisesKerasError() {
    let result = KerasScript.run(
      "from keras import layers, models\nm = models.Sequential([layers.Dense(2)])\nm.summary()")
    #expect(
      KerasScript.outcome(result)
        == "ValueError: This model has not yet been built. Build the model first by calling `build()` or by calling the model on a batch of data."
    )
  }

  @Test func setWeightsThenPredictComputesTheForwardPass() {
    // y = sigmoid(relu(x·W1 + b1)·W2 + b2) with x = [1, 2]: x·W1 + b1 = [3 - 1, -1 + 0.5],
    // relu → [2, 0], z = 2·1 + 0·(-2) + 0 = 2, sigmoid(2) = 0.8807970779778823.
    let result = KerasScript.run(
      """
      import numpy as np
      from backprop.nn import layers, models
      m = models.Sequential([layers.Dense(2, activation='relu', input_shape=(2,)), layers.Dense(1, activation='sigmoid')])
      m.set_weights([np.array([[1.0, 1.0], [1.0, -1.0]]), np.array([-1.0, 0.5]), np.array([[1.0], [-2.0]]), np.zeros(1)])
      print(m.predict(np.array([[1.0, 2.0]]))[0, 0])
      print(m(np.array([[1.0, 2.0]])).shape, len(m.get_weights()), m.count_params())
      """)
    #expect(KerasScript.outcome(result) == "0.8807970779778823\n(1, 1) 4 9\n")
  }

  @Test func evaluateReturnsLossAndAccuracy() {
    // Weights 0: every prediction is sigmoid(0) = 0.5, so the loss is log 2 = 0.6931471805599453
    // (0.5 is not above the 0.5 threshold, so only the label-0 examples count as right).
    let result = KerasScript.run(
      """
      import numpy as np
      from tensorflow.keras import layers, models
      m = models.Sequential([layers.Dense(1, activation='sigmoid', kernel_initializer='zeros', input_shape=(2,))])
      m.compile(optimizer='sgd', loss='binary_crossentropy', metrics=['accuracy'])
      print(m.evaluate(np.ones((4, 2)), np.array([0, 1, 1, 1]), verbose=0))
      """)
    #expect(KerasScript.outcome(result) == "[0.6931471805599453, 0.25]\n")
  }

  @Test(arguments: [
    (
      "layers.Conv2D(3, 3, dilation_rate=2)",
      "ValueError: Conv2D: unsupported argument 'dilation_rate' (supported: filters, kernel_size, strides, padding, activation, kernel_initializer, kernel_regularizer, input_shape, name)"
    ),
    (
      "layers.Dense(4, use_bias=False)",
      "ValueError: Dense: unsupported argument 'use_bias' (supported: units, activation, kernel_initializer, kernel_regularizer, input_dim, input_shape, name)"
    ),
    (
      "layers.Dense(4, activation='swish')",
      "ValueError: Dense: unknown activation 'swish' (supported: linear, sigmoid, tanh, relu, leaky_relu, softmax)"
    ),
    (
      "layers.Dense(4, kernel_initializer='orthogonal')",
      "ValueError: Dense: unknown initializer 'orthogonal' (supported: glorot_uniform, glorot_normal, he_normal, random_normal, zeros)"
    ),
    (
      "layers.Conv2D(3, (3, 5))",
      "ValueError: Conv2D: kernel_size (3, 5) is not supported (only square windows: one integer or two equal ones)"
    ),
    (
      "layers.MaxPooling2D(2, padding='full')",
      "ValueError: MaxPooling2D: padding='full' is not supported (supported: 'valid', 'same')"
    ),
    (
      "models.Sequential([layers.Dense(2, input_shape=(2,))]).compile(optimizer='adagrad', loss='mse')",
      "ValueError: compile: unknown optimizer 'adagrad' (supported: sgd, rmsprop, adam)"
    ),
    (
      "models.Sequential([layers.Dense(2, input_shape=(2,))]).compile(optimizer='adam', loss='kld')",
      "ValueError: compile: unknown loss 'kld' (supported: binary_crossentropy, categorical_crossentropy, sparse_categorical_crossentropy, mse, hinge)"
    ),
    (
      "models.Sequential([layers.Dense(2, input_shape=(2,))]).compile(loss='mse', metrics=['mae'])",
      "ValueError: compile: unsupported metric 'mae' (supported: 'accuracy')"
    ),
    (
      "models.Sequential([layers.Dense(2, input_shape=(2,))]).fit([[1, 2]], [[1, 2]], callbacks=[])",
      "ValueError: fit: unsupported argument 'callbacks' (supported: x, y, batch_size, epochs, verbose, validation_split, validation_data, shuffle)"
    ),
    (
      "models.Sequential([layers.Conv2D(2, 3, input_shape=(2,))])",
      "ValueError: Conv2D: expects input of shape (None, height, width, channels), got (None, 2)"
    ),
    (
      "layers.LSTM(4, dropout=0.2)",
      "ValueError: LSTM: unsupported argument 'dropout' (supported: units, return_sequences, kernel_initializer, input_shape, name)"
    ),
    (
      "models.Sequential([layers.Embedding(5, 2, input_length=3)]).predict([[0, 4, 5]])",
      "ValueError: Embedding 'embedding': index 5.0 is not an integer in 0..<5 (input_dim=5)"
    ),
    (
      "models.Sequential([layers.Dense(4, input_shape=(3,)), layers.Embedding(5, 2)])",
      "ValueError: Embedding 'embedding' must be the first layer: it reads integer indices, not the outputs of another layer"
    ),
    (
      "layers.BatchNormalization(momentum=1.5)",
      "ValueError: BatchNormalization: momentum must be in [0, 1] and epsilon positive, got 1.5 and 0.001"
    ),
    (
      "models.Model(inputs=1, outputs=2)",
      "NotImplementedError: Model (the functional API) is not supported (supported: Sequential([...]) and model.add)"
    ),
  ])
  func unsupportedUsesRaiseErrorsNamingTheSubset(_ code: String, _ expected: String) {
    let result = KerasScript.run("from tensorflow.keras import layers, models\n" + code)
    #expect(KerasScript.outcome(result) == expected)
  }
}
