/// Plain (stochastic, mini-batch) gradient descent: `θ ← θ − α·g`.
///
/// - `θ`, `g`: any shape, equal. No state.
///
/// References: Robbins and Monro, "A Stochastic Approximation Method", 1951.
public struct SGD: Optimizer {
  /// Gradient descent remembers nothing between steps.
  public struct State: Sendable, Equatable {}

  public var learningRate: Double
  public var states: [String: State] = [:]

  /// - Precondition: `learningRate >= 0`.
  public init(learningRate: Double = 0.01) {
    precondition(learningRate >= 0, "learning rate must be non-negative, got \(learningRate)")
    self.learningRate = learningRate
  }

  public func initialState(for parameter: Tensor) -> State { State() }

  public func step(parameter theta: Tensor, gradient g: Tensor, state: State) -> (
    parameter: Tensor, state: State
  ) {
    (theta - learningRate * g, state)
  }
}

// MARK: - Conformance

extension SGD: CustomStringConvertible {
  public var description: String { "SGD(learningRate: \(learningRate))" }
}
