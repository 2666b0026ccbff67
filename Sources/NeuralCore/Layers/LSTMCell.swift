/// One step of a long short-term memory network (cs231n's gate order i, f, o, g).
///
/// ```
/// a  = x·Wx + h·Wh + b                      [N, 4H], split into four blocks of H
/// i = σ(a_i)   f = σ(a_f)   o = σ(a_o)   g = tanh(a_g)
/// c' = f ⊙ c + i ⊙ g
/// h' = o ⊙ tanh(c')
/// ```
///
/// - `x`: `[N, D]`, `h`, `c`: `[N, H]`, `Wx`: `[D, 4H]`, `Wh`: `[H, 4H]`, `b`: `[4H]`.
/// - `stepBackward` takes `(dh', dc')` and returns, with `dc = dc' + dh' ⊙ o ⊙ (1 − tanh²c')`:
///   `do = dh' ⊙ tanh c'`, `di = dc ⊙ g`, `df = dc ⊙ c`, `dg = dc ⊙ i`, each through its
///   nonlinearity into `da`; then `dx = da·Wxᵀ`, `dh = da·Whᵀ`, `dc_prev = dc ⊙ f`,
///   `dWx = xᵀ·da`, `dWh = hᵀ·da`, `db = Σₙ da`.
/// - Keras orders the blocks i, f, g, o; weights copied from Keras must be reordered.
///
/// References: Hochreiter and Schmidhuber, "Long Short-Term Memory", 1997; Gers et al.,
/// "Learning to Forget", 2000.
public struct LSTMCell: RecurrentCell {
  /// `Wx`, `[D, 4H]`.
  public var inputWeight: Tensor
  /// `Wh`, `[H, 4H]`.
  public var hiddenWeight: Tensor
  /// `b`, `[4H]`.
  public var bias: Tensor

  /// What `stepBackward` needs.
  public struct StepCache {
    public var input: Tensor, previous: LSTMState, nextCell: Tensor
    /// `[i, f, o, g]` after their nonlinearities, `[N, 4H]`.
    public var gates: Tensor
  }

  /// A cell with the given weights `Wx` `[D, 4H]`, `Wh` `[H, 4H]` and bias `[4H]`.
  public init(inputWeight: Tensor, hiddenWeight: Tensor, bias: Tensor) {
    let h = hiddenWeight.shape.first ?? 0
    precondition(
      inputWeight.rank == 2 && inputWeight.shape[1] == 4 * h && hiddenWeight.shape == [h, 4 * h]
        && bias.shape == [4 * h],
      "LSTMCell needs Wx [D, 4H], Wh [H, 4H], b [4H], got \(inputWeight.shape), \(hiddenWeight.shape), \(bias.shape)"
    )
    self.inputWeight = inputWeight
    self.hiddenWeight = hiddenWeight
    self.bias = bias
  }

  /// A cell with Xavier-uniform weights, and biases 0 except 1 for the forget gate, so the cell
  /// remembers by default (Jozefowicz et al., 2015; Keras's `unit_forget_bias`).
  public init(inputSize: Int, hiddenSize: Int, using random: inout RandomState) {
    let h = hiddenSize
    var bias = Tensor(zeros: [4 * h])
    for j in h..<(2 * h) { bias.scalars[j] = 1 }
    self.init(
      inputWeight: Initializer.xavierUniform.tensor(shape: [inputSize, 4 * h], using: &random),
      hiddenWeight: Initializer.xavierUniform.tensor(shape: [h, 4 * h], using: &random), bias: bias)
  }

  public var inputSize: Int { inputWeight.shape[0] }
  public var hiddenSize: Int { bias.count / 4 }
  public static var layerName: String { "LSTM" }

  public var parameters: [String: Tensor] {
    get { ["inputWeight": inputWeight, "hiddenWeight": hiddenWeight, "bias": bias] }
    set {
      inputWeight = Self.parameter("inputWeight", in: newValue, shape: inputWeight.shape)
      hiddenWeight = Self.parameter("hiddenWeight", in: newValue, shape: hiddenWeight.shape)
      bias = Self.parameter("bias", in: newValue, shape: bias.shape)
    }
  }

