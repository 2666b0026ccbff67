/// Surrounds NHWC images with zeros: `padding` rows above and below, and columns left and right.
///
/// - `x`: `[N, height, width, C]`, `y`: `[N, height + 2p, width + 2p, C]`.
/// - `backward` returns the interior of `dy`: `dx = dy[:, p:−p, p:−p, :]`.
/// - No parameters. The course's `zero_pad(X, pad)`.
public struct ZeroPad2D: Layer {
  /// `p`, zeros on each side.
  public var padding: Int

  /// Nothing: the shape of `dy` says where the interior is.
  public struct Cache {}

  /// - Precondition: `padding >= 0`.
  public init(padding: Int) {
    precondition(padding >= 0, "padding must be non-negative, got \(padding)")
    self.padding = padding
  }

  public var parameters: [String: Tensor] {
    get { [:] }
    set {}
  }

  public func outputShape(forInputShape shape: [Int]) throws(ShapeError) -> [Int] {
    guard shape.count == 4 else {
      throw .mismatch(
        "\(self) expects images of shape (N, height, width, channels), got \(ShapeError.text(shape))"
      )
    }
    return [shape[0], shape[1] + 2 * padding, shape[2] + 2 * padding, shape[3]]
  }

  public func forward(_ x: Tensor) -> (output: Tensor, cache: Cache) {
    precondition(x.rank == 4, "\(self) expects [N, height, width, C], got \(x.shape)")
    let p = padding
    return (x.padded([(0, 0), (p, p), (p, p), (0, 0)]), Cache())
  }

  public func backward(_ dy: Tensor, cache: Cache) -> LayerGradients {
    let p = padding
    let interior = dy.sliced(alongAxis: 1, range: p..<(dy.shape[1] - p)).sliced(
      alongAxis: 2, range: p..<(dy.shape[2] - p))
    return LayerGradients(input: interior)
  }
}

// MARK: - Conformance

extension ZeroPad2D: CustomStringConvertible {
  public var description: String { "ZeroPad2D(padding: \(padding))" }
}
