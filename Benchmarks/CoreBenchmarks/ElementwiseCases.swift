import NeuralCore

/// Element-wise functions on the planar network's hidden layer, `[4, 400]`, where numpy's cost
/// is the function itself plus about a microsecond of call overhead.
struct ElementwiseCase: Sendable {
  var name: String
  var numpyExpression: String
  var apply: @Sendable (Tensor) -> Tensor

  static let all: [ElementwiseCase] = [
    ElementwiseCase(name: "exp of (4x400)", numpyExpression: "np.exp(a)") { $0.exp() },
    ElementwiseCase(name: "log of (4x400)", numpyExpression: "np.log(np.abs(a) + 0.5)") { ($0.abs() + 0.5).log() },
    ElementwiseCase(name: "tanh of (4x400)", numpyExpression: "np.tanh(a)") { $0.tanh() },
    ElementwiseCase(name: "sigmoid of (4x400)", numpyExpression: "1 / (1 + np.exp(-a))") { $0.sigmoid() },
    ElementwiseCase(name: "a * b + 1 of (4x400)", numpyExpression: "a * b + 1") { $0 * $0 + 1 },
  ]

  func swiftSeconds() -> Double {
    var random = SplitMix(state: 11)
    let a = Tensor(shape: [4, 400], scalars: random.array(1600).map { $0 * 4 })
    return Timing.secondsPerCall { Peak.sink(apply(a).scalars[0]) }
  }
}
