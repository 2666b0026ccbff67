import NeuralCore
import TestSupport
import Testing

/// Fits `y = m·x + b` with `m = 2`, `b = -1` by mean squared error; returns the fitted `(m, b)`.
func fitLine<O: Optimizer>(with optimizer: O, steps: Int) -> (m: Double, b: Double) {
  var optimizer = optimizer
  let x: [Double] = [-1, -0.5, 0, 0.5, 1, 1.5]
  var parameters = ["weight": Tensor([[0.5]]), "bias": Tensor([0.0])]
  for _ in 0..<steps {
    let m = parameters["weight"]!.scalars[0]
    let b = parameters["bias"]!.scalars[0]
    // L = (1/N) Σ (m·x + b − y)²: dm = (2/N) Σ r·x, db = (2/N) Σ r, with r the residual.
    let r = x.map { m * $0 + b - (2 * $0 - 1) }
    let n = Double(x.count)
    let dm = 2 / n * zip(r, x).reduce(0) { $0 + $1.0 * $1.1 }
    let db = 2 / n * r.reduce(0, +)
    optimizer.update(&parameters, along: ["weight": Tensor([[dm]]), "bias": Tensor([db])])
  }
  return (parameters["weight"]!.scalars[0], parameters["bias"]!.scalars[0])
}

/// Two optimizer steps on `optimizerTestParameter`, the oracle for SGDTests, MomentumTests,
/// RMSPropTests and AdamTests (numpy, float64):
///
/// ```python
/// # Oracle for OptimizerTests: two steps of each optimizer on one parameter, in float64.
/// import numpy as np
/// theta0 = np.array([[1.0, -2.0], [0.5, 3.0]])
/// grads = [np.array([[0.1, -0.2], [0.3, 0.4]]), np.array([[-0.5, 0.25], [0.0, 1.0]])]
///
/// def run(step):
///     theta, state = theta0.copy(), None
///     for g in grads:
///         theta, state = step(theta, g, state)
///     return theta
///
/// def sgd(t, g, s, lr=0.1): return t - lr * g, s
/// def momentum(t, g, v, lr=0.1, beta=0.9):
///     v = np.zeros_like(t) if v is None else v
///     v = beta * v + (1 - beta) * g; return t - lr * v, v
/// def velocity(t, g, v, lr=0.1, mu=0.9):
///     v = np.zeros_like(t) if v is None else v
///     v = mu * v - lr * g; return t + v, v
/// def rmsprop(t, g, s, lr=0.01, beta=0.9, eps=1e-8):
///     s = np.zeros_like(t) if s is None else s
///     s = beta * s + (1 - beta) * g * g; return t - lr * g / (np.sqrt(s) + eps), s
/// def adam(t, g, st, lr=0.01, b1=0.9, b2=0.999, eps=1e-8):
///     v, s, k = (np.zeros_like(t), np.zeros_like(t), 0) if st is None else st
///     k += 1; v = b1 * v + (1 - b1) * g; s = b2 * s + (1 - b2) * g * g
///     vh = v / (1 - b1 ** k); sh = s / (1 - b2 ** k)
///     return t - lr * vh / (np.sqrt(sh) + eps), (v, s, k)
///
/// for name, f in [("sgd", sgd), ("momentum", momentum), ("velocity", velocity), ("rmsprop", rmsprop), ("adam", adam)]:
///     print(name, [repr(x) for x in run(f).ravel()])
/// ```
let optimizerTestParameter = Tensor([[1, -2], [0.5, 3]])

/// Two updates of `optimizerTestParameter` along the oracle's two gradients.
func twoSteps<O: Optimizer>(_ optimizer: O) -> Tensor {
  var optimizer = optimizer
  var parameters = ["w": optimizerTestParameter]
  for g in [Tensor([[0.1, -0.2], [0.3, 0.4]]), Tensor([[-0.5, 0.25], [0, 1]])] {
    optimizer.update(&parameters, along: ["w": g])
  }
  return parameters["w"]!
}

/// Whether a fitted line is within 1e-3 of `y = 2x − 1`.
func fitsTheLine(_ fit: (m: Double, b: Double)) -> Bool {
  abs(fit.m - 2) < 1e-3 && abs(fit.b + 1) < 1e-3
}

/// The contract every optimizer shares: per-name states, updates through `update(_:along:)`.
@Suite struct OptimizerTests {
  @Test func statesAreKeptPerParameterName() {
    var optimizer = Momentum(learningRate: 1, momentum: 0.5)
    var parameters = ["a": Tensor([0.0]), "b": Tensor([0.0])]
    optimizer.update(&parameters, along: ["a": Tensor([2.0])])
    optimizer.update(&parameters, along: ["a": Tensor([2.0]), "b": Tensor([2.0])])
    // a: v = 1 then 1.5, θ = -2.5; b: first step only, v = 1.
    #expect(parameters == ["a": Tensor([-2.5]), "b": Tensor([-1.0])])
    #expect(optimizer.states["a"]?.velocity == Tensor([1.5]))
    optimizer.resetStates()
    #expect(optimizer.states.isEmpty)
  }

  @Test func zeroGradientLeavesParametersAlone() {
    for optimizer in [Adam(), RMSProp()] as [any Optimizer] {
      var o = optimizer
      var parameters = ["w": optimizerTestParameter]
      o.update(&parameters, along: ["w": Tensor(zeros: [2, 2])])
      #expect(parameters["w"] == optimizerTestParameter, "\(optimizer)")
    }
  }

  @Test func parametersWithoutAGradientAreLeftAlone() {
    var optimizer = SGD(learningRate: 1)
    var parameters = ["a": Tensor([1.0]), "b": Tensor([1.0])]
    optimizer.update(&parameters, along: ["a": Tensor([0.5])])
    #expect(parameters == ["a": Tensor([0.5]), "b": Tensor([1.0])])
  }

  @Test func updatesALayerByItsParameterNames() {
    var layer = Dense(weight: Tensor([[1]]), bias: Tensor([0]))
    var optimizer = SGD(learningRate: 0.5)
    optimizer.update(&layer, along: ["weight": Tensor([[2]]), "bias": Tensor([-1])])
    #expect(layer.weight == Tensor([[0]]))
    #expect(layer.bias == Tensor([0.5]))
  }
}
