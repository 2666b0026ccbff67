/// Flattens every example into one row: `[N, d₁, d₂, …]` → `[N, d₁·d₂·…]`, row-major.
///
/// - `backward` reshapes `dy` back to the input's shape; no arithmetic, no parameters.
/// - The bridge from convolutional layers to `Dense`.
public struct Flatten: Layer {
  /// What `backward` needs: the input's shape.
  public struct Cache {
    public var inputShape: [Int]
  }

  public init() {}

  public var parameters: [String: Tensor] {
    get { [:] }
    set {}
  }

  public func outputShape(forInputShape shape: [Int]) throws(ShapeError) -> [Int] {
    guard let n = shape.first else { throw .mismatch("Flatten() needs a batch axis, got a scalar") }
    return [n, shape.dropFirst().reduce(1, *)]
  }

  public func forward(_ x: Tensor) -> (output: Tensor, cache: Cache) {
    precondition(x.rank >= 1, "Flatten needs a batch axis, got \(x.shape)")
    var y = x
    y.reshape(to: [x.shape[0], x.shape.dropFirst().reduce(1, *)])
    return (y, Cache(inputShape: x.shape))
  }

  public func backward(_ dy: Tensor, cache: Cache) -> LayerGradients {
    var dx = dy
    dx.reshape(to: cache.inputShape)
    return LayerGradients(input: dx)
  }
}

// MARK: - Conformance

extension Flatten: CustomStringConvertible {
  public var description: String { "Flatten()" }
}
