/// A recurrent layer: a cell applied at every time step, with backpropagation through time.
///
/// ```
/// state₀ = 0;   stateₜ = cell.step(xₜ, stateₜ₋₁)   for t = 1 … T;   yₜ = hₜ
/// ```
///
/// - `x`: `[N, T, D]`; `y`: `[N, T, H]` (all hidden states) when `returnsSequences`, else
///   `[N, H]` (the last one).
/// - `backward` walks the steps in reverse: the gradient reaching `hₜ` is `dyₜ` plus what step
///   `t + 1` sends back; parameter gradients are summed over all steps (the weights are shared).
/// - Parameters are the cell's: `"inputWeight"`, `"hiddenWeight"`, `"bias"`.
///
/// `RNN`, `LSTM` and `GRU` are this layer over `RNNCell`, `LSTMCell` and `GRUCell`.
public struct Recurrent<Cell: RecurrentCell>: Layer {
  /// The step function.
  public var cell: Cell
  /// Whether to output every hidden state `[N, T, H]` or only the last `[N, H]`.
  public var returnsSequences: Bool

  /// What `backward` needs: each step's cache, and `T`.
  public struct Cache {
    public var steps: [Cell.StepCache]
    public var inputShape: [Int]
  }

  public init(cell: Cell, returnsSequences: Bool = false) {
    self.cell = cell
    self.returnsSequences = returnsSequences
  }

  /// A layer over a new cell of `inputSize → hiddenSize` with weights drawn from `random`.
  public init(
    inputSize: Int, hiddenSize: Int, returnsSequences: Bool = false, using random: inout RandomState
  ) {
    self.init(
      cell: Cell(inputSize: inputSize, hiddenSize: hiddenSize, using: &random),
      returnsSequences: returnsSequences)
  }

  public var parameters: [String: Tensor] {
    get { cell.parameters }
    set { cell.parameters = newValue }
  }

  public func outputShape(forInputShape shape: [Int]) throws(ShapeError) -> [Int] {
    guard shape.count == 3, shape[2] == cell.inputSize else {
      throw .mismatch(
        "\(self) expects input of shape (N, T, \(cell.inputSize)), got \(ShapeError.text(shape))")
    }
    return returnsSequences ? [shape[0], shape[1], cell.hiddenSize] : [shape[0], cell.hiddenSize]
  }

  public func forward(_ x: Tensor) -> (output: Tensor, cache: Cache) {
    forward(x, from: cell.zeroState(batchSize: x.shape.first ?? 0))
  }

  /// The forward pass from a given initial state (the course's `h0` / `a0`).
  public func forward(_ x: Tensor, from initialState: Cell.State) -> (output: Tensor, cache: Cache)
  {
    precondition(
      x.rank == 3 && x.shape[2] == cell.inputSize,
      "\(self) expects [N, T, \(cell.inputSize)], got \(x.shape)")
    let (n, t, h) = (x.shape[0], x.shape[1], cell.hiddenSize)
    var state = initialState
    var caches: [Cell.StepCache] = []
    caches.reserveCapacity(t)
    var outputs = [Double](repeating: 0, count: returnsSequences ? n * t * h : 0)
    for step in 0..<t {
      let (next, cache) = cell.step(Self.timeStep(step, of: x), state: state)
      caches.append(cache)
      state = next
      if returnsSequences {
        Self.write(Cell.hidden(of: state), atStep: step, steps: t, into: &outputs)
      }
    }
    let output =
      returnsSequences ? Tensor(shape: [n, t, h], scalars: outputs) : Cell.hidden(of: state)
    return (output, Cache(steps: caches, inputShape: x.shape))
  }

  public func backward(_ dy: Tensor, cache: Cache) -> LayerGradients {
    let (n, t, d) = (cache.inputShape[0], cache.inputShape[1], cache.inputShape[2])
    var dx = [Double](repeating: 0, count: n * t * d)
    var gradients: [String: Tensor] = [:]
    var dState = cell.stateGradient(hidden: Tensor(zeros: [n, cell.hiddenSize]))
    for step in stride(from: t - 1, through: 0, by: -1) {
      if returnsSequences {
        dState = Cell.adding(Self.timeStep(step, of: dy), toHiddenOf: dState)
      } else if step == t - 1 {
        dState = Cell.adding(dy, toHiddenOf: dState)
      }
      let (dxStep, dPrevious, dParameters) = cell.stepBackward(dState, cache: cache.steps[step])
      Self.write(dxStep, atStep: step, steps: t, into: &dx)
      for (name, g) in dParameters { gradients[name] = gradients[name].map { $0 + g } ?? g }
      dState = dPrevious
    }
    if t == 0 { gradients = cell.parameters.mapValues { Tensor(zeros: $0.shape) } }
    return LayerGradients(
      input: Tensor(shape: cache.inputShape, scalars: dx), parameters: gradients)
  }

  /// `x[:, t, :]` of a `[N, T, F]` tensor, as `[N, F]`.
  static func timeStep(_ t: Int, of x: Tensor) -> Tensor {
    let (n, steps, f) = (x.shape[0], x.shape[1], x.shape[2])
    var scalars = [Double]()
    scalars.reserveCapacity(n * f)
    for r in 0..<n {
      scalars.append(contentsOf: x.scalars[((r * steps + t) * f)..<((r * steps + t) * f + f)])
    }
    return Tensor(shape: [n, f], scalars: scalars)
  }

  /// Writes `[N, F]` into time step `t` of a row-major `[N, T, F]` buffer.
  static func write(_ value: Tensor, atStep t: Int, steps: Int, into buffer: inout [Double]) {
    let (n, f) = (value.shape[0], value.shape[1])
    for r in 0..<n {
      buffer.replaceSubrange(
        ((r * steps + t) * f)..<((r * steps + t) * f + f),
        with: value.scalars[(r * f)..<(r * f + f)])
    }
  }
}

/// A vanilla recurrent layer, `Recurrent` over `RNNCell`.
public typealias RNN = Recurrent<RNNCell>
/// A long short-term memory layer, `Recurrent` over `LSTMCell`.
public typealias LSTM = Recurrent<LSTMCell>
/// A gated recurrent unit layer, `Recurrent` over `GRUCell`.
public typealias GRU = Recurrent<GRUCell>

// MARK: - Conformance

extension Recurrent: CustomStringConvertible {
  /// `LSTM(inputSize: 3, hiddenSize: 5, returnsSequences: true)`.
  public var description: String {
    "\(Cell.layerName)(inputSize: \(cell.inputSize), hiddenSize: \(cell.hiddenSize), returnsSequences: \(returnsSequences))"
  }
}
