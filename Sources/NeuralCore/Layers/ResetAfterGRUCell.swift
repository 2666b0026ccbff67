/// One step of a gated recurrent unit in Keras' form (`GRU(reset_after=True)`, the default since
/// TensorFlow 2): the reset gate multiplies the recurrent product, and each product has its bias.
///
/// ```
/// aₓ = x·Wx + bx,   aₕ = h·Wh + bh               (blocks z, r, n side by side, [N, 3H] each)
/// z  = σ(aₓ_z + aₕ_z)                            update gate
/// r  = σ(aₓ_r + aₕ_r)                            reset gate
/// n  = tanh(aₓ_n + r ⊙ aₕ_n)                     candidate
/// h' = z ⊙ h + (1 − z) ⊙ n                       (Keras keeps h where z is 1)
/// ```
///
/// - `x`: `[N, D]`, `h`: `[N, H]`; `Wx`: `[D, 3H]`, `Wh`: `[H, 3H]`, `bx`, `bh`: `[3H]`.
/// - `stepBackward` takes `dh'`: `dz = dh' ⊙ (h − n)`, `dn = dh' ⊙ (1 − z)`,
///   `daₙ = dn ⊙ (1 − n²)`, `dr = daₙ ⊙ aₕ_n`; through σ', `daz`, `dar`; then
///   `daₓ = [daz, dar, daₙ]`, `daₕ = [daz, dar, r ⊙ daₙ]`, `dx = daₓ·Wxᵀ`,
///   `dh = dh' ⊙ z + daₕ·Whᵀ`, `dWx = xᵀ·daₓ`, `dWh = hᵀ·daₕ`, `dbx = Σ daₓ`, `dbh = Σ daₕ`.
/// - Parameters: `"inputWeight"`, `"hiddenWeight"`, `"bias"` (`bx`) and `"hiddenBias"` (`bh`);
///   Keras stores the two biases as one `(2, 3H)` weight. `3(D·H + H·H + 2H)` in all.
///
/// References: Cho et al., 2014; the cuDNN variant Keras adopted in TensorFlow 2.
public struct ResetAfterGRUCell: RecurrentCell {
  /// `Wx`, `[D, 3H]`.
  public var inputWeight: Tensor
  /// `Wh`, `[H, 3H]`.
  public var hiddenWeight: Tensor
  /// `bx`, `[3H]`.
  public var bias: Tensor
  /// `bh`, `[3H]`.
  public var hiddenBias: Tensor

  /// What `stepBackward` needs.
  public struct StepCache {
    public var input: Tensor, previousHidden: Tensor
    /// `z`, `r`, `n` after their nonlinearities, `[N, H]` each.
    public var update: Tensor, reset: Tensor, candidate: Tensor
    /// `aₕ_n = h·Wh_n + bh_n`, `[N, H]`.
    public var hiddenCandidate: Tensor
  }

  /// A cell with the given weights `Wx` `[D, 3H]`, `Wh` `[H, 3H]` and biases `[3H]`.
  public init(inputWeight: Tensor, hiddenWeight: Tensor, bias: Tensor, hiddenBias: Tensor) {
    let h = hiddenWeight.shape.first ?? 0
    precondition(
      inputWeight.rank == 2 && inputWeight.shape[1] == 3 * h && hiddenWeight.shape == [h, 3 * h]
        && bias.shape == [3 * h] && hiddenBias.shape == [3 * h],
      "ResetAfterGRUCell needs Wx [D, 3H], Wh [H, 3H], bx, bh [3H], got \(inputWeight.shape), \(hiddenWeight.shape), \(bias.shape), \(hiddenBias.shape)"
    )
    self.inputWeight = inputWeight
    self.hiddenWeight = hiddenWeight
    self.bias = bias
    self.hiddenBias = hiddenBias
  }

