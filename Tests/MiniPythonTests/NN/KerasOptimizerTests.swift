import MiniPython
import Testing

/// Optimizer objects, schedules and the L2 penalty, step by step on `Dense(1)` with one example.
///
/// With `x = 1`, `y = 1`, weights 0 and `mse`, the first gradient is `2(ŷ − y) = −2` for both the
/// kernel and the bias. Expected values by hand (python3):
/// ```python
/// sgd:      0 - 0.1 * -2 = 0.2
/// momentum: v = 0.1 * 2 = 0.2, w = 0.2; then ŷ = 0.4, g = -1.2, v = 0.9 * 0.2 - 0.1 * -1.2, w = 0.2 + v  # 0.5
/// adam:     0.1 * 2 / (np.sqrt(4.0) + 1e-7)  # 0.09999999500000026
/// ```
@Suite struct KerasOptimizerTests {
  static func weightsAfter(_ optimizer: String, epochs: Int) -> String {
    KerasScript.outcome(
      KerasScript.run(
        """
        import numpy as np
        from tensorflow.keras import layers, models, optimizers
        m = models.Sequential([layers.Dense(1, kernel_initializer='zeros', input_shape=(1,))])
        m.compile(optimizer=\(optimizer), loss='mse')
        m.fit(np.array([[1.0]]), np.array([[1.0]]), epochs=\(epochs), verbose=0)
        print([round(float(w.flatten()[0]), 12) for w in m.get_weights()])
        """))
  }

  @Test(arguments: [
    ("optimizers.SGD(learning_rate=0.1)", 1, "[0.2, 0.2]"),
    ("'sgd'", 1, "[0.02, 0.02]"),
    ("optimizers.SGD(learning_rate=0.1, momentum=0.9)", 2, "[0.5, 0.5]"),
    ("optimizers.Adam(learning_rate=0.1)", 1, "[0.099999995, 0.099999995]"),
    ("optimizers.RMSprop(learning_rate=0.1, rho=0.0)", 1, "[0.099999995, 0.099999995]"),
  ])
  func oneExampleStepsMatchHandComputedUpdates(_ optimizer: String, _ epochs: Int, _ expected: String) {
    #expect(Self.weightsAfter(optimizer, epochs: epochs) == expected + "\n", "\(optimizer)")
  }

  @Test func schedulesDecayWithTheBatchCount() {
    let result = KerasScript.run(
      """
      from tensorflow.keras import optimizers
      e = optimizers.schedules.ExponentialDecay(0.1, decay_steps=10, decay_rate=0.5)
      s = optimizers.schedules.ExponentialDecay(0.1, 10, 0.5, staircase=True)
      i = optimizers.schedules.InverseTimeDecay(0.1, decay_steps=10, decay_rate=1.0)
      print(e(5), s(15), i(10))
      opt = optimizers.SGD(learning_rate=e)
      print(opt.learning_rate, opt.iterations)
      """)
    #expect(KerasScript.outcome(result) == "0.07071067811865477 0.05 0.05\n0.1 0\n")
  }

  /// Keras' L2 adds `λ·ΣW²` (no ½): a perfect prediction with kernel 2 and λ = 0.5 costs 2.
  @Test func l2PenaltyIsAddedToTheLoss() {
    let result = KerasScript.run(
      """
      import numpy as np
      from tensorflow.keras import layers, models, regularizers
      m = models.Sequential([layers.Dense(1, kernel_regularizer=regularizers.l2(0.5), input_shape=(1,))])
      m.set_weights([np.array([[2.0]]), np.zeros(1)])
      m.compile(optimizer='sgd', loss='mse')
      print(m.evaluate(np.array([[1.0]]), np.array([[2.0]]), verbose=0))
      """)
    #expect(KerasScript.outcome(result) == "2.0\n")
  }
}
