/// RMSProp: divides each step by a moving root mean square of recent gradients.
///
/// ```
/// s ← β·s + (1 − β)·g²
/// θ ← θ − α·g / (√s + ε)
/// ```
///
/// - `θ`, `g`, `s`: any shape, equal; `s` starts at zero. Squares and roots are element-wise.
/// - Directions with large, noisy gradients take smaller steps; flat directions take larger ones.
///
/// References: Tieleman and Hinton, "Lecture 6.5, RMSProp", Neural Networks for Machine Learning, 2012.
public struct RMSProp: Optimizer {
  /// The moving mean square of one parameter's gradient.
  public struct State: Sendable, Equatable {
    /// `s`, the shape of the parameter.
    public var meanSquare: Tensor
  }

  public var learningRate: Double
  /// `β`, the decay of the moving average (0.9 in Keras, 0.99 in cs231n).
  public var beta: Double
  /// `ε`, keeps the division finite where `s` is 0.
  public var epsilon: Double
  public var states: [String: State] = [:]

  /// - Precondition: `learningRate >= 0`, `0 <= beta < 1`, `epsilon >= 0`.
  public init(learningRate: Double = 0.001, beta: Double = 0.9, epsilon: Double = 1e-8) {
    precondition(learningRate >= 0, "learning rate must be non-negative, got \(learningRate)")
    precondition(beta >= 0 && beta < 1, "beta must be in [0, 1), got \(beta)")
    precondition(epsilon >= 0, "epsilon must be non-negative, got \(epsilon)")
    self.learningRate = learningRate
    self.beta = beta
    self.epsilon = epsilon
  }

  public func initialState(for parameter: Tensor) -> State {
    State(meanSquare: Tensor(zeros: parameter.shape))
  }

  public func step(parameter theta: Tensor, gradient g: Tensor, state: State) -> (
    parameter: Tensor, state: State
  ) {
    let s = beta * state.meanSquare + (1 - beta) * g * g
    return (theta - learningRate * g / (s.squareRoot() + epsilon), State(meanSquare: s))
  }
}

// MARK: - Conformance

extension RMSProp: CustomStringConvertible {
  public var description: String {
    "RMSProp(learningRate: \(learningRate), beta: \(beta), epsilon: \(epsilon))"
  }
}
