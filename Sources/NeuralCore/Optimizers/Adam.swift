/// Adam: momentum and RMSProp together, with both averages corrected for starting at zero.
///
/// ```
/// t ← t + 1
/// v ← β₁·v + (1 − β₁)·g          v̂ = v / (1 − β₁ᵗ)
/// s ← β₂·s + (1 − β₂)·g²         ŝ = s / (1 − β₂ᵗ)
/// θ ← θ − α·v̂ / (√ŝ + ε)
/// ```
///
/// - `θ`, `g`, `v`, `s`: any shape, equal; `v` and `s` start at zero and `t` at 0.
/// - Without the correction the first steps would be too small: after one step `v = (1 − β₁)·g`,
///   a tenth of the gradient for β₁ = 0.9; `v̂` is `g` itself.
///
/// References: Kingma and Ba, "Adam: A Method for Stochastic Optimization", 2014.
public struct Adam: Optimizer {
  /// The two moving averages of one parameter and how many steps it has taken.
  public struct State: Sendable, Equatable {
    /// `v`, the moving average of `g` (first moment).
    public var firstMoment: Tensor
    /// `s`, the moving average of `g²` (second moment).
    public var secondMoment: Tensor
    /// `t`, the number of steps taken, for the bias correction.
    public var stepCount: Int
  }

  public var learningRate: Double
  /// `β₁`, the decay of the first moment (0.9).
  public var beta1: Double
  /// `β₂`, the decay of the second moment (0.999).
  public var beta2: Double
  /// `ε`, keeps the division finite (1e-8).
  public var epsilon: Double
  public var states: [String: State] = [:]

  /// - Precondition: `learningRate >= 0`, both betas in `[0, 1)`, `epsilon >= 0`.
  public init(
    learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8
  ) {
    precondition(learningRate >= 0, "learning rate must be non-negative, got \(learningRate)")
    precondition(beta1 >= 0 && beta1 < 1, "beta1 must be in [0, 1), got \(beta1)")
    precondition(beta2 >= 0 && beta2 < 1, "beta2 must be in [0, 1), got \(beta2)")
    precondition(epsilon >= 0, "epsilon must be non-negative, got \(epsilon)")
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
  }

  public func initialState(for parameter: Tensor) -> State {
    State(
      firstMoment: Tensor(zeros: parameter.shape), secondMoment: Tensor(zeros: parameter.shape),
      stepCount: 0)
  }

  public func step(parameter theta: Tensor, gradient g: Tensor, state: State) -> (
    parameter: Tensor, state: State
  ) {
    let t = state.stepCount + 1
    let v = beta1 * state.firstMoment + (1 - beta1) * g
    let s = beta2 * state.secondMoment + (1 - beta2) * g * g
    let vHat = v / (1 - Elementary.pow(beta1, Double(t)))
    let sHat = s / (1 - Elementary.pow(beta2, Double(t)))
    return (
      theta - learningRate * vHat / (sHat.squareRoot() + epsilon),
      State(firstMoment: v, secondMoment: s, stepCount: t)
    )
  }
}

// MARK: - Conformance

extension Adam: CustomStringConvertible {
  public var description: String {
    "Adam(learningRate: \(learningRate), beta1: \(beta1), beta2: \(beta2), epsilon: \(epsilon))"
  }
}
