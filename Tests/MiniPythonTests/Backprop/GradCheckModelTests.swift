import NeuralCore
import Testing

@testable import MiniPython

/// `gradcheck(model, X, Y)` on Keras-style models: right models pass, a deliberately broken layer
/// is caught and explained, and the errors name what is expected.
@Suite struct GradCheckModelTests {
  /// A dense layer whose backward pass returns half the kernel's gradient: a planted bug.
  struct HalfKernelGradient: Layer {
    var inner: Dense
    var parameters: [String: Tensor] {
      get { inner.parameters }
      set { inner.parameters = newValue }
    }
    func outputShape(forInputShape shape: [Int]) throws(ShapeError) -> [Int] {
      try inner.outputShape(forInputShape: shape)
    }
    func forward(_ x: Tensor) -> (output: Tensor, cache: Dense.Cache) { inner.forward(x) }
    func backward(_ dy: Tensor, cache: Dense.Cache) -> LayerGradients {
      var gradients = inner.backward(dy, cache: cache)
      gradients.parameters["weight"] = gradients.parameters["weight"].map { 0.5 * $0 }
      return gradients
    }
    var description: String { "HalfKernelGradient(\(inner))" }
  }

  static let planarModel = """
    import numpy as np
    import tensorflow as tf
    from tensorflow.keras import layers
    import backprop
    X, y = backprop.datasets.planar()
    model = tf.keras.Sequential([layers.Dense(4, activation='tanh', input_shape=(2,)), layers.Dense(1, activation='sigmoid')])
    model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])

    """

  @Test func aRightModelIsGreatInEveryWeight() {
    let result = Session().run(
      source: GradCheckModelTests.planarModel
        + "r = backprop.gradcheck(model, X[:8], y[:8])\nprint(r.band, r.passed, sorted(r.errors))\n"
    )
    #expect(result.error == nil)
    let lines = result.text.split(separator: "\n").map(String.init)
    #expect(
      lines.first
        == "gradcheck: model \"sequential\" on 8 examples, 17 weights by centred differences (h = 1e-05)"
    )
    #expect(lines.filter { $0.contains("relative error") }.count == 4)
    #expect(lines.filter { $0.contains(": great (below 1e-7)") }.count == 4)
    #expect(
      lines.last == "great True ['dense.bias', 'dense.kernel', 'dense_1.bias', 'dense_1.kernel']")
  }

  @Test func reluDropoutAndL2AreCheckedAsFitTrainsThemAndKinksAreNamed() {
    let result = Session().run(
      source: GradCheckModelTests.planarModel + """
        from tensorflow.keras import regularizers
        net = tf.keras.Sequential([
            layers.Dense(16, activation='relu', input_shape=(2,), kernel_regularizer=regularizers.l2(0.01)),
            layers.Dropout(0.3),
            layers.Dense(3, activation='softmax')])
        net.compile(optimizer='sgd', loss='sparse_categorical_crossentropy')
        Xs, ys = backprop.datasets.spiral()
        r = backprop.gradcheck(net, Xs[1::30], ys[1::30], samples=10, verbose=False)
        print(r.band, len(r.errors))
        print(str(r).split('\\n')[0])
        r = backprop.gradcheck(net, Xs[::30], ys[::30], samples=10, verbose=False)
        print(r.band, r.worst)
        print('\\n'.join(str(r).split('\\n')[3:6]))
        print('\\n'.join(str(r).split('\\n')[-2:]))
        """)
    #expect(result.error == nil)
    #expect(
      result.text == """
        great 4
        gradcheck: model "sequential_1" on 10 examples, 33 of 99 weights by centred differences (h = 1e-05)
        wrong dense_2.bias
          dense_2.bias: relative error 1.8e-01: wrong (1e-3 or more)
            worst element dense_2.bias[6]: numerical 0.07286800289, analytic 0.1055960551
            16 of 160 ReLU inputs on this batch lie within h of the kink at 0 (an input of zeros with zero biases puts them there): the centred differences straddle the kink and average its two slopes, so the backward pass may well be right; check on other examples, or after some training
          note: dropout is on, with one fixed mask for every evaluation (as one training step sees it); a hand-written dropout that draws a new mask per call must be off (or seeded) for a gradient check
          note: the checked loss includes the L2 penalty λ·ΣW², and the gradients its 2λ·W; a loss without it, or a gradient without it, disagrees in proportion to W

        """)
  }

  @Test func aBrokenLayerIsCaughtAndExplained() throws {
    let session = Session()
    _ = session.run(source: GradCheckModelTests.planarModel + "model.predict(X[:1])\n")
    guard case .native(let object)? = session.interpreter.global("model"),
      let model = object as? KerasModel,
      var first = model.layers[0].core as? Sequential, let dense = first.layers[0] as? Dense
    else {
      Issue.record("expected a built Keras model whose first layer is Dense + tanh")
      return
    }
    first.layers[0] = HalfKernelGradient(inner: dense)
    model.layers[0].core = first
    let result = session.run(
      source: "r = backprop.gradcheck(model, X[:8], y[:8])\nprint(r.band, r.worst)\n")
    #expect(result.error == nil)
    let lines = result.text.split(separator: "\n").map(String.init)
    #expect(lines.count == 11)
    #expect(lines[1] == "  dense.kernel: relative error 3.3e-01: wrong (1e-3 or more)")
    #expect(
      lines[3]
        == "    the gradient is 0.5 × the numerical one: a constant factor is off, such as 1/m (the number of examples), 2 from a square (d(x²)/dx = 2x) or ½ in the cost"
    )
    #expect(
      lines[4].hasPrefix("  dense.bias: relative error ")
        && lines[4].hasSuffix(": great (below 1e-7)"))
    #expect(lines.last == "wrong dense.kernel")
  }

  @Test(arguments: [
    (
      "backprop.gradcheck(model, X)",
      "TypeError: gradcheck(model, X, Y) takes a batch of inputs X and targets Y"
    ),
    (
      "backprop.gradcheck(model, X[:4], y[:4], samples=1)",
      "ValueError: samples must be at least 2, got 1"
    ),
    (
      "backprop.gradcheck(tf.keras.Sequential([layers.Dense(1)]), X[:4], y[:4])",
      "RuntimeError: You must compile your model before training/testing. Use `model.compile(optimizer, loss)`."
    ),
    (
      "backprop.gradcheck(lambda w: (w.sum(), w), X, y)",
      "TypeError: gradcheck() takes (f, x) for a function or (model, X, Y) for a compiled model; got function and 2 more arguments"
    ),
  ])
  func errorsSayWhatIsExpected(_ line: String, _ expected: String) {
    #expect(
      Session().run(source: GradCheckModelTests.planarModel + line + "\n").error?.lastLine
        == expected)
  }
}
