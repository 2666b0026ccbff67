/// One step of a vanilla recurrent network: `h' = tanh(x·Wx + h·Wh + b)`.
///
/// - `x`: `[N, D]`, `h`, `h'`: `[N, H]`, `Wx`: `[D, H]`, `Wh`: `[H, H]`, `b`: `[H]`.
/// - `stepBackward` takes `dh'` and returns, with `da = dh' ⊙ (1 − h'²)`:
///   `dx = da·Wxᵀ`, `dh = da·Whᵀ`, `dWx = xᵀ·da`, `dWh = hᵀ·da`, `db = Σₙ da`.
///
/// References: Elman, "Finding Structure in Time", 1990.
public struct RNNCell: RecurrentCell {
  /// `Wx`, `[D, H]`.
  public var inputWeight: Tensor
  /// `Wh`, `[H, H]`.
  public var hiddenWeight: Tensor
  /// `b`, `[H]`.
  public var bias: Tensor

  /// What `stepBackward` needs.
  public struct StepCache {
    public var input: Tensor, previousHidden: Tensor, nextHidden: Tensor
  }

  /// A cell with the given weights `Wx` `[D, H]`, `Wh` `[H, H]` and bias `[H]`.
  public init(inputWeight: Tensor, hiddenWeight: Tensor, bias: Tensor) {
    let h = hiddenWeight.shape.first ?? 0
    precondition(
      inputWeight.rank == 2 && inputWeight.shape[1] == h && hiddenWeight.shape == [h, h]
        && bias.shape == [h],
      "RNNCell needs Wx [D, H], Wh [H, H], b [H], got \(inputWeight.shape), \(hiddenWeight.shape), \(bias.shape)"
    )
    self.inputWeight = inputWeight
    self.hiddenWeight = hiddenWeight
    self.bias = bias
  }

  /// A cell with Xavier-uniform weights and zero bias.
  public init(inputSize: Int, hiddenSize: Int, using random: inout RandomState) {
    self.init(
      inputWeight: Initializer.xavierUniform.tensor(
        shape: [inputSize, hiddenSize], using: &random),
      hiddenWeight: Initializer.xavierUniform.tensor(
        shape: [hiddenSize, hiddenSize], using: &random),
      bias: Tensor(zeros: [hiddenSize]))
  }

  public var inputSize: Int { inputWeight.shape[0] }
  public var hiddenSize: Int { bias.count }
  public static var layerName: String { "RNN" }

  public var parameters: [String: Tensor] {
    get { ["inputWeight": inputWeight, "hiddenWeight": hiddenWeight, "bias": bias] }
    set {
      inputWeight = Self.parameter("inputWeight", in: newValue, shape: inputWeight.shape)
      hiddenWeight = Self.parameter("hiddenWeight", in: newValue, shape: hiddenWeight.shape)
      bias = Self.parameter("bias", in: newValue, shape: bias.shape)
    }
  }

  public func zeroState(batchSize: Int) -> Tensor { Tensor(zeros: [batchSize, hiddenSize]) }
  public static func hidden(of state: Tensor) -> Tensor { state }
  public func stateGradient(hidden dh: Tensor) -> Tensor { dh }
  public static func adding(_ dh: Tensor, toHiddenOf dState: Tensor) -> Tensor { dState + dh }

  public func step(_ x: Tensor, state h: Tensor) -> (state: Tensor, cache: StepCache) {
    let next = (Tensor.matmul(x, inputWeight) + Tensor.matmul(h, hiddenWeight) + bias).tanh()
    return (next, StepCache(input: x, previousHidden: h, nextHidden: next))
  }

  public func stepBackward(_ dNext: Tensor, cache: StepCache) -> (
    input: Tensor, previousState: Tensor, parameters: [String: Tensor]
  ) {
    let da = dNext.zipWith(cache.nextHidden) { g, y in g * (1 - y * y) }
    return (
      Tensor.matmul(da, inputWeight, transposingB: true),
      Tensor.matmul(da, hiddenWeight, transposingB: true),
      [
        "inputWeight": Tensor.matmul(cache.input, da, transposingA: true),
        "hiddenWeight": Tensor.matmul(cache.previousHidden, da, transposingA: true),
        "bias": da.sum(alongAxis: 0),
      ]
    )
  }
}

// MARK: - Conformance

extension RNNCell: CustomStringConvertible {
  public var description: String { "RNNCell(inputSize: \(inputSize), hiddenSize: \(hiddenSize))" }
}
