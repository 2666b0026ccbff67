/// A rule that moves parameters against their gradients, one named tensor at a time.
///
/// The shared contract (cs231n's `optim.py`, mlx-swift's `applySingle`), written once here:
///
/// - `step(parameter:gradient:state:)` is a **pure** function of one parameter tensor `θ`, its
///   gradient `g = ∂L/∂θ` (same shape) and that parameter's `State`; it returns the new `θ` and
///   the new state. Nothing else changes, so a step can be tested on numbers alone.
/// - `initialState(for:)` is the state before the first step (zeros of `θ`'s shape for moving
///   averages).
/// - `states` keeps one `State` per parameter name (`"0.weight"`); `update(_:along:)` applies
///   `step` to every named gradient and stores the states, so an optimizer value carries
///   everything that training needs between steps.
/// - `learningRate` is `α`; a `LearningRateSchedule` sets it between epochs.
///
/// The optimizers, simplest first:
///
/// | type | update |
/// |---|---|
/// | `SGD` | `θ ← θ − α·g` |
/// | `Momentum` | `v ← β·v + (1 − β)·g`, `θ ← θ − α·v` |
/// | `RMSProp` | `s ← β·s + (1 − β)·g²`, `θ ← θ − α·g / (√s + ε)` |
/// | `Adam` | momentum and RMSProp together, with bias correction |
public protocol Optimizer: Sendable, CustomStringConvertible {
  /// What the optimizer remembers about one parameter between steps.
  associatedtype State: Sendable

  /// `α`, the step size.
  var learningRate: Double { get set }

  /// The state of each parameter, by name; empty before the first update.
  var states: [String: State] { get set }

  /// The state before the first step for a parameter.
  func initialState(for parameter: Tensor) -> State

  /// One update of one parameter: returns the new parameter and state.
  func step(parameter: Tensor, gradient: Tensor, state: State) -> (parameter: Tensor, state: State)
}

extension Optimizer {
  /// Applies `step` to every parameter that has a gradient, keeping each one's state by name.
  ///
  /// Parameters without a gradient are left as they are.
  ///
  /// - Precondition: every gradient names a parameter and has its shape.
  public mutating func update(
    _ parameters: inout [String: Tensor], along gradients: [String: Tensor]
  ) {
    for name in gradients.keys.sorted() {
      guard let parameter = parameters[name], let gradient = gradients[name] else {
        preconditionFailure("gradient \(name) has no parameter among \(parameters.keys.sorted())")
      }
      precondition(
        parameter.shape == gradient.shape,
        "gradient of \(name) has shape \(gradient.shape), parameter has \(parameter.shape)")
      let (updated, state) = step(
        parameter: parameter, gradient: gradient,
        state: states[name] ?? initialState(for: parameter))
      parameters[name] = updated
      states[name] = state
    }
  }

  /// Updates a layer's parameters along gradients named as in `layer.parameters`.
  public mutating func update<L: Layer>(_ layer: inout L, along gradients: [String: Tensor]) {
    var parameters = layer.parameters
    update(&parameters, along: gradients)
    layer.parameters = parameters
  }

  /// Forgets every parameter's state, as before the first step.
  public mutating func resetStates() {
    states = [:]
  }
}
