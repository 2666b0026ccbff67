/// One step of a gated recurrent unit, in the Deep Learning Specialization's form.
///
/// ```
/// z  = σ(x·Wx_z + h·Wh_z + b_z)               update gate  (the course's Γu)
/// r  = σ(x·Wx_r + h·Wh_r + b_r)               reset gate   (Γr)
/// h̃  = tanh(x·Wx_h + (r ⊙ h)·Wh_h + b_h)      candidate    (c̃)
/// h' = z ⊙ h̃ + (1 − z) ⊙ h
/// ```
///
/// - `x`: `[N, D]`, `h`: `[N, H]`; `Wx`: `[D, 3H]`, `Wh`: `[H, 3H]`, `b`: `[3H]`, each holding the
///   blocks z, r, h̃ side by side.
/// - `stepBackward` takes `dh'`: `dh̃ = dh' ⊙ z`, `dz = dh' ⊙ (h̃ − h)`, `da_h = dh̃ ⊙ (1 − h̃²)`,
///   `d(r⊙h) = da_h·Wh_hᵀ`, `dr = d(r⊙h) ⊙ h`; `da_z`, `da_r` through σ'; then
///   `dx = da·Wxᵀ`, `dh = dh' ⊙ (1 − z) + d(r⊙h) ⊙ r + [da_z, da_r]·Wh_zrᵀ`.
///
/// References: Cho et al., "Learning Phrase Representations using RNN Encoder-Decoder for
/// Statistical Machine Translation", 2014.
public struct GRUCell: RecurrentCell {
  /// `Wx`, `[D, 3H]`.
  public var inputWeight: Tensor
  /// `Wh`, `[H, 3H]`.
  public var hiddenWeight: Tensor
  /// `b`, `[3H]`.
  public var bias: Tensor

  /// What `stepBackward` needs.
  public struct StepCache {
    public var input: Tensor, previousHidden: Tensor
    /// `[z, r, h̃]` after their nonlinearities, `[N, 3H]`.
    public var gates: Tensor
  }

  /// A cell with the given weights `Wx` `[D, 3H]`, `Wh` `[H, 3H]` and bias `[3H]`.
  public init(inputWeight: Tensor, hiddenWeight: Tensor, bias: Tensor) {
    let h = hiddenWeight.shape.first ?? 0
    precondition(
      inputWeight.rank == 2 && inputWeight.shape[1] == 3 * h && hiddenWeight.shape == [h, 3 * h]
        && bias.shape == [3 * h],
      "GRUCell needs Wx [D, 3H], Wh [H, 3H], b [3H], got \(inputWeight.shape), \(hiddenWeight.shape), \(bias.shape)"
    )
    self.inputWeight = inputWeight
    self.hiddenWeight = hiddenWeight
    self.bias = bias
  }

  /// A cell with Xavier-uniform weights and zero biases.
  public init(inputSize: Int, hiddenSize: Int, using random: inout RandomState) {
    self.init(
      inputWeight: Initializer.xavierUniform.tensor(
        shape: [inputSize, 3 * hiddenSize], using: &random),
      hiddenWeight: Initializer.xavierUniform.tensor(
        shape: [hiddenSize, 3 * hiddenSize], using: &random),
      bias: Tensor(zeros: [3 * hiddenSize]))
  }

