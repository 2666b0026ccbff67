/// Gradient descent with momentum: steps along a moving average of the gradients.
///
/// ```
/// .averaged (Andrew Ng):   v ← β·v + (1 − β)·g     θ ← θ − α·v
/// .velocity (cs231n, Keras): v ← β·v − α·g         θ ← θ + v
/// ```
///
/// - `θ`, `g`, `v`: any shape, equal; `v` starts at zero.
/// - With a constant learning rate the two forms take the same steps when
///   `α_velocity = α_averaged·(1 − β)`. The averaged form keeps `α` on the scale of plain SGD.
///
/// References: Polyak, "Some methods of speeding up the convergence of iteration methods", 1964;
/// Sutskever et al., "On the importance of initialization and momentum in deep learning", 2013.
public struct Momentum: Optimizer {
  /// Which of the two common update formulas to use.
  public enum Form: Sendable, Equatable {
    /// `v ← β·v + (1 − β)·g`, `θ ← θ − α·v` (Deep Learning Specialization).
    case averaged
    /// `v ← β·v − α·g`, `θ ← θ + v` (cs231n, Keras `SGD(momentum:)`).
    case velocity
  }

  /// The velocity of one parameter.
  public struct State: Sendable, Equatable {
    /// `v`, the shape of the parameter.
    public var velocity: Tensor
  }

  public var learningRate: Double
  /// `β`, how much of the previous velocity is kept (0.9 is typical).
  public var momentum: Double
  public var form: Form
  public var states: [String: State] = [:]

  /// - Precondition: `learningRate >= 0` and `0 <= momentum < 1`.
  public init(learningRate: Double = 0.01, momentum: Double = 0.9, form: Form = .averaged) {
    precondition(learningRate >= 0, "learning rate must be non-negative, got \(learningRate)")
    precondition(momentum >= 0 && momentum < 1, "momentum must be in [0, 1), got \(momentum)")
    self.learningRate = learningRate
    self.momentum = momentum
    self.form = form
  }

  public func initialState(for parameter: Tensor) -> State {
    State(velocity: Tensor(zeros: parameter.shape))
  }

  public func step(parameter theta: Tensor, gradient g: Tensor, state: State) -> (
    parameter: Tensor, state: State
  ) {
    switch form {
    case .averaged:
      let v = momentum * state.velocity + (1 - momentum) * g
      return (theta - learningRate * v, State(velocity: v))
    case .velocity:
      let v = momentum * state.velocity - learningRate * g
      return (theta + v, State(velocity: v))
    }
  }
}

// MARK: - Conformance

extension Momentum: CustomStringConvertible {
  public var description: String {
    "Momentum(learningRate: \(learningRate), momentum: \(momentum)\(form == .velocity ? ", form: velocity" : ""))"
  }
}
