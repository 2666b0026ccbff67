/// The hyperbolic tangent, element-wise: `y = tanh x`.
///
/// - `x`, `y`: any shape, equal.
/// - `backward` returns `dx = dy ⊙ (1 − y²)`, read from the cached output.
public struct Tanh: Layer {
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
    let y = x.tanh()
    return (y, Cache(output: y))
  }

  public func backward(_ dy: Tensor, cache: Cache) -> LayerGradients {
    LayerGradients(input: dy.zipWith(cache.output) { g, t in g * (1 - t * t) })
  }
}

// MARK: - Conformance

extension Tanh: CustomStringConvertible {
  public var description: String { "Tanh()" }
}