  public var inputSize: Int { inputWeight.shape[0] }
  public var hiddenSize: Int { bias.count / 3 }
  public static var layerName: String { "GRU" }

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
    let (n, hs) = (x.shape[0], hiddenSize)
    let zr = 0..<(2 * hs)
    let candidate = (2 * hs)..<(3 * hs)
    let aInput = Tensor.matmul(x, inputWeight) + bias
    let aHidden = Tensor.matmul(h, hiddenWeight.sliced(alongAxis: 1, range: zr))
    var gates = aInput.scalars
    var resetHidden = h.scalars
    for r in 0..<n {
      for j in 0..<(2 * hs) {
        gates[r * 3 * hs + j] = Self.sigmoid(
          aInput.scalars[r * 3 * hs + j] + aHidden.scalars[r * 2 * hs + j])
      }
      for j in 0..<hs { resetHidden[r * hs + j] *= gates[r * 3 * hs + hs + j] }
    }
    let aCandidate = Tensor.matmul(
      Tensor(shape: [n, hs], scalars: resetHidden),
      hiddenWeight.sliced(alongAxis: 1, range: candidate))
    var next = h.scalars
    for r in 0..<n {
      for j in 0..<hs {
        let c = Elementary.tanh(
          aInput.scalars[r * 3 * hs + 2 * hs + j] + aCandidate.scalars[r * hs + j])
        gates[r * 3 * hs + 2 * hs + j] = c
        let z = gates[r * 3 * hs + j]
        next[r * hs + j] = z * c + (1 - z) * h.scalars[r * hs + j]
      }
    }
    let cache = StepCache(
      input: x, previousHidden: h, gates: Tensor(shape: [n, 3 * hs], scalars: gates))
    return (Tensor(shape: [n, hs], scalars: next), cache)
  }

  public func stepBackward(_ dNext: Tensor, cache: StepCache) -> (
    input: Tensor, previousState: Tensor, parameters: [String: Tensor]
  ) {
    let (n, hs) = (cache.input.shape[0], hiddenSize)
    let g = cache.gates.scalars
    let h = cache.previousHidden.scalars
    let zr = 0..<(2 * hs)
    let candidate = (2 * hs)..<(3 * hs)
    var da = g
    var dh = h
    var resetHidden = h
    for r in 0..<n {
      for j in 0..<hs {
        let (k, row) = (r * hs + j, r * 3 * hs)
        let (z, c) = (g[row + j], g[row + 2 * hs + j])
        da[row + 2 * hs + j] = dNext.scalars[k] * z * (1 - c * c)
        da[row + j] = dNext.scalars[k] * (c - h[k]) * z * (1 - z)
        dh[k] = dNext.scalars[k] * (1 - z)
        resetHidden[k] = g[row + hs + j] * h[k]
      }
    }
    let dCandidate = Tensor(shape: [n, 3 * hs], scalars: da).sliced(alongAxis: 1, range: candidate)
    let dResetHidden = Tensor.matmul(
      dCandidate, hiddenWeight.sliced(alongAxis: 1, range: candidate), transposingB: true)
    for r in 0..<n {
      for j in 0..<hs {
        let (k, row) = (r * hs + j, r * 3 * hs)
        let reset = g[row + hs + j]
        da[row + hs + j] = dResetHidden.scalars[k] * h[k] * reset * (1 - reset)
        dh[k] += dResetHidden.scalars[k] * reset
      }
    }
    let dA = Tensor(shape: [n, 3 * hs], scalars: da)
    let dGates = dA.sliced(alongAxis: 1, range: zr)
    let dPrevious =
      Tensor(shape: [n, hs], scalars: dh)
      + Tensor.matmul(dGates, hiddenWeight.sliced(alongAxis: 1, range: zr), transposingB: true)
    let dWhGates = Tensor.matmul(cache.previousHidden, dGates, transposingA: true)
    let dWhCandidate = Tensor.matmul(
      Tensor(shape: [n, hs], scalars: resetHidden), dCandidate, transposingA: true)
    return (
      Tensor.matmul(dA, inputWeight, transposingB: true), dPrevious,
      [
        "inputWeight": Tensor.matmul(cache.input, dA, transposingA: true),
        "hiddenWeight": Self.columns(dWhGates, dWhCandidate),
        "bias": dA.sum(alongAxis: 0),
      ]
    )
  }

  /// `[a | b]`: two matrices with the same rows, side by side.
  static func columns(_ a: Tensor, _ b: Tensor) -> Tensor {
    let (rows, ca, cb) = (a.shape[0], a.shape[1], b.shape[1])
    var scalars = [Double]()
    scalars.reserveCapacity(rows * (ca + cb))
    for r in 0..<rows {
      scalars.append(contentsOf: a.scalars[(r * ca)..<(r * ca + ca)])
      scalars.append(contentsOf: b.scalars[(r * cb)..<(r * cb + cb)])
    }
    return Tensor(shape: [rows, ca + cb], scalars: scalars)
  }
}

// MARK: - Conformance

extension GRUCell: CustomStringConvertible {
  public var description: String { "GRUCell(inputSize: \(inputSize), hiddenSize: \(hiddenSize))" }
}
