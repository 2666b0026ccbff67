/// The logistic sigmoid, element-wise: `y = σ(x) = 1 / (1 + e⁻ˣ)`.
///
/// - `x`, `y`: any shape, equal.
/// - `backward` returns `dx = dy ⊙ y ⊙ (1 − y)`, read from the cached output.
public struct Sigmoid: Layer {
  /// What `backward` needs: the output `y`.
  public struct Cache {
    public var output: Tensor
  }

  public init() {}

  public var parameters: [String: Tensor] {
    get { [:] }
    set {}
  }

  public func outputShape(forInputShape shape: [Int]) throws(ShapeError) -> [Int] { shape }

  public func forward(_ x: Tensor) -> (output: Tensor, cache: Cache) {
    let y = x.sigmoid()
    return (y, Cache(output: y))
  }

  public func backward(_ dy: Tensor, cache: Cache) -> LayerGradients {
    let y = cache.output
    return LayerGradients(input: dy.zipWith(y) { g, s in g * s * (1 - s) })
  }
}

// MARK: - Conformance

extension Sigmoid: CustomStringConvertible {
  public var description: String { "Sigmoid()" }
}
