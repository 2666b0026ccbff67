import MiniPython
import Testing

/// The losses as objects called on `(y_true, y_pred)`, against numpy:
/// ```python
/// -(np.log(.8) + np.log(.6)) / 2   # 0.3669845875401002   binary cross-entropy
/// -np.log(0.7)                     # 0.35667494393873245  categorical / sparse
/// np.log(1 + np.exp(-1.0))         # 0.31326168751822286  sparse, from logits [2, 1], class 0
/// (0.7 + 1.5) / 2                  # 1.1                  hinge, 0/1 labels read as -1/+1
/// ```
@Suite struct KerasLossTests {
  @Test(arguments: [
    ("BinaryCrossentropy()([[1], [0]], [[0.8], [0.4]])", "0.3669845875401002"),
    ("CategoricalCrossentropy()([[0, 1, 0]], [[0.2, 0.7, 0.1]])", "0.35667494393873245"),
    ("SparseCategoricalCrossentropy()([1], [[0.2, 0.7, 0.1]])", "0.35667494393873245"),
    ("SparseCategoricalCrossentropy(from_logits=True)([0], [[2.0, 1.0]])", "0.31326168751822286"),
    ("Hinge()([[1], [0]], [[0.3], [0.5]])", "1.1"),
    ("MeanSquaredError()([[1, 2]], [[1.5, 2.5]])", "0.25"),
    ("BinaryCrossentropy()([[1]], [[0.0]])", "16.11809565095832"),
  ])
  func lossValuesMatchNumpy(_ call: String, _ expected: String) {
    let result = KerasScript.run("from tensorflow.keras import losses\nprint(losses.\(call))")
    #expect(KerasScript.outcome(result) == expected + "\n", "\(call)")
  }

  @Test func categoricalTargetsOfTheWrongShapeSuggestTheSparseLoss() {
    let result = KerasScript.run(
      """
      import numpy as np
      from tensorflow.keras import layers, models
      m = models.Sequential([layers.Dense(3, activation='softmax', input_shape=(2,))])
      m.compile(optimizer='adam', loss='categorical_crossentropy')
      m.fit(np.ones((4, 2)), np.array([0, 1, 2, 1]), verbose=0)
      """)
    #expect(
      KerasScript.outcome(result)
        == "ValueError: categorical_crossentropy: targets of shape (4,) do not match outputs of shape (None, 3); for integer labels use loss='sparse_categorical_crossentropy'"
    )
  }
}
