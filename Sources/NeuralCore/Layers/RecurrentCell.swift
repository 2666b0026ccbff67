/// One time step of a recurrent network, as a forward/backward pair (cs231n's
/// `rnn_step_forward` / `rnn_step_backward`).
///
/// The shared contract of `RNNCell`, `LSTMCell` and `GRUCell`:
///
/// - `step(x, state:)` takes `x` `[N, D]` and the previous state (a hidden state `h` `[N, H]`,
///   plus a cell state `c` for the LSTM) and returns the next state and a cache.
/// - `stepBackward(dState, cache:)` takes the gradient of the loss with respect to the next
///   state (same structure as the state) and returns `dx` `[N, D]`, the gradient with respect to
///   the previous state, and the parameter gradients by name.
/// - `Recurrent` loops a cell over `T` steps and runs backpropagation through time.
/// - Parameters are `"inputWeight"` (`Wx`, `[D, kH]`), `"hiddenWeight"` (`Wh`, `[H, kH]`) and
///   `"bias"` (`[kH]`), where `k` is the number of gate blocks (1, 4 or 3).
public protocol RecurrentCell: Sendable, CustomStringConvertible {
  /// What flows from one step to the next.
  associatedtype State: Sendable
  /// What `stepBackward` needs from one step.
  associatedtype StepCache

  /// `D`.
  var inputSize: Int { get }
  /// `H`.
  var hiddenSize: Int { get }
  /// The trainable tensors by name.
  var parameters: [String: Tensor] { get set }
  /// The layer name used in descriptions (`"RNN"`, `"LSTM"`, `"GRU"`).
  static var layerName: String { get }

  /// A cell with weights drawn from `random` (see each cell for the scheme).
  init(inputSize: Int, hiddenSize: Int, using random: inout RandomState)

  /// The all-zero state for a batch of `batchSize`.
  func zeroState(batchSize: Int) -> State
  /// The hidden state `h` `[N, H]` of a state: what the layer outputs at each step.
  static func hidden(of state: State) -> Tensor
  /// A state gradient whose hidden part is `dh` and whose other parts are zero.
  func stateGradient(hidden dh: Tensor) -> State
  /// `dState` with `dh` added to its hidden part.
  static func adding(_ dh: Tensor, toHiddenOf dState: State) -> State

  /// One step forward.
  func step(_ x: Tensor, state: State) -> (state: State, cache: StepCache)
  /// One step backward.
  func stepBackward(_ dState: State, cache: StepCache) -> (
    input: Tensor, previousState: State, parameters: [String: Tensor]
  )
}

extension RecurrentCell {
  /// Reads a parameter being assigned, checking its name and shape.
  static func parameter(_ name: String, in values: [String: Tensor], shape: [Int]) -> Tensor {
    guard let value = values[name] else {
      preconditionFailure("missing parameter \(name) in \(values.keys.sorted())")
    }
    precondition(
      value.shape == shape, "parameter \(name) must have shape \(shape), got \(value.shape)")
    return value
  }

  /// `σ(x) = 1/(1 + e⁻ˣ)` for one scalar.
  @inline(__always) static func sigmoid(_ x: Double) -> Double { 1 / (1 + Elementary.exp(-x)) }
}
