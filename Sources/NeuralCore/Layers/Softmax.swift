/// The softmax over the last axis: `yᵢ = e^(xᵢ − max x) / Σⱼ e^(xⱼ − max x)`.
///
/// - `x`, `y`: `[…, C]`, equal shapes; each row of `C` sums to 1.
/// - `backward` returns `dx = y ⊙ (dy − Σⱼ dyⱼ·yⱼ)`, row by row (the Jacobian
///   `diag(y) − y·yᵀ` applied to `dy`).
/// - Subtracting the row's maximum changes nothing mathematically and keeps `e^x` finite.
///
/// For classification, prefer `SoftmaxCrossEntropy` on the scores: it fuses both steps and its
/// gradient, `p − t`, is simpler and more accurate.
public struct Softmax: Layer {
  /// What `backward` needs: the output `y`.
  public struct Cache {
    public var output: Tensor
  }

  public init() {}

  public var parameters: [String: Tensor] {
    get { [:] }
    set {}
  }

  public func outputShape(forInputShape shape: [Int]) throws(ShapeError) -> [Int] {
    guard !shape.isEmpty else { throw .mismatch("Softmax() needs at least one axis, got a scalar") }
    return shape
  }

  public func forward(_ x: Tensor) -> (output: Tensor, cache: Cache) {
    precondition(x.rank >= 1, "Softmax needs at least one axis, got \(x.shape)")
    let c = x.shape[x.rank - 1]
    var y = x.scalars
    var start = 0
    while c > 0, start < y.count {
      let row = start..<(start + c)
      let shift = y[row].max() ?? 0
      var total = 0.0
      for i in row {
        y[i] = Elementary.exp(y[i] - shift)
        total += y[i]
      }
      for i in row { y[i] /= total }
      start += c
    }
    let output = Tensor(shape: x.shape, scalars: y)
    return (output, Cache(output: output))
  }

  public func backward(_ dy: Tensor, cache: Cache) -> LayerGradients {
    let y = cache.output.scalars
    let c = cache.output.shape.last ?? 1
    var dx = [Double](repeating: 0, count: y.count)
    var start = 0
    while c > 0, start < y.count {
      var dot = 0.0
      for i in start..<(start + c) { dot += dy.scalars[i] * y[i] }
      for i in start..<(start + c) { dx[i] = y[i] * (dy.scalars[i] - dot) }
      start += c
    }
    return LayerGradients(input: Tensor(shape: dy.shape, scalars: dx))
  }
}

// MARK: - Conformance

extension Softmax: CustomStringConvertible {
  public var description: String { "Softmax()" }
}
