/// The state an LSTM carries from step to step: the hidden state `h` and the cell state `c`.
///
/// - `hidden`, `cell`: `[N, H]` each. The same structure holds their gradients `dh`, `dc`.
public struct LSTMState: Sendable, Equatable {
  /// `h`, the output of the step.
  public var hidden: Tensor
  /// `c`, the memory that gates add to and forget from.
  public var cell: Tensor

  public init(hidden: Tensor, cell: Tensor) {
    precondition(
      hidden.shape == cell.shape,
      "hidden \(hidden.shape) and cell \(cell.shape) states differ in shape")
    self.hidden = hidden
    self.cell = cell
  }
}

// MARK: - Conformance

extension LSTMState: CustomStringConvertible {
  public var description: String { "LSTMState(hidden: \(hidden), cell: \(cell))" }
}
