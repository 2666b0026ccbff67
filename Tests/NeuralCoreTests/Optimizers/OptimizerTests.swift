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

/// Two steps on one parameter, checked against numpy:
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
@Suite struct OptimizerTests {
  let theta = Tensor([[1, -2], [0.5, 3]])
  let gradients = [Tensor([[0.1, -0.2], [0.3, 0.4]]), Tensor([[-0.5, 0.25], [0, 1]])]

  func twoSteps<O: Optimizer>(_ optimizer: O) -> Tensor {
    var optimizer = optimizer
    var parameters = ["w": theta]
    for g in gradients { optimizer.update(&parameters, along: ["w": g]) }
    return parameters["w"]!
  }

  @Test func sgdStepsAgainstTheGradient() {
    expectClose(twoSteps(SGD(learningRate: 0.1)), Tensor([[1.04, -2.005], [0.47, 2.86]]))
  }

  @Test func momentumAveragesGradients() {
    expectClose(
      twoSteps(Momentum(learningRate: 0.1, momentum: 0.9)),
      Tensor([[1.0031, -1.9987], [0.4943, 2.9824]]))
    expectClose(
      twoSteps(Momentum(learningRate: 0.1, momentum: 0.9, form: .velocity)),
      Tensor([[1.031, -1.9869999999999999], [0.44299999999999995, 2.824]]))
  }

  @Test func rmspropDividesByRootMeanSquare() {
    expectClose(
      twoSteps(RMSProp(learningRate: 0.01)),
      Tensor([
        [0.9994457197678712, -1.9935668619532385], [0.46837722673164917, 2.9388116069729877],
      ]))
  }

  @Test func adamCorrectsBias() {
    expectClose(
      twoSteps(Adam(learningRate: 0.01)),
      Tensor([
        [0.9959835426552334, -1.9916273230448174], [0.48329941810791543, 2.9806029260179705],
      ]))
  }

  @Test func adamsFirstStepIsLearningRateTimesSignOfGradient() {
    // v̂ = g and ŝ = g² after one step, so the step is α·g/(|g| + ε) ≈ α·sign(g).
    let (theta, state) = Adam(learningRate: 0.1).step(
      parameter: Tensor([0, 0]), gradient: Tensor([3, -0.002]),
      state: Adam().initialState(for: Tensor([0, 0])))
    expectClose(theta, Tensor([-0.1, 0.1]), absolute: 1e-6)
    #expect(state.stepCount == 1)
    expectClose(state.firstMoment, Tensor([0.3, -0.0002]), absolute: 1e-15)
  }

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
    #expect(twoStepsWithZero(Adam()) == theta)
    #expect(twoStepsWithZero(RMSProp()) == theta)
  }

  func twoStepsWithZero<O: Optimizer>(_ optimizer: O) -> Tensor {
    var optimizer = optimizer
    var parameters = ["w": theta]
    optimizer.update(&parameters, along: ["w": Tensor(zeros: [2, 2])])
    return parameters["w"]!
  }

  @Test func everyOptimizerFitsALine() {
    for (name, fit) in [
      ("SGD", fitLine(with: SGD(learningRate: 0.1), steps: 500)),
      ("Momentum", fitLine(with: Momentum(learningRate: 0.1, momentum: 0.9), steps: 500)),
      ("RMSProp", fitLine(with: RMSProp(learningRate: 0.001), steps: 4000)),
      ("Adam", fitLine(with: Adam(learningRate: 0.01), steps: 2000)),
    ] {
      #expect(
        abs(fit.m - 2) < 1e-3 && abs(fit.b + 1) < 1e-3, "\(name) reached m = \(fit.m), b = \(fit.b)"
      )
    }
  }

  @Test func descriptionsNameTheHyperparameters() {
    #expect(SGD(learningRate: 0.1).description == "SGD(learningRate: 0.1)")
    #expect(Momentum().description == "Momentum(learningRate: 0.01, momentum: 0.9)")
    #expect(
      Momentum(form: .velocity).description
        == "Momentum(learningRate: 0.01, momentum: 0.9, form: velocity)")
    #expect(RMSProp().description == "RMSProp(learningRate: 0.001, beta: 0.9, epsilon: 1e-08)")
    #expect(
      Adam().description == "Adam(learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-08)")
  }
}