  /// A cell with Xavier-uniform weights and zero biases.
  public init(inputSize: Int, hiddenSize: Int, using random: inout RandomState) {
    self.init(
      inputWeight: Initializer.xavierUniform.tensor(shape: [inputSize, 3 * hiddenSize], using: &random),
      hiddenWeight: Initializer.xavierUniform.tensor(shape: [hiddenSize, 3 * hiddenSize], using: &random),
      bias: Tensor(zeros: [3 * hiddenSize]), hiddenBias: Tensor(zeros: [3 * hiddenSize]))
  }

  public var inputSize: Int { inputWeight.shape[0] }
  public var hiddenSize: Int { bias.count / 3 }
  public static var layerName: String { "GRU" }

  public var parameters: [String: Tensor] {
    get {
      ["inputWeight": inputWeight, "hiddenWeight": hiddenWeight, "bias": bias, "hiddenBias": hiddenBias]
    }
    set {
      inputWeight = Self.parameter("inputWeight", in: newValue, shape: inputWeight.shape)
      hiddenWeight = Self.parameter("hiddenWeight", in: newValue, shape: hiddenWeight.shape)
      bias = Self.parameter("bias", in: newValue, shape: bias.shape)
      hiddenBias = Self.parameter("hiddenBias", in: newValue, shape: hiddenBias.shape)
    }
  }

  public func zeroState(batchSize: Int) -> Tensor { Tensor(zeros: [batchSize, hiddenSize]) }
  public static func hidden(of state: Tensor) -> Tensor { state }
  public func stateGradient(hidden dh: Tensor) -> Tensor { dh }
  public static func adding(_ dh: Tensor, toHiddenOf dState: Tensor) -> Tensor { dState + dh }

  public func step(_ x: Tensor, state h: Tensor) -> (state: Tensor, cache: StepCache) {
    let hs = hiddenSize
    let ax = Tensor.matmul(x, inputWeight) + bias
    let ah = Tensor.matmul(h, hiddenWeight) + hiddenBias
    func block(_ a: Tensor, _ k: Int) -> Tensor { a.sliced(alongAxis: 1, range: (k * hs)..<((k + 1) * hs)) }
    let z = (block(ax, 0) + block(ah, 0)).sigmoid()
    let r = (block(ax, 1) + block(ah, 1)).sigmoid()
    let ahn = block(ah, 2)
    let n = (block(ax, 2) + r * ahn).tanh()
    let next = z * h + (1 - z) * n
    return (
      next,
      StepCache(input: x, previousHidden: h, update: z, reset: r, candidate: n, hiddenCandidate: ahn)
    )
  }

  public func stepBackward(_ dNext: Tensor, cache: StepCache) -> (
    input: Tensor, previousState: Tensor, parameters: [String: Tensor]
  ) {
    let (h, z, r, n) = (cache.previousHidden, cache.update, cache.reset, cache.candidate)
    let daz = dNext * (h - n) * z * (1 - z)
    let dan = dNext * (1 - z) * (1 - n * n)
    let dar = dan * cache.hiddenCandidate * r * (1 - r)
    let dax = GRUCell.columns(GRUCell.columns(daz, dar), dan)
    let dah = GRUCell.columns(GRUCell.columns(daz, dar), r * dan)
    let dh = dNext * z + Tensor.matmul(dah, hiddenWeight, transposingB: true)
    return (
      Tensor.matmul(dax, inputWeight, transposingB: true), dh,
      [
        "inputWeight": Tensor.matmul(cache.input, dax, transposingA: true),
        "hiddenWeight": Tensor.matmul(h, dah, transposingA: true),
        "bias": dax.sum(alongAxis: 0),
        "hiddenBias": dah.sum(alongAxis: 0),
      ]
    )
  }
}

// MARK: - Conformance

extension ResetAfterGRUCell: CustomStringConvertible {
  public var description: String {
    "ResetAfterGRUCell(inputSize: \(inputSize), hiddenSize: \(hiddenSize))"
  }
}