  public func zeroState(batchSize: Int) -> LSTMState {
    LSTMState(
      hidden: Tensor(zeros: [batchSize, hiddenSize]), cell: Tensor(zeros: [batchSize, hiddenSize]))
  }
  public static func hidden(of state: LSTMState) -> Tensor { state.hidden }
  public func stateGradient(hidden dh: Tensor) -> LSTMState {
    LSTMState(hidden: dh, cell: Tensor(zeros: dh.shape))
  }
  public static func adding(_ dh: Tensor, toHiddenOf dState: LSTMState) -> LSTMState {
    LSTMState(hidden: dState.hidden + dh, cell: dState.cell)
  }

  public func step(_ x: Tensor, state: LSTMState) -> (state: LSTMState, cache: StepCache) {
    let a = Tensor.matmul(x, inputWeight) + Tensor.matmul(state.hidden, hiddenWeight) + bias
    let (n, h) = (x.shape[0], hiddenSize)
    var gates = a.scalars
    var c = state.cell.scalars
    var hNext = c
    for r in 0..<n {
      let row = r * 4 * h
      for j in 0..<h {
        let i = Self.sigmoid(a.scalars[row + j])
        let f = Self.sigmoid(a.scalars[row + h + j])
        let o = Self.sigmoid(a.scalars[row + 2 * h + j])
        let g = Elementary.tanh(a.scalars[row + 3 * h + j])
        (gates[row + j], gates[row + h + j], gates[row + 2 * h + j], gates[row + 3 * h + j]) = (
          i, f, o, g
        )
        c[r * h + j] = f * state.cell.scalars[r * h + j] + i * g
        hNext[r * h + j] = o * Elementary.tanh(c[r * h + j])
      }
    }
    let next = LSTMState(
      hidden: Tensor(shape: [n, h], scalars: hNext), cell: Tensor(shape: [n, h], scalars: c))
    return (
      next,
      StepCache(
        input: x, previous: state, nextCell: next.cell,
        gates: Tensor(shape: a.shape, scalars: gates))
    )
  }

  public func stepBackward(_ dNext: LSTMState, cache: StepCache) -> (
    input: Tensor, previousState: LSTMState, parameters: [String: Tensor]
  ) {
    let (n, h) = (cache.input.shape[0], hiddenSize)
    let gates = cache.gates.scalars
    var da = gates
    var dcPrevious = dNext.cell.scalars
    for r in 0..<n {
      let row = r * 4 * h
      for j in 0..<h {
        let (i, f, o, g) = (
          gates[row + j], gates[row + h + j], gates[row + 2 * h + j], gates[row + 3 * h + j]
        )
        let k = r * h + j
        let tc = Elementary.tanh(cache.nextCell.scalars[k])
        let dh = dNext.hidden.scalars[k]
        let dc = dNext.cell.scalars[k] + dh * o * (1 - tc * tc)
        da[row + j] = dc * g * i * (1 - i)
        da[row + h + j] = dc * cache.previous.cell.scalars[k] * f * (1 - f)
        da[row + 2 * h + j] = dh * tc * o * (1 - o)
        da[row + 3 * h + j] = dc * i * (1 - g * g)
        dcPrevious[k] = dc * f
      }
    }
    let dA = Tensor(shape: [n, 4 * h], scalars: da)
    let previous = LSTMState(
      hidden: Tensor.matmul(dA, hiddenWeight, transposingB: true),
      cell: Tensor(shape: [n, h], scalars: dcPrevious))
    return (
      Tensor.matmul(dA, inputWeight, transposingB: true), previous,
      [
        "inputWeight": Tensor.matmul(cache.input, dA, transposingA: true),
        "hiddenWeight": Tensor.matmul(cache.previous.hidden, dA, transposingA: true),
        "bias": dA.sum(alongAxis: 0),
      ]
    )
  }
}

// MARK: - Conformance

extension LSTMCell: CustomStringConvertible {
  public var description: String { "LSTMCell(inputSize: \(inputSize), hiddenSize: \(hiddenSize))" }
}
